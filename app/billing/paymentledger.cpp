#include "app/billing/paymentledger.h"

#include "app/core/logging.h"
#include "app/core/office.h"
#include "app/mpesa/phonenumber.h"
#include "app/mpesa/stkcallback.h"
#include "app/routers/grantfactory.h"
#include "app/sms/smssender.h"
#include "app/sms/smstext.h"
#include "models/kinds.h"
#include "models/units.h"

#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <limits>

namespace lango::app {

namespace {
// Safaricom's own query answers a few seconds after its callback.
constexpr qint64 kFirstConfirmationDelaySeconds = 3;
} // namespace

PaymentLedger::PaymentLedger(Office &office, Options options, QObject *parent)
    : QObject(parent)
    , m_office(office)
    , m_options(std::move(options))
{
}

Result<StkOutcome> PaymentLedger::handleStkCallback(const QByteArray &body)
{
    return handleStkCallbacks({body}).first();
}

QList<Result<StkOutcome>> PaymentLedger::handleStkCallbacks(const QList<QByteArray> &bodies)
{
    CallbackBatch batch = applyStkCallbacks(bodies);
    announce(batch);
    return batch.outcomes;
}

bool PaymentLedger::prepareForGroups(qsizetype mostCallbacks) const
{
    if (!m_office.db().checkConnection())
        return false;   // the first group opens it, or says why not
    m_office.purchases.prepareGroupStatements(mostCallbacks);
    m_office.grants.prepareGroupStatements(mostCallbacks);
    m_office.jobs.prepareGroupStatements(mostCallbacks);
    m_office.callbacks.prepareGroupStatements(mostCallbacks);
    m_office.audit.prepareGroupStatements(mostCallbacks);
    return true;
}

PaymentLedger::CallbackBatch PaymentLedger::applyStkCallbacks(const QList<QByteArray> &bodies) const
{
    CallbackBatch batch;
    QList<StkResult> results;
    QStringList checkoutIds;
    for (const QByteArray &body : bodies) {
        auto parsed = mpesa::StkCallback::parse(body);
        if (!parsed) {
            batch.outcomes << Result<StkOutcome>(Error{ErrorCode::BadInput, parsed.error().message, parsed.error().detail});
            results << StkResult{};
        } else {
            batch.outcomes << Result<StkOutcome>(StkOutcome::Parked);
            results << StkResult{parsed->checkoutRequestId, parsed->resultCode, parsed->resultDesc, parsed->amountCents, parsed->receipt, false};
            checkoutIds << parsed->checkoutRequestId;
        }
        batch.decided << Decided{};
    }
    const CallbackBatch parsed = batch;
    if (!applyGroup(bodies, results, checkoutIds, batch, true)) {
        // The common payments were not as read: the group again, each on its own.
        batch = parsed;
        (void)applyGroup(bodies, results, checkoutIds, batch, false);
    }
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        const Result<StkOutcome> &outcome = batch.outcomes.at(i);
        if (outcome.ok()) {
            batch.decided[i].outcome = *outcome;
            batch.decided[i].viaQuery = results.at(i).viaQuery;
        } else if (!results.at(i).checkoutRequestId.isEmpty()) {
            (void)m_office.callbacks.record(QStringLiteral("stk"), results.at(i).checkoutRequestId, QString::fromUtf8(bodies.at(i)),
                                            QStringLiteral("error: ") + outcome.error().message);
        }
    }
    return batch;
}

