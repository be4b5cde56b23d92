#pragma once

#include <QCoreApplication>
#include <QString>

namespace lango::app::sms {

// What customers read, in one SMS: GSM-7 text (the alphabet every phone
// shows and that costs one part per 160 characters), English or Swahili.
class SmsText final
{
    Q_DECLARE_TR_FUNCTIONS(SmsText)

public:
    static constexpr int kSinglePart = 160;   // GSM-7 characters in one part

    // Characters of the GSM 03.38 alphabet; the extension table's (^{}[]~|\€)
    // take two.
    static bool isGsm7(const QString &text);
    static int gsm7Length(const QString &text);
    // Anything outside the alphabet becomes '?' (a name with an emoji would
    // otherwise turn the whole message into 70-character UCS-2 parts).
    static QString toGsm7(const QString &text);

    struct Receipt
    {
        QString language = QStringLiteral("en");   // en | sw
        QString office;        // the ISP's name, first in the text; may be empty
        qint64 amountCents = 0;
        QString mpesaReceipt;  // may be empty (confirmed by STK Query)
        QString packageName;
        qint64 expiresAt = 0;  // UTC seconds; shown in Kenya's time
        qint64 now = 0;
    };
    // At most one part: the package and office names are shortened if they must.
    static QString receipt(const Receipt &receipt);

    struct Reminder
    {
        QString language = QStringLiteral("en");
        QString office;
        QString packageName;
        qint64 expiresAt = 0;
        qint64 now = 0;
    };
    // "Your 1 Hour ends at 14:05 (in 10 min): to stay online, buy more on
    // the WiFi login page." One part, both languages.
    static QString reminder(const Reminder &reminder);
    struct VoucherSale
    {
        QString language = QStringLiteral("en");
        QString office;
        qint64 amountCents = 0;
        QString mpesaReceipt;
        QString packageName;
        QString code;
        QString pin;           // empty: the code is the password too
    };
    // The code bought at the paybill, with how to use it. One part: the
    // names give way, never the code.
    static QString voucherSale(const VoucherSale &sale);

    struct PaybillRefused
    {
        QString language = QStringLiteral("en");
        QString office;
        qint64 amountCents = 0;
        QString mpesaReceipt;
    };
    // A paybill payment that buys no package (no package costs that much):
    // the payer learns that the office will refund or help, not silence.
    static QString paybillRefused(const PaybillRefused &refused);

    // Night in Kenya, when no texts go but what a customer paid for:
    // [fromHour, toHour) in Kenya's time, across midnight (21 to 7 by
    // default, [sms] quiet_hours). from == to: never quiet.
    struct QuietHours
    {
        int fromHour = 21;
        int toHour = 7;
        bool contains(qint64 utcSeconds) const;
        qint64 endAfter(qint64 utcSeconds) const;   // the next toHour:00 in Kenya
    };
};

} // namespace lango::app::sms
