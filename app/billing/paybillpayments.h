#pragma once

#include "app/billing/billingtypes.h"
#include "app/billing/paybillsale.h"
#include "app/core/error.h"

#include <QCoreApplication>

namespace lango::app {

class Office;
class PaymentLedger;

// Payments made at the paybill (C2B): validation accepts what Lango can
// match, so nobody pays for nothing; confirmation records the payment once
// (its TransID) and pays the purchase its account names (`L42`), sells a
// voucher to the phone it names, or tells staff it matches nothing.
class PaybillPayments final
{
    Q_DECLARE_TR_FUNCTIONS(PaybillPayments)
    Q_DISABLE_COPY_MOVE(PaybillPayments)

public:
    PaybillPayments(Office &office, PaymentLedger &ledger, QString worker);
    void setTexts(PaybillSale::Texts texts) { m_texts = std::move(texts); }

    [[nodiscard]] Result<bool> validate(const QByteArray &body);
    [[nodiscard]] Result<StkOutcome> confirm(const QByteArray &body);

private:
    Office &m_office;
    PaymentLedger &m_ledger;
    QString m_worker;
    PaybillSale::Texts m_texts;
};

} // namespace lango::app