bool PaymentLedger::applyGroup(const QList<QByteArray> &bodies, const QList<StkResult> &results, const QStringList &checkoutIds,
                               CallbackBatch &batch, bool together) const
{
    // Callbacks that arrive together share one durable commit (one fsync for
    // the lot). What every callback needs read or written beside its payment
    // is done for the group at once: the purchases with their packages'
    // terms and their devices' live grants in one statement, the bodies
    // kept in the callback log with the audit entries in one round trip.
    // The common payments (first word of a waiting purchase, at its price)
    // are written together too (payTogether); every other one is applied
    // on its own, in its own savepoint, so one bad one spoils no other. A
    // body whose payment could not be applied is kept on its own
    // afterwards, so nothing M-Pesa said is lost.
    {
        models::Transaction all(m_office.db());
        auto begun = all.begin();
        auto read = begun ? m_office.purchases.byCheckoutIds(checkoutIds) : models::Result<models::PurchaseStore::CheckoutReads>(begun.error());
        GroupReads reads;
        auto known = read ? models::Result<QHash<QString, models::Purchase>>(std::move(read->purchases))
                          : models::Result<QHash<QString, models::Purchase>>(read.error());
        if (known) {
            reads.terms = std::move(read->terms);
            reads.live = std::move(read->live);
        }
        // Each checkout's first word in the group is decided on what was
        // read; a later one reads again (a second receipt is a double payment).
        QSet<QString> applied;
        QList<bool> done(bodies.size(), false);
        if (known) {
            // Written together, the common payments go first: only those
            // whose order cannot matter may, so a payment is common only if
            // no earlier success of the group was its device's or its
            // customer's, and no other callback of the group has its receipt.
            QList<qsizetype> common;
            QSet<QPair<qint64, QString>> customers;   // the group's successes so far
            QHash<QString, QString> receiptOwners;   // receipt -> checkout
            QSet<QString> sharedReceipts;
            for (const StkResult &result : results) {
                const auto owner = receiptOwners.constFind(result.receipt);
                if (owner == receiptOwners.constEnd())
                    receiptOwners.insert(result.receipt, result.checkoutRequestId);
                else if (*owner != result.checkoutRequestId)
                    sharedReceipts.insert(result.receipt);
            }
            for (qsizetype i = 0; i < bodies.size(); ++i) {
                const StkResult &result = results.at(i);
                const auto purchase = known->constFind(result.checkoutRequestId);
                if (!batch.outcomes.at(i) || purchase == known->constEnd() || applied.contains(purchase->checkoutRequestId))
                    continue;
                applied.insert(purchase->checkoutRequestId);
                const QList<QPair<qint64, QString>> keys = customerKeys(*purchase);
                const bool firstOfItsCustomer = std::none_of(keys.cbegin(), keys.cend(), [&customers](const auto &key) { return customers.contains(key); });
                if (isRepeat(result, *purchase)) {
                    batch.outcomes[i] = StkOutcome::Duplicate;
                    done[i] = true;
                } else if (together && firstOfItsCustomer && isPlainFirstPayment(result, *purchase) && !sharedReceipts.contains(result.receipt)) {
                    common << i;
                }
                if (result.resultCode == QLatin1String("0"))
                    customers.unite(QSet<QPair<qint64, QString>>(keys.cbegin(), keys.cend()));
            }
            // Without a savepoint of their own (two round trips fewer): when
            // they fail, the caller runs the group again without them.
            if (!payTogether(common, results, *known, batch, reads))
                return false;
            for (const qsizetype i : common)
                done[i] = true;
            applied.clear();
            for (qsizetype i = 0; i < bodies.size(); ++i) {
                if (done.at(i))
                    applied.insert(results.at(i).checkoutRequestId);
            }
        }
        QList<models::CallbackLog::Entry> log;
        QList<models::AuditEntry> audit;
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            Result<StkOutcome> &outcome = batch.outcomes[i];
            Decided &decided = batch.decided[i];
            const StkResult &result = results.at(i);
            if (!outcome)
                continue;
            if (!known) {
                outcome = fromModels(known.error());
                continue;
            }
            const auto purchase = known->constFind(result.checkoutRequestId);
            const bool parked = purchase == known->constEnd();
            if (!parked && !done.at(i)) {
                const bool again = applied.contains(result.checkoutRequestId);
                applied.insert(result.checkoutRequestId);
                // The devices' live grants as they were, should this payment's savepoint roll back.
                const auto liveBefore = reads.live;
                outcome = applyInTransaction(result, decided, again ? std::nullopt : std::optional<models::Purchase>(*purchase), &reads);
                if (!outcome)
                    reads.live = liveBefore;
            }
            if (!outcome) {
                decided = {};
                continue;
            }
            if (parked)
                decided.parked = result.checkoutRequestId;
            log << models::CallbackLog::Entry{0, QStringLiteral("stk"), result.checkoutRequestId, QString::fromUtf8(bodies.at(i)),
                                               parked ? QStringLiteral("parked") : QStringLiteral("applied"), 0};
            audit += std::exchange(decided.audit, {});
        }
        if (begun) {
            // The bodies and the audit entries in one round trip.
            auto kept = m_office.db().execTogether({m_office.callbacks.insertMany(log), m_office.audit.insertMany(audit)});
            auto committed = kept ? all.commit() : kept;
            if (!committed) {
                for (qsizetype i = 0; i < bodies.size(); ++i) {
                    if (batch.outcomes.at(i))
                        batch.outcomes[i] = fromModels(committed.error());
                    batch.decided[i] = {};
                }
            }
        }
    }
    return true;
}

