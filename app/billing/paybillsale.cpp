#include "app/billing/paybillsale.h"

#include "app/billing/purchasereference.h"
#include "app/core/logging.h"
#include "app/mpesa/c2bpayment.h"
#include "app/mpesa/phonenumber.h"
#include "app/core/office.h"
#include "app/sms/smssender.h"
#include "app/sms/smstext.h"
#include "app/vouchers/voucherissuer.h"
#include "models/secretbox.h"
#include "models/units.h"
#include "models/kinds.h"

#include <QJsonObject>

namespace lango::app {

namespace {

QString officeName(Office &office)
{
    return office.settings.value(QStringLiteral("office.name")).valueOr(QString());
}

Result<void> recordProblem(Office &office, const QString &kind, qint64 c2bPaymentId, const QString &message, const QString &detail)
{
    models::Problem problem;
    problem.kind = kind;
    problem.c2bPaymentId = c2bPaymentId;
    problem.message = message;
    problem.detail = detail;
    if (auto recorded = office.problems.record(problem); !recorded)
        return fromModels(recorded.error());
    return {};
}

// A voucher of the paybill stock that is not on the routers yet: its batch
// is pushed, once (an open push job for the batch is enough).
Result<std::optional<models::Job>> pushBatch(Office &office, qint64 batchId, qint64 routerId, const QString &worker)
{
    const QJsonObject payload{{QStringLiteral("batch_id"), batchId}};
    auto open = office.jobs.openWith(models::JobKind::VoucherPush, payload);
    if (!open)
        return fromModels(open.error());
    if (open->has_value())
        return std::optional<models::Job>();
    if (worker.isEmpty()) {
        if (auto job = office.jobs.enqueue(models::JobKind::VoucherPush, routerId, 0, payload); !job)
            return fromModels(job.error());
        return std::optional<models::Job>();
    }
    auto job = office.jobs.enqueueClaimed(models::JobKind::VoucherPush, routerId, 0, worker, payload);
    if (!job)
        return fromModels(job.error());
    return std::optional<models::Job>(*job);
}

} // namespace

std::optional<QString> PaybillSale::phoneIn(const QString &accountNumber)
{
    if (PurchaseReference::parse(accountNumber))
        return std::nullopt;
    auto phone = mpesa::PhoneNumber::parse(accountNumber);
    if (!phone)
        return std::nullopt;
    return phone->msisdn();
}

Result<bool> PaybillSale::wouldSell(Office &office, const mpesa::C2bPayment &payment, const Texts &texts)
{
    if (!texts.enabled || !phoneIn(payment.billRefNumber))
        return false;
    auto package = office.packages.soldByPaybillAt(payment.amountCents);
    if (!package)
        return fromModels(package.error());
    return package->has_value();
}

void PaybillSale::tellPayer(Office &office, const mpesa::C2bPayment &payment, const QString &phone, const Texts &texts)
{
    if (!texts.enabled || phone.isEmpty())
        return;
    sms::SmsText::PaybillRefused refused;
    refused.language = texts.language;
    refused.office = officeName(office);
    refused.amountCents = payment.amountCents;
    refused.mpesaReceipt = payment.transId;
    auto queued = sms::SmsSender::queue(office, QStringLiteral("voucher"), QStringLiteral("c2b:") + payment.transId, phone,
                                        sms::SmsText::paybillRefused(refused));
    if (!queued)
        qCWarning(lcApp).noquote() << "paybill payment" << payment.transId << "text to the payer not queued:" << queued.error().message;
}

Result<PaybillSale::Outcome> PaybillSale::sell(Office &office, const mpesa::C2bPayment &payment, const QString &phone,
                                               qint64 c2bPaymentId, const Texts &texts, const QString &worker)
{
    Outcome outcome;
    const QString amount = models::Units::formatMoney(payment.amountCents);
    const QString masked = mpesa::PhoneNumber::mask(phone);
    if (!texts.enabled) {
        outcome.problem = tr("A paybill payment of %1 (receipt %2) asks for a voucher for %3, but texts are not set up ([sms]), so "
                             "nobody could send the code. Sell the customer a voucher by hand, or refund.")
                              .arg(amount, payment.transId, masked);
        if (auto recorded = recordProblem(office, models::ProblemKind::PaybillNoTexts, c2bPaymentId, outcome.problem, phone); !recorded)
            return recorded.error();
        return outcome;
    }
    auto package = office.packages.soldByPaybillAt(payment.amountCents);
    if (!package)
        return fromModels(package.error());
    if (!package->has_value()) {
        outcome.problem = tr("A paybill payment of %1 (receipt %2) for %3 matches no package sold by paybill. Refund it, or sell "
                             "a voucher by hand.").arg(amount, payment.transId, masked);
        if (auto recorded = recordProblem(office, models::ProblemKind::PaybillNoPackage, c2bPaymentId, outcome.problem, phone); !recorded)
            return recorded.error();
        tellPayer(office, payment, phone, texts);
        return outcome;
    }
    const models::Package &sold = **package;

    auto taken = office.vouchers.takeForPaybill(sold.id, phone);
    if (!taken)
        return fromModels(taken.error());
    std::optional<models::Voucher> voucher = *taken;
    if (!voucher) {
        // The stock ran out (or was never made): a new one, for every router
        // that sells the package, pushed now.
        GenerateRequest request;
        request.packageId = sold.id;
        request.count = kStockMade;
        request.forPaybill = true;
        request.note = tr("Made for paybill sales");
        auto batchId = VoucherIssuer::issue(office, request, VoucherActor{QStringLiteral("paybill"), 0});
        if (!batchId)
            return batchId.error();
        auto fresh = office.vouchers.vouchers(*batchId);
        if (!fresh)
            return fromModels(fresh.error());
        if (fresh->isEmpty())
            return Error{ErrorCode::Internal, tr("A paybill voucher batch was made empty."), {}};
        auto marked = office.vouchers.markSoldTo(fresh->first().id, phone);
        if (!marked)
            return fromModels(marked.error());
        voucher = *marked;
    }
    if (voucher->pushedAt == 0) {
        auto push = pushBatch(office, voucher->batchId, voucher->batchRouterId, worker);
        if (!push)
            return push.error();
        outcome.push = *push;
    }
    if (auto attached = office.c2bPayments.attachVoucher(c2bPaymentId, voucher->id); !attached)
        return fromModels(attached.error());
    if (auto audited = office.audit.record({0, 0, 0, QStringLiteral("paybill"), QStringLiteral("voucher.sell"), QStringLiteral("voucher"),
                                            voucher->id, tr("%1 sold at the paybill to %2 for %3, receipt %4")
                                                              .arg(sold.name, masked, amount, payment.transId)});
        !audited)
        return fromModels(audited.error());

    sms::SmsText::VoucherSale text;
    text.language = texts.language;
    text.office = officeName(office);
    text.amountCents = payment.amountCents;
    text.mpesaReceipt = payment.transId;
    text.packageName = sold.name;
    text.code = voucher->code;
    if (!voucher->pinSealed.isEmpty()) {
        auto pin = office.box().open(voucher->pinSealed);
        if (!pin)
            return fromModels(pin.error());
        text.pin = *pin;
    }
    // The text is part of the sale: if it cannot be queued, nothing is sold
    // and M-Pesa's retry of the confirmation tries again.
    auto queued = sms::SmsSender::queue(office, QStringLiteral("voucher"), QStringLiteral("c2b:") + payment.transId, phone,
                                        sms::SmsText::voucherSale(text));
    if (!queued)
        return queued.error();
    outcome.voucherId = voucher->id;
    qCInfo(lcApp).noquote() << "paybill payment" << payment.transId << amount << "bought voucher" << voucher->id << "of" << sold.name
                            << "for" << masked;
    return outcome;
}

} // namespace lango::app
