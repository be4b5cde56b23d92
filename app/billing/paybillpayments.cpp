#include "app/billing/paybillpayments.h"

#include "app/billing/paymentledger.h"
#include "app/billing/purchasereference.h"
#include "app/core/logging.h"
#include "app/core/office.h"
#include "app/mpesa/c2bpayment.h"
#include "app/mpesa/phonenumber.h"
#include "models/kinds.h"
#include "models/units.h"

namespace lango::app {

PaybillPayments::PaybillPayments(Office &office, PaymentLedger &ledger, QString worker)
    : m_office(office)
    , m_ledger(ledger)
    , m_worker(std::move(worker))
{
}

Result<bool> PaybillPayments::validate(const QByteArray &body)
{
    auto payment = mpesa::C2bPayment::parse(body);
    if (!payment)
        return Error{ErrorCode::BadInput, payment.error().message, payment.error().detail};
    (void)m_office.callbacks.record(QStringLiteral("c2b_validation"), payment->transId, QString::fromUtf8(body), QStringLiteral("checked"));
    if (PaybillSale::phoneIn(payment->billRefNumber))
        return PaybillSale::wouldSell(m_office, *payment, m_texts);
    const auto referenced = PurchaseReference::parse(payment->billRefNumber);
    if (!referenced)
        return false;
    auto purchase = m_office.purchases.byId(*referenced);
    if (!purchase)
        return false;
    return payment->amountCents >= purchase->amountCents
           && (purchase->state == models::PurchaseState::Pending || purchase->state == models::PurchaseState::Failed);
}

Result<StkOutcome> PaybillPayments::confirm(const QByteArray &body)
{
    auto payment = mpesa::C2bPayment::parse(body);
    if (!payment)
        return Error{ErrorCode::BadInput, payment.error().message, payment.error().detail};
    auto logged = m_office.callbacks.record(QStringLiteral("c2b_confirmation"), payment->transId, QString::fromUtf8(body),
                                            QStringLiteral("received"));
    if (!logged)
        return fromModels(logged.error());
    qint64 purchaseId = 0;
    if (const auto referenced = PurchaseReference::parse(payment->billRefNumber)) {
        if (auto purchase = m_office.purchases.byId(*referenced))
            purchaseId = purchase->id;
    }
    models::C2bPaymentRow record;
    record.transId = payment->transId;
    record.transType = payment->transactionType;
    record.transTime = payment->transactionTime;
    record.amountCents = payment->amountCents;
    record.shortCode = payment->businessShortCode;
    record.billRef = payment->billRefRaw;
    record.msisdn = payment->msisdn;
    record.firstName = payment->firstName;
    record.purchaseId = purchaseId;
    // The payment, its problem or its purchase's grant and router job are
    // one transaction: if any part fails, nothing is kept and Safaricom's
    // retry of this confirmation finds no "duplicate" to stop at.
    PaymentLedger::Decided decided;
    StkResult result;
    Result<StkOutcome> outcome;
    {
        models::Transaction tx(m_office.db());
        if (auto begun = tx.begin(); !begun)
            return fromModels(begun.error());
        auto recorded = m_office.c2bPayments.record(record);
        if (!recorded)
            return fromModels(recorded.error());
        if (*recorded == 0)
            return StkOutcome::Duplicate;   // this TransID came before
        if (!purchaseId) {
            if (const auto phone = PaybillSale::phoneIn(payment->billRefNumber)) {
                // A voucher bought from any phone: the account is the phone for the code.
                auto sale = PaybillSale::sell(m_office, *payment, *phone, *recorded, m_texts, m_worker);
                if (!sale)
                    return sale.error();
                if (auto committed = tx.commit(); !committed)
                    return fromModels(committed.error());
                PaymentLedger::Decided sold;
                if (sale->push)
                    sold.claimed << *sale->push;
                if (!sale->problem.isEmpty()) {
                    qCWarning(lcApp).noquote() << "paybill payment" << payment->transId << ":" << sale->problem;
                    sold.problems << sale->problem;
                }
                m_ledger.announce(sold);
                if (!sale->problem.isEmpty())
                    return StkOutcome::Problem;
                return StkOutcome::Paid;
            }
            models::Problem problem;
            problem.kind = models::ProblemKind::C2bUnmatched;
            problem.c2bPaymentId = *recorded;
            problem.message = tr("A paybill payment of %1 (receipt %2, account \"%3\") matches no purchase. Give access by hand or refund.")
                                  .arg(models::Units::formatMoney(payment->amountCents), payment->transId, payment->billRefRaw);
            if (auto noted = m_office.problems.record(problem); !noted)
                return fromModels(noted.error());
            // M-Pesa's number for the payer is masked on current API
            // versions; when it is a real one, they hear what happens.
            if (auto payer = mpesa::PhoneNumber::parse(payment->msisdn))
                PaybillSale::tellPayer(m_office, *payment, payer->msisdn(), m_texts);
            if (auto committed = tx.commit(); !committed)
                return fromModels(committed.error());
            qCWarning(lcApp).noquote() << "paybill payment" << payment->transId << "account" << payment->billRefRaw << "matches no purchase";
            PaymentLedger::Decided unmatched;
            unmatched.problems << problem.message;
            m_ledger.announce(unmatched);
            return StkOutcome::Problem;
        }
        // Paid by hand at the paybill: the same path as an STK success.
        auto purchase = m_office.purchases.byId(purchaseId);
        if (!purchase)
            return fromModels(purchase.error());
        if (purchase->checkoutRequestId.isEmpty()) {
            const QString synthetic = QStringLiteral("c2b:") + payment->transId;
            if (auto set = m_office.purchases.setCheckout(purchaseId, synthetic, {}, 0); !set)
                return fromModels(set.error());
            purchase->checkoutRequestId = synthetic;
        }
        result = StkResult{purchase->checkoutRequestId, QStringLiteral("0"), QStringLiteral("Paid at the paybill"),
                           payment->amountCents, payment->transId, false, true};
        outcome = m_ledger.applyInTransaction(result, decided);
        if (outcome) {
            if (auto audited = m_office.audit.recordMany(std::exchange(decided.audit, {})); !audited)
                outcome = fromModels(audited.error());
        }
        if (outcome) {
            if (auto committed = tx.commit(); !committed)
                outcome = fromModels(committed.error());
        }
        if (!outcome)
            return outcome;
    }
    decided.outcome = *outcome;
    decided.viaQuery = result.viaQuery;
    m_ledger.announce(decided);
    return outcome;
}

} // namespace lango::app