bool PaymentLedger::isRepeat(const StkResult &result, const models::Purchase &purchase)
{
    // What applyInTransaction would find has nothing to do: the same
    // success again for a purchase that is paid, with its receipt.
    return result.resultCode == QLatin1String("0") && purchase.state != models::PurchaseState::Pending
           && purchase.state != models::PurchaseState::Failed && purchase.confirmState != QLatin1String("refuted")
           && !result.receipt.isEmpty() && result.receipt == purchase.mpesaReceipt;
}

bool PaymentLedger::isPlainFirstPayment(const StkResult &result, const models::Purchase &purchase)
{
    // applyInTransaction's first success of a waiting purchase, without
    // any of its problems (paid after failure or revocation, wrong amount).
    // A sale without a device (at a desk) extends its customer's grant,
    // which a group's other payments may be making: on its own.
    return result.resultCode == QLatin1String("0") && !result.viaPaybill && purchase.state == models::PurchaseState::Pending
           && purchase.confirmState != QLatin1String("refuted") && amountOf(result, purchase) == purchase.amountCents
           && !purchase.mac.isEmpty();
}

QList<QPair<qint64, QString>> PaymentLedger::customerKeys(const models::Purchase &purchase)
{
    // A payment extends its device's live grant, or (a sale without a
    // device) its customer's: either way it follows an earlier one of theirs.
    QList<QPair<qint64, QString>> keys{qMakePair(purchase.routerId, QStringLiteral("#%1").arg(purchase.customerId))};
    if (!purchase.mac.isEmpty())
        keys << qMakePair(purchase.routerId, purchase.mac);
    return keys;
}

qint64 PaymentLedger::amountOf(const StkResult &result, const models::Purchase &purchase)
{
    return result.amountCents ? result.amountCents : purchase.amountCents;
}

qint64 PaymentLedger::confirmAtFor(const StkResult &result) const
{
    // A callback's word is checked with M-Pesa (STK Query) before it
    // counts; the customer goes online meanwhile.
    return result.viaPaybill ? models::PurchaseStore::kNoConfirmation
           : result.viaQuery ? 0
                             : m_office.clock().now() + kFirstConfirmationDelaySeconds;
}

bool PaymentLedger::payTogether(const QList<qsizetype> &common, const QList<StkResult> &results,
                                const QHash<QString, models::Purchase> &purchases, CallbackBatch &batch, GroupReads &reads) const
{
    if (common.isEmpty())
        return true;
    auto paid = [&]() -> Result<QList<Access>> {
        QList<Access> access;
        for (const qsizetype i : common) {
            auto package = termsOf(purchases.value(results.at(i).checkoutRequestId).packageId, &reads);
            if (!package)
                return package.error();
            access << Access{purchases.value(results.at(i).checkoutRequestId), *package, 0, 0, false, {}};
        }
        // The grants first, so that marking the purchases paid attaches them too.
        if (auto granted = grantAccess(access, &reads, false); !granted)
            return granted.error();
        QList<models::PurchaseStore::PaidMark> marks;
        for (qsizetype k = 0; k < access.size(); ++k) {
            const StkResult &result = results.at(common.at(k));
            const models::Purchase &purchase = access.at(k).purchase;
            marks << models::PurchaseStore::PaidMark{purchase.id, result.receipt, amountOf(result, purchase), result.resultCode,
                                                     result.resultDesc, confirmAtFor(result), access.at(k).grantId};
        }
        auto marked = m_office.purchases.markPaidMany(marks);
        if (!marked)
            return fromModels(marked.error());
        if (marked->size() != marks.size())
            return Error{ErrorCode::Conflict, tr("A purchase was paid meanwhile."), {}};
        for (qsizetype k = 0; k < access.size(); ++k) {
            if (m_options.receipts)
                queueReceipt(access.at(k), results.at(common.at(k)).receipt, access.at(k).purchase.amountCents);
        }
        return access;
    }();
    if (!paid) {
        qCInfo(lcApp).noquote() << "callbacks:" << common.size() << "payments applied one by one:" << paid.error().message << paid.error().detail;
        return false;
    }
    for (qsizetype k = 0; k < common.size(); ++k) {
        const qsizetype i = common.at(k);
        const Access &access = paid->at(k);
        Decided &decided = batch.decided[i];
        batch.outcomes[i] = access.extended ? StkOutcome::Extended : StkOutcome::Paid;
        decided.claimed = access.claimed;
        decided.changedPurchases << access.purchase.id;
        decided.audit << paymentAudit(access.purchase, results.at(i), amountOf(results.at(i), access.purchase));
        logPaid(access, results.at(i));
    }
    return true;
}

