#include "app/sms/smstext.h"

#include "common/kenyatime.h"

#include <QDateTime>

namespace lango::app::sms {

namespace {

// GSM 03.38: the basic table, and the extension table reached by ESC.
const QString kBasic = QString::fromUtf8(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà");
const QString kExtension = QString::fromUtf8("^{}\\[~]|€\f");

} // namespace

bool SmsText::isGsm7(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return kBasic.contains(c) || kExtension.contains(c); });
}

int SmsText::gsm7Length(const QString &text)
{
    int length = 0;
    for (const QChar c : text)
        length += kExtension.contains(c) ? 2 : 1;
    return length;
}

QString SmsText::toGsm7(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        out += kBasic.contains(c) || kExtension.contains(c) ? c : QLatin1Char('?');
    return out;
}

namespace {

// Builds with the office and package names, shortening the longer one
// until the text is one part.
template <typename Build>
QString fitted(QString office, QString package, Build build)
{
    office = office.simplified();
    package = package.simplified();
    QString text = build(office, package);
    while (SmsText::gsm7Length(text) > SmsText::kSinglePart && (office.size() > 8 || package.size() > 8)) {
        QString &longer = office.size() >= package.size() ? office : package;
        longer = longer.left(longer.size() - 2).trimmed();
        text = build(office, package);
    }
    return text;
}

QString kenyaClock(qint64 at, qint64 now)
{
    const QDateTime when = QDateTime::fromSecsSinceEpoch(at, kenyaTimeZone());
    const QDateTime today = QDateTime::fromSecsSinceEpoch(now, kenyaTimeZone());
    return when.date() == today.date() ? when.toString(QStringLiteral("HH:mm")) : when.toString(QStringLiteral("HH:mm dd/MM"));
}

} // namespace

bool SmsText::QuietHours::contains(qint64 utcSeconds) const
{
    if (fromHour == toHour)
        return false;
    const int hour = QDateTime::fromSecsSinceEpoch(utcSeconds, kenyaTimeZone()).time().hour();
    return fromHour < toHour ? hour >= fromHour && hour < toHour : hour >= fromHour || hour < toHour;
}

qint64 SmsText::QuietHours::endAfter(qint64 utcSeconds) const
{
    QDateTime end(QDateTime::fromSecsSinceEpoch(utcSeconds, kenyaTimeZone()).date(), QTime(toHour, 0), kenyaTimeZone());
    if (end.toSecsSinceEpoch() <= utcSeconds)
        end = end.addDays(1);
    return end.toSecsSinceEpoch();
}

QString SmsText::reminder(const Reminder &r)
{
    const bool swahili = r.language == QLatin1String("sw");
    const QString when = kenyaClock(r.expiresAt, r.now);
    const qint64 minutes = qMax<qint64>(1, (r.expiresAt - r.now + 59) / 60);
    return fitted(r.office, r.packageName, [&](const QString &office, const QString &package) {
        const QString text = swahili
            ? QStringLiteral("%1 yako inaisha saa %2 (dakika %3). Ili uendelee mtandaoni, nunua zaidi kwenye ukurasa wa WiFi.")
                  .arg(package, when).arg(minutes)
            : QStringLiteral("Your %1 ends at %2 (in %3 min). To stay online, buy more on the WiFi login page.")
                  .arg(package, when).arg(minutes);
        return toGsm7(office.isEmpty() ? text : office + QStringLiteral(": ") + text);
    });
}

QString SmsText::receipt(const Receipt &r)
{
    const bool swahili = r.language == QLatin1String("sw");
    const QString when = kenyaClock(r.expiresAt, r.now);
    const QString amount = QString::number(r.amountCents / 100);
    const auto build = [&](const QString &office, const QString &package) {
        // Not tr(): the customer's language, not the desk's.
        QString text;
        if (swahili) {
            text = r.mpesaReceipt.isEmpty()
                ? QStringLiteral("KES %1 imepokelewa. %2 ni yako hadi %3. Asante!").arg(amount, package, when)
                : QStringLiteral("KES %1 imepokelewa (M-Pesa %2). %3 ni yako hadi %4. Asante!").arg(amount, r.mpesaReceipt, package, when);
        } else {
            text = r.mpesaReceipt.isEmpty()
                ? QStringLiteral("KES %1 received. %2 is yours until %3. Thank you!").arg(amount, package, when)
                : QStringLiteral("KES %1 received (M-Pesa %2). %3 is yours until %4. Thank you!").arg(amount, r.mpesaReceipt, package, when);
        }
        return toGsm7(office.isEmpty() ? text : office + QStringLiteral(": ") + text);
    };
    return fitted(r.office, r.packageName, build);
}

QString SmsText::voucherSale(const VoucherSale &v)
{
    const bool swahili = v.language == QLatin1String("sw");
    const QString amount = QString::number(v.amountCents / 100);
    const QString code = v.pin.isEmpty() ? v.code : v.code + QStringLiteral(" PIN ") + v.pin;
    return fitted(v.office, v.packageName, [&](const QString &office, const QString &package) {
        const QString text = swahili
            ? QStringLiteral("KES %1 imepokelewa (M-Pesa %2). Nambari yako ya %3: %4. Jiunge na WiFi, iandike kwenye ukurasa wa kuingia.")
                  .arg(amount, v.mpesaReceipt, package, code)
            : QStringLiteral("KES %1 received (M-Pesa %2). Your %3 code: %4. Join the WiFi and type it on the login page.")
                  .arg(amount, v.mpesaReceipt, package, code);
        return toGsm7(office.isEmpty() ? text : office + QStringLiteral(": ") + text);
    });
}

QString SmsText::paybillRefused(const PaybillRefused &r)
{
    const bool swahili = r.language == QLatin1String("sw");
    const QString amount = QString::number(r.amountCents / 100);
    return fitted(r.office, QString(), [&](const QString &office, const QString &) {
        const QString text = swahili
            ? QStringLiteral("KES %1 imepokelewa (M-Pesa %2), lakini hakuna kifurushi cha WiFi cha bei hiyo. Ofisi itakurudishia pesa au "
                             "itakusaidia.").arg(amount, r.mpesaReceipt)
            : QStringLiteral("KES %1 received (M-Pesa %2), but no WiFi package costs that amount. The office will refund you or "
                             "help you.").arg(amount, r.mpesaReceipt);
        return toGsm7(office.isEmpty() ? text : office + QStringLiteral(": ") + text);
    });
}

} // namespace lango::app::sms
