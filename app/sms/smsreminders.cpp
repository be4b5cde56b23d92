#include "app/sms/smsreminders.h"

#include "app/core/logging.h"
#include "app/core/office.h"
#include "app/sms/smssender.h"
#include "app/sms/smstext.h"

namespace lango::app::sms {

SmsReminders::SmsReminders(Office &office, Options options, QObject *parent)
    : QObject(parent)
    , m_office(office)
    , m_options(std::move(options))
{
    m_timer.setInterval(m_options.checkIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SmsReminders::check);
}

void SmsReminders::start()
{
    m_timer.start();
}

int SmsReminders::check()
{
    const qint64 now = m_office.clock().now();
    if (m_options.quiet.contains(now))
        return 0;
    auto due = m_office.sms.dueReminders(now, now + m_options.beforeSeconds, 200);
    if (!due) {
        qCWarning(lcApp).noquote() << "sms: could not look for reminders:" << due.error().message;
        return 0;
    }
    const QString office = m_office.settings.value(QStringLiteral("office.name")).valueOr(QString());
    int count = 0;
    for (const models::DueReminder &reminder : *due) {
        SmsText::Reminder text;
        text.language = reminder.language.isEmpty() ? m_options.language : reminder.language;
        text.office = office;
        text.packageName = reminder.packageName;
        text.expiresAt = reminder.expiresAt;
        text.now = now;
        const QString key = QStringLiteral("grant:%1:%2").arg(reminder.grantId).arg(reminder.expiresAt);
        auto queued = SmsSender::queue(m_office, QStringLiteral("reminder"), key, reminder.phone, SmsText::reminder(text));
        if (queued && *queued > 0)
            ++count;
        else if (!queued)
            qCInfo(lcApp).noquote() << "sms: no reminder for grant" << reminder.grantId << ":" << queued.error().message;
    }
    if (count > 0) {
        qCInfo(lcApp).noquote() << "sms:" << count << "reminder(s) queued";
        emit queued(count);
    }
    return count;
}

} // namespace lango::app::sms