Result<models::Package> PaymentLedger::termsOf(qint64 packageId, GroupReads *reads) const
{
    if (reads) {
        if (const auto known = reads->terms.constFind(packageId); known != reads->terms.constEnd())
            return *known;
    }
    auto package = m_office.packages.terms(packageId);
    if (!package)
        return fromModels(package.error());
    if (reads)
        reads->terms.insert(packageId, *package);
    return *package;
}

models::AuditEntry PaymentLedger::paymentAudit(const models::Purchase &purchase, const StkResult &result, qint64 amount) const
{
    return models::AuditEntry{0, 0, 0, QStringLiteral("system"), QStringLiteral("payment.received"), QStringLiteral("purchase"), purchase.id,
                              tr("%1 from %2, receipt %3%4").arg(models::Units::formatMoney(amount), mpesa::PhoneNumber::mask(purchase.phone),
                                                                 result.receipt.isEmpty() ? tr("(by query)") : result.receipt,
                                                                 result.viaQuery ? tr(", confirmed by STK Query") : QString())};
}

void PaymentLedger::logPaid(const Access &paid, const StkResult &result) const
{
    qCInfo(lcApp).noquote() << "purchase" << paid.purchase.id << "paid, receipt" << (result.receipt.isEmpty() ? QStringLiteral("-") : result.receipt)
                            << "grant" << paid.grantId << (paid.extended ? "extended" : "created") << "router" << paid.purchase.routerId
                            << (result.viaQuery ? "(confirmed by STK Query)" : "");
}

void PaymentLedger::announce(const CallbackBatch &batch)
{
    for (const Decided &decided : batch.decided) {
        if (!decided.outcome)
            continue;
        if (!decided.parked.isEmpty())
            qCInfo(lcApp).noquote() << "callback for unknown" << decided.parked << "parked";
        announce(decided);
    }
}

void PaymentLedger::applyParked(const QString &checkoutRequestId)
{
    auto parked = m_office.callbacks.parked(checkoutRequestId);
    if (!parked)
        return;
    for (const auto &entry : *parked) {
        auto parsed = mpesa::StkCallback::parse(entry.body.toUtf8());
        if (!parsed)
            continue;
        StkResult result{parsed->checkoutRequestId, parsed->resultCode, parsed->resultDesc, parsed->amountCents, parsed->receipt, false};
        if (applyStkResult(result))
            (void)m_office.callbacks.setOutcome(entry.id, QStringLiteral("applied"));
    }
}

Result<StkOutcome> PaymentLedger::applyStkResult(const StkResult &result)
{
    Decided decided;
    Result<StkOutcome> outcome;
    {
        models::Transaction tx(m_office.db());
        if (auto begun = tx.begin(); !begun)
            return fromModels(begun.error());
        outcome = applyInTransaction(result, decided);
        if (!outcome)
            return outcome;
        if (auto audited = m_office.audit.recordMany(std::exchange(decided.audit, {})); !audited)
            return fromModels(audited.error());
        if (auto committed = tx.commit(); !committed)
            return fromModels(committed.error());
    }
    decided.outcome = *outcome;
    decided.viaQuery = result.viaQuery;
    announce(decided);
    return outcome;
}

