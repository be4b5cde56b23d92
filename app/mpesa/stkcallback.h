#pragma once

#include "app/mpesa/error.h"

#include <QCoreApplication>
#include <QString>

namespace lango::app::mpesa {

// The STK callback Safaricom POSTs to CallBackURL (daraja.md 5), checked.
struct StkCallback final
{
    QString merchantRequestId;
    QString checkoutRequestId;  // never empty
    QString resultCode;         // trimmed text: "0", "1032", "SFC_IC0003"
    QString resultDesc;

    // Only when paid (resultCode "0"):
    qint64 amountCents = 0;      // > 0; compare with the purchase, do not trust blindly
    QString receipt;             // MpesaReceiptNumber, never empty when paid
    qint64 transactionTime = 0;  // UTC epoch seconds from TransactionDate (EAT); 0 if absent
    QString phone;               // raw text: 2547..., masked, or empty when absent
    QString transactionDate;     // the raw 14-digit text

    [[nodiscard]] bool isPaid() const { return resultCode == QLatin1String("0"); }

    // Strict about what matters (ids, result, amount, receipt, date format),
    // tolerant where Daraja varies (numbers as strings, item order, Balance
    // without Value, no metadata on failures). Never crashes on junk.
    [[nodiscard]] static Result<StkCallback> parse(const QByteArray &body);

    Q_DECLARE_TR_FUNCTIONS(StkCallback)
};

} // namespace lango::app::mpesa
