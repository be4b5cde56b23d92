#pragma once

#include "app/core/error.h"
#include "models/jobqueue.h"

#include <QCoreApplication>

#include <optional>

namespace lango::app {

class Office;

namespace mpesa {
struct C2bPayment;
}

// A voucher bought at the paybill from any phone, a feature phone too
// (issue 19). Safaricom masks the payer's number in C2B confirmations, so
// the customer types the phone that gets the code as the account number;
// the amount picks the package among those sold by paybill (no two cost the
// same). The code goes out as a text written in the same transaction.
class PaybillSale final
{
    Q_DECLARE_TR_FUNCTIONS(PaybillSale)

public:
    struct Texts
    {
        bool enabled = false;     // [sms] is set up: without it nobody could get the code
        QString language = QStringLiteral("en");
    };
    struct Outcome
    {
        qint64 voucherId = 0;     // 0: nothing sold (see problem)
        QString problem;          // recorded for staff in the same transaction
        std::optional<models::Job> push;   // a voucher not on the routers yet: its push, born claimed
    };

    // The phone in an account number ("0712345678", "254712345678"), or
    // nothing when the account is something else (a purchase reference).
    [[nodiscard]] static std::optional<QString> phoneIn(const QString &accountNumber);

    // C2B validation: whether Lango would sell for this payment. Refusing
    // it makes M-Pesa refuse the payment, so nobody pays for nothing.
    [[nodiscard]] static Result<bool> wouldSell(Office &office, const mpesa::C2bPayment &payment, const Texts &texts);

    // Inside the confirmation's transaction, after its c2b_payments row:
    // takes an unsold voucher of the package from a batch kept for paybill
    // sales (or makes a stock of them), marks it sold to the phone, and
    // queues the text with the code. A payment that buys nothing (no
    // package at that amount, texts not set up) is a problem for staff, and
    // the payer is told by text when that is possible.
    [[nodiscard]] static Result<Outcome> sell(Office &office, const mpesa::C2bPayment &payment, const QString &phone,
                                              qint64 c2bPaymentId, const Texts &texts, const QString &worker);

    // A text to the payer of a paybill payment Lango could not use (their
    // phone as typed, or M-Pesa's when it is a real number); logged when it
    // cannot go. In the caller's transaction.
    static void tellPayer(Office &office, const mpesa::C2bPayment &payment, const QString &phone, const Texts &texts);

    // Vouchers made at once when a package's paybill stock runs out.
    static constexpr int kStockMade = 10;
};

} // namespace lango::app