void PaymentLedger::announce(const Decided &decided)
{
    // Only after the commit: the provisioner must see what was decided.
    for (const qint64 id : decided.changedPurchases)
        Q_EMIT purchaseChanged(id);
    for (const QString &problem : decided.problems)
        Q_EMIT problemRecorded(problem);
    if (decided.outcome)
        Q_EMIT stkApplied(*decided.outcome, decided.viaQuery);
    for (const models::Job &job : decided.claimed)
        Q_EMIT jobClaimed(job);
}

Result<StkOutcome> PaymentLedger::applyInTransaction(const StkResult &result, Decided &decided,
                                                     std::optional<models::Purchase> known, GroupReads *reads) const
{
    // Runs inside the caller's transaction; a nested one (a savepoint)
    // lets a refused receipt undo only this purchase's change.
    models::Transaction tx(m_office.db());
    if (auto begun = tx.begin(); !begun)
        return fromModels(begun.error());
    auto purchase = known ? models::Result<models::Purchase>(*known) : m_office.purchases.byCheckoutId(result.checkoutRequestId);
    if (!purchase)
        return purchase.error().code == models::ErrorCode::NotFound ? Result<StkOutcome>(StkOutcome::Parked)
                                                                     : Result<StkOutcome>(fromModels(purchase.error()));
    const qint64 purchaseId = purchase->id;
    const bool paid = result.resultCode == QLatin1String("0");
    StkOutcome outcome = StkOutcome::Duplicate;

    if (!paid) {
        auto failed = m_office.purchases.markFailed(purchaseId, result.resultCode, result.resultDesc);
        if (!failed)
            return fromModels(failed.error());
        outcome = *failed ? StkOutcome::Failed : StkOutcome::Duplicate;
        if (*failed)
            qCInfo(lcApp).noquote() << "purchase" << purchaseId << "not paid:" << result.resultCode << result.resultDesc;
    } else if (purchase->confirmState == QLatin1String("refuted")) {
        // Access was taken back because M-Pesa did not confirm a success;
        // another success now is not believed on its word either: staff check.
        if (!result.receipt.isEmpty() && result.receipt != purchase->mpesaReceipt) {
            recordProblem(decided, models::ProblemKind::PaidAfterRevocation, purchaseId,
                          tr("Purchase %1 had its access taken back (payment not confirmed), then M-Pesa reported receipt %2 for it. "
                             "Check the statement; give access by hand if it is real.").arg(purchaseId).arg(result.receipt), {});
            outcome = StkOutcome::Problem;
        }
    } else if (purchase->state == models::PurchaseState::Pending || purchase->state == models::PurchaseState::Failed) {
        const qint64 amount = amountOf(result, *purchase);
        auto marked = m_office.purchases.markPaid(purchaseId, result.receipt, amount, result.resultCode, result.resultDesc, confirmAtFor(result));
        if (!marked) {
            if (marked.error().code != models::ErrorCode::Conflict)
                return fromModels(marked.error());
            // The receipt already paid another purchase: money cannot move twice.
            tx.rollback();
            recordProblem(decided, models::ProblemKind::ReceiptReused, purchaseId,
                          tr("M-Pesa receipt %1 was reported for two purchases; check the statement.").arg(result.receipt), {});
            return StkOutcome::Problem;
        }
        if (*marked) {
            auto package = termsOf(purchase->packageId, reads);
            if (!package)
                return package.error();
            if (purchase->state == models::PurchaseState::Failed && !result.viaPaybill) {
                // The customer may have paid again or left: staff must know.
                models::Problem late;
                late.kind = models::ProblemKind::PaidAfterFailure;
                late.purchaseId = purchaseId;
                late.routerId = purchase->routerId;
                late.message = tr("Purchase %1 was marked failed (%2) but M-Pesa then confirmed payment (receipt %3); "
                                  "access was given. Check the customer did not pay twice.")
                                   .arg(purchaseId).arg(purchase->resultCode, result.receipt);
                if (auto recorded = m_office.problems.record(late); !recorded)
                    return fromModels(recorded.error());
                decided.problems << late.message;
                decided.audit << models::AuditEntry{0, 0, 0, QStringLiteral("system"), QStringLiteral("payment.late"), QStringLiteral("purchase"),
                                             purchaseId, tr("paid after it was marked failed (%1)").arg(purchase->resultCode)};
            }
            if (amount < purchase->amountCents) {
                // Too little moved: record it for staff instead of selling time cheaply.
                models::Problem problem;
                problem.kind = models::ProblemKind::AmountMismatch;
                problem.purchaseId = purchaseId;
                problem.routerId = purchase->routerId;
                problem.message = tr("Purchase %1 was paid %2 but costs %3: no access was given. Refund or give access by hand.")
                                      .arg(purchaseId).arg(models::Units::formatMoney(amount), models::Units::formatMoney(purchase->amountCents));
                problem.detail = result.receipt;
                if (auto recorded = m_office.problems.record(problem); !recorded)
                    return fromModels(recorded.error());
                decided.problems << problem.message;
                qCWarning(lcApp).noquote() << "purchase" << purchaseId << "router" << purchase->routerId << "underpaid:" << amount
                                           << "cents of" << purchase->amountCents << "receipt" << result.receipt;
                outcome = StkOutcome::Problem;
            } else {
                QList<Access> access{Access{*purchase, *package, 0, 0, false, {}}};
                if (auto granted = grantAccess(access, reads); !granted)
                    return granted.error();
                const Access &paid = access.first();
                decided.claimed += paid.claimed;
                outcome = paid.extended ? StkOutcome::Extended : StkOutcome::Paid;
                if (m_options.receipts)
                    queueReceipt(paid, result.receipt, amount);
                logPaid(paid, result);
                if (amount > purchase->amountCents) {
                    models::Problem problem;
                    problem.kind = models::ProblemKind::Overpaid;
                    problem.purchaseId = purchaseId;
                    problem.message = tr("Purchase %1 was paid %2 but costs %3: access was given; consider a refund.")
                                          .arg(purchaseId).arg(models::Units::formatMoney(amount), models::Units::formatMoney(purchase->amountCents));
                    if (m_office.problems.record(problem))
                        decided.problems << problem.message;
                }
            }
            decided.audit << paymentAudit(*purchase, result, amount);
        }
    } else if (!result.receipt.isEmpty() && purchase->mpesaReceipt.isEmpty()) {
        // Paid already on STK Query's word, which carries no receipt: the
        // callback that follows brings it.
        auto filled = m_office.purchases.fillReceipt(purchaseId, result.receipt);
        if (!filled) {
            if (filled.error().code != models::ErrorCode::Conflict)
                return fromModels(filled.error());
            tx.rollback();
            recordProblem(decided, models::ProblemKind::ReceiptReused, purchaseId,
                          tr("M-Pesa receipt %1 was reported for two purchases; check the statement.").arg(result.receipt), {});
            return StkOutcome::Problem;
        }
    } else if (!result.receipt.isEmpty() && !purchase->mpesaReceipt.isEmpty() && result.receipt != purchase->mpesaReceipt) {
        recordProblem(decided, models::ProblemKind::DoublePayment, purchaseId,
                      tr("Purchase %1 was paid twice (receipts %2 and %3). Refund one of them.")
                          .arg(purchaseId).arg(purchase->mpesaReceipt, result.receipt), {});
        outcome = StkOutcome::Problem;
    }
    if (auto committed = tx.commit(); !committed)
        return fromModels(committed.error());
    if (outcome != StkOutcome::Duplicate)
        decided.changedPurchases << purchaseId;   // announced after the caller's commit
    return outcome;
}

