#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>

namespace lango::app::mpesa {

// What an emulated customer does with an STK prompt, and how Safaricom then
// behaves: which ResultCode, after how long, and whether the callback is
// lost or sent twice (daraja.md 5). Values compose:
//   StkOutcome::cancelled().after(50ms).duplicated()
struct StkOutcome final
{
    QString resultCode = QStringLiteral("0");
    QString resultDesc;  // empty: Daraja's usual text for the code
    std::chrono::milliseconds delay{2000};  // until the result is known and the callback sent
    bool lostCallback = false;
    bool duplicateCallback = false;

    [[nodiscard]] static StkOutcome paid();
    [[nodiscard]] static StkOutcome cancelled();         // 1032
    [[nodiscard]] static StkOutcome timeout();           // 1037
    [[nodiscard]] static StkOutcome insufficientFunds(); // 1
    [[nodiscard]] static StkOutcome wrongPin();          // 2001
    [[nodiscard]] static StkOutcome withCode(const QString &code, const QString &description = {});

    [[nodiscard]] StkOutcome after(std::chrono::milliseconds delay) const;
    [[nodiscard]] StkOutcome lost() const;
    [[nodiscard]] StkOutcome duplicated() const;

    [[nodiscard]] bool isPaid() const { return resultCode == QLatin1String("0"); }
    [[nodiscard]] QString description() const;
    [[nodiscard]] static QString defaultDescription(const QString &code);

    // The callback Daraja would POST, formatted like the live one ("Amount":
    // 10.00, a Balance item without Value, 14-digit TransactionDate number).
    [[nodiscard]] QByteArray callbackBody(const QString &merchantRequestId, const QString &checkoutRequestId,
                                          qint64 amountKes, const QString &receipt, const QString &msisdn,
                                          const QString &transactionDate) const;
};

} // namespace lango::app::mpesa
