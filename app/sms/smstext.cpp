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

QString SmsText::receipt(const Receipt &r)
{
    const bool swahili = r.language == QLatin1String("sw");
    const QDateTime until = QDateTime::fromSecsSinceEpoch(r.expiresAt, kenyaTimeZone());
    const QDateTime today = QDateTime::fromSecsSinceEpoch(r.now, kenyaTimeZone());
    const QString when = until.date() == today.date() ? until.toString(QStringLiteral("HH:mm"))
                                                       : until.toString(QStringLiteral("HH:mm dd/MM"));
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
    QString office = r.office.simplified();
    QString package = r.packageName.simplified();
    QString text = build(office, package);
    // Shorten the names, longest first, until it is one part.
    while (gsm7Length(text) > kSinglePart && (office.size() > 8 || package.size() > 8)) {
        QString &longer = office.size() >= package.size() ? office : package;
        longer = longer.left(longer.size() - 2).trimmed();
        text = build(office, package);
    }
    return text;
}

} // namespace lango::app::sms