Result<void> PaymentLedger::grantAccess(QList<Access> &payments, GroupReads *reads, bool attach) const
{
    const qint64 now = m_office.clock().now();
    QList<GrantFactory::Sale> sales;   // the payments that need a grant of their own
    QList<qsizetype> selling;
    for (qsizetype i = 0; i < payments.size(); ++i) {
        Access &paid = payments[i];
        const models::Purchase &purchase = paid.purchase;
        // A paying device that is still online gets more time on the same
        // hotspot user, not a second account. A sale without a device (at
        // the desk, by phone number) extends that customer's access; a
        // purchase from another device must not, or the device that paid
        // could not log in to a user bound to the first one.
        const auto device = qMakePair(purchase.routerId, purchase.mac);
        const bool readForGroup = reads && reads->live && !purchase.mac.isEmpty();
        auto live = readForGroup ? models::Result<std::optional<models::Grant>>(
                                       reads->live->contains(device) ? std::optional<models::Grant>(reads->live->value(device)) : std::nullopt)
                                 : m_office.grants.activeForDevice(purchase.routerId, purchase.mac);
        if (live && !live->has_value() && purchase.mac.isEmpty())
            live = m_office.grants.activeForCustomer(purchase.routerId, purchase.customerId);
        if (!live)
            return fromModels(live.error());
        if (live->has_value()) {
            // One statement: another payment or another server's expiry may
            // be at the same grant right now.
            auto extendedTo = m_office.grants.extendLive((*live)->id, paid.package.durationSeconds, paid.package.id);
            if (!extendedTo)
                return fromModels(extendedTo.error());
            if (extendedTo->has_value()) {
                paid.grantId = (*live)->id;
                paid.expiresAt = **extendedTo;
                paid.extended = true;
                if (readForGroup)
                    (*reads->live)[device].expiresAt = paid.expiresAt;
            }
        }
        if (paid.grantId == 0) {   // none live (or it ended just now): a grant of its own
            sales << GrantFactory::Sale{&paid.purchase, &paid.package};
            selling << i;
        }
    }
    auto created = GrantFactory(m_office).forPurchases(sales, now);
    if (!created)
        return created.error();
    for (qsizetype k = 0; k < selling.size(); ++k) {
        Access &paid = payments[selling.at(k)];
        paid.grantId = created->at(k);
        paid.expiresAt = now + paid.package.durationSeconds;
        if (reads && reads->live && !paid.purchase.mac.isEmpty()) {   // a later payment of the group from the device extends it
            models::Grant made;
            made.id = paid.grantId;
            made.routerId = paid.purchase.routerId;
            made.mac = paid.purchase.mac;
            made.state = models::GrantState::Pending;
            made.startsAt = now;
            made.expiresAt = paid.expiresAt;
            reads->live->insert(qMakePair(made.routerId, made.mac), made);
        }
    }
    QList<QPair<qint64, qint64>> attached;
    QList<models::JobQueue::NewJob> jobs;
    for (const Access &paid : std::as_const(payments)) {
        attached << qMakePair(paid.purchase.id, paid.grantId);
        jobs << models::JobQueue::NewJob{models::JobKind::Provision, paid.purchase.routerId, paid.grantId,
                                         QJsonObject{{QStringLiteral("purchase_id"), paid.purchase.id},
                                                     {QStringLiteral("paid_ms"), m_office.clock().nowMs()}}};
    }
    if (attach) {
        if (auto done = m_office.purchases.attachGrants(attached); !done)
            return fromModels(done.error());
    }
    auto claimed = m_office.jobs.enqueueClaimedMany(jobs, m_options.worker);
    if (!claimed)
        return fromModels(claimed.error());
    // Each job to the payment it serves (the rows come back in no promised order).
    for (const models::Job &job : std::as_const(*claimed)) {
        auto owner = std::find_if(payments.begin(), payments.end(), [&job](const Access &paid) { return paid.grantId == job.grantId; });
        (owner == payments.end() ? payments.first() : *owner).claimed << job;
    }
    return {};
}

