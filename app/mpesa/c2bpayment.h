#pragma once

#include "app/mpesa/error.h"

#include <QCoreApplication>
#include <QString>

namespace lango::app::mpesa {

// A C2B validation or confirmation request (daraja.md 8): a customer paid
// the paybill/till from their own M-Pesa menu. All values arrive as strings.
struct C2bPayment final
{
    QString transactionType;    // "Pay Bill" | "Buy Goods" (as sent)
    QString transId;            // the M-Pesa receipt: deduplicate on it
    QString transTime;          // raw 14-digit EAT text
    qint64 transactionTime = 0; // UTC epoch seconds
    qint64 amountCents = 0;     // from TransAmount "5.00"
    QString businessShortCode;
    QString billRefNumber;      // normalised: trimmed, upper case, no spaces
    QString billRefRaw;         // as the customer typed it
    QString invoiceNumber;
    QString orgAccountBalance;  // blank in validation requests
    QString thirdPartyTransId;
    QString msisdn;             // raw: SHA-256 hash (v1) or masked (v2); not a usable phone number
    QString firstName;
    QString middleName;
    QString lastName;

    [[nodiscard]] bool isBuyGoods() const;

    // Requires TransID, TransTime, TransAmount and BusinessShortCode; numbers
    // given as JSON numbers are accepted too.
    [[nodiscard]] static Result<C2bPayment> parse(const QByteArray &body);
    // "  abc 123 " -> "ABC123": what the customer typed, ready for matching.
    [[nodiscard]] static QString normaliseBillRef(QStringView raw);

    Q_DECLARE_TR_FUNCTIONS(C2bPayment)
};

} // namespace lango::app::mpesa
