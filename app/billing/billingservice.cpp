#include "app/billing/billingservice.h"

namespace lango::app {

namespace {

Checkout::Options checkoutOptions(const BillingService::Options &options)
{
    Checkout::Options checkout;
    checkout.reconcileAfterSeconds = options.reconcileAfterSeconds;
    checkout.phoneLimit = options.phoneLimit;
    checkout.macLimit = options.macLimit;
    checkout.limitWindowSeconds = options.limitWindowSeconds;
    checkout.gate = options.gate;
    checkout.relayDeskPushes = options.relayDeskPushes;
    return checkout;
}

} // namespace

BillingService::BillingService(Office &office, mpesa::DarajaClient *daraja, Options options, QObject *parent)
    : QObject(parent)   // the parts are children too, so moveToThread() takes them along
    , m_ledger(office, PaymentLedger::Options{options.worker, false, QStringLiteral("en")}, this)
    , m_checkout(office, m_ledger, daraja, checkoutOptions(options), this)
    , m_paybill(office, m_ledger, options.worker)
{
    connect(&m_ledger, &PaymentLedger::jobClaimed, this, &BillingService::jobClaimed);
    connect(&m_ledger, &PaymentLedger::purchaseChanged, this, &BillingService::purchaseChanged);
    connect(&m_ledger, &PaymentLedger::problemRecorded, this, &BillingService::problemRecorded);
    connect(&m_ledger, &PaymentLedger::stkApplied, this, &BillingService::stkApplied);
}

void BillingService::setTexts(const Texts &texts)
{
    m_ledger.setReceipts(texts.receipts, texts.language);
    m_paybill.setTexts(PaybillSale::Texts{texts.enabled, texts.language});
}

} // namespace lango::app