void PaymentLedger::queueReceipt(const Access &paid, const QString &receipt, qint64 amountCents) const
{
    const models::Purchase &purchase = paid.purchase;
    sms::SmsText::Receipt text;
    text.language = purchase.language.isEmpty() ? m_options.language : purchase.language;
    text.office = m_office.settings.value(QStringLiteral("office.name")).valueOr(QString());
    text.amountCents = amountCents;
    text.mpesaReceipt = receipt;
    text.packageName = paid.package.name;
    text.expiresAt = paid.expiresAt;
    text.now = m_office.clock().now();
    auto queued = sms::SmsSender::queue(m_office, QStringLiteral("receipt"), QStringLiteral("purchase:%1").arg(purchase.id), purchase.phone,
                                        sms::SmsText::receipt(text));
    if (!queued)
        qCWarning(lcApp).noquote() << "purchase" << purchase.id << "receipt text not queued:" << queued.error().message;
}

Result<bool> PaymentLedger::revokeUnconfirmed(qint64 purchaseId, const QString &resultCode, const QString &why)
{
    QString message;
    qint64 grantId = 0;
    {
        models::Transaction tx(m_office.db());
        if (auto begun = tx.begin(); !begun)
            return fromModels(begun.error());
        auto purchase = m_office.purchases.byId(purchaseId);
        if (!purchase)
            return fromModels(purchase.error());
        auto refuted = m_office.purchases.markRefuted(purchaseId, resultCode, why);
        if (!refuted)
            return fromModels(refuted.error());
        if (!*refuted)
            return false;   // confirmed or revoked meanwhile
        grantId = purchase->grantId;
        if (grantId) {
            // Take back what this payment gave: the whole grant when it made
            // it, its package's time when it extended one paid for otherwise.
            auto others = m_office.purchases.otherPaidForGrant(grantId, purchaseId);
            auto package = m_office.packages.byId(purchase->packageId);
            auto grant = m_office.grants.byId(grantId);
            if (!others || !package || !grant)
                return fromModels(!others ? others.error() : !package ? package.error() : grant.error());
            // A voucher's or another payment's time stays: only this payment's goes.
            const bool extendedOther = *others > 0 || grant->voucherId != 0;
            const qint64 seconds = extendedOther ? package->durationSeconds : std::numeric_limits<qint32>::max();
            if (auto shortened = m_office.grants.shorten(grantId, seconds); !shortened)
                return fromModels(shortened.error());
        }
        models::Problem problem;
        problem.kind = models::ProblemKind::UnconfirmedPayment;
        problem.purchaseId = purchaseId;
        problem.routerId = purchase->routerId;
        problem.message = tr("Purchase %1 was reported paid (receipt %2) but M-Pesa did not confirm it: %3. Access was taken back. "
                             "If the customer really paid, check the M-Pesa statement and give access by hand.")
                              .arg(purchaseId).arg(purchase->mpesaReceipt.isEmpty() ? tr("none") : purchase->mpesaReceipt, why);
        problem.detail = resultCode;
        if (auto recorded = m_office.problems.record(problem); !recorded)
            return fromModels(recorded.error());
        if (auto audited = m_office.audit.record({0, 0, 0, QStringLiteral("system"), QStringLiteral("payment.revoked"),
                                                  QStringLiteral("purchase"), purchaseId, why});
            !audited)
            return fromModels(audited.error());
        if (auto committed = tx.commit(); !committed)
            return fromModels(committed.error());
        message = problem.message;
    }
    qCWarning(lcApp).noquote() << "purchase" << purchaseId << "grant" << grantId << "revoked: M-Pesa did not confirm the payment:" << why;
    Q_EMIT purchaseChanged(purchaseId);   // expiry takes the user off the router now
    Q_EMIT problemRecorded(message);
    return true;
}

void PaymentLedger::recordProblem(const QString &kind, qint64 purchaseId, const QString &message, const QString &detail)
{
    writeProblem(kind, purchaseId, message, detail);
    Q_EMIT problemRecorded(message);
}

void PaymentLedger::recordProblem(Decided &decided, const QString &kind, qint64 purchaseId, const QString &message,
                                   const QString &detail) const
{
    writeProblem(kind, purchaseId, message, detail);
    decided.problems << message;
}

void PaymentLedger::writeProblem(const QString &kind, qint64 purchaseId, const QString &message, const QString &detail) const
{
    models::Problem problem;
    problem.kind = kind;
    problem.purchaseId = purchaseId;
    problem.message = message;
    problem.detail = detail;
    if (auto recorded = m_office.problems.record(problem); !recorded)
        qCCritical(lcApp).noquote() << "cannot record problem:" << message << recorded.error().detail;
    qCWarning(lcApp).noquote() << "problem" << kind << "purchase" << purchaseId << ":" << message;
}

} // namespace lango::app
