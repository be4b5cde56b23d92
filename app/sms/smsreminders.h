#pragma once

#include "app/sms/smstext.h"

#include <QObject>
#include <QTimer>

namespace lango::app {
class Office;
}

namespace lango::app::sms {

// Texts each paying customer a reminder shortly before their access ends
// ([sms] reminder_before), with how to buy more: once per expiry (a grant
// extended later gets one for its new end), never at night.
class SmsReminders final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmsReminders)

public:
    struct Options
    {
        qint64 beforeSeconds = 600;
        QString language = QStringLiteral("en");
        int checkIntervalMs = 30000;
        SmsText::QuietHours quiet;
    };

    SmsReminders(Office &office, Options options, QObject *parent = nullptr);
    void start();
    // Queues what is due now; returns how many.
    int check();

signals:
    void queued(int count);

private:
    Office &m_office;
    Options m_options;
    QTimer m_timer;
};

} // namespace lango::app::sms
