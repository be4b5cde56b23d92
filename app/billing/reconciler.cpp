#include "app/billing/reconciler.h"

#include "app/billing/billingservice.h"
#include "app/core/logging.h"
#include "app/mpesa/darajaclient.h"
#include "app/core/office.h"
#include "app/routers/routerdirectory.h"
#include "app/mpesa/phonenumber.h"
#include "app/routers/routerprofiles.h"
#include "models/units.h"
#include "routeros/hotspotapi.h"
#include "models/kinds.h"

#include <QHash>

namespace lango::app {

namespace {

// A purchase given up for lack of an answer is asked about this long.
constexpr qint64 kKeepAskingSeconds = 24 * 60 * 60;
// A purchase with no prompt sent this long after it was made gets none.
constexpr qint64 kUnsentAfterSeconds = 5 * 60;

} // namespace

Reconciler::Reconciler(Office &office, BillingService &billing, RouterDirectory &routers, mpesa::DarajaClient *daraja,
                       Options options, QObject *parent)
    : QObject(parent)
    , m_office(office)
    , m_billing(billing)
    , m_routers(routers)
    , m_daraja(daraja)
    , m_options(std::move(options))
{
    m_queryTimer.setInterval(m_options.queryIntervalMs);
    connect(&m_queryTimer, &QTimer::timeout, this, &Reconciler::queryDuePurchases);
    m_routerTimer.setInterval(m_options.routerIntervalMs);
    connect(&m_routerTimer, &QTimer::timeout, this, &Reconciler::reconcileRouters);
    m_pacer.setInterval(m_options.queryGapMs);
    connect(&m_pacer, &QTimer::timeout, this, &Reconciler::sendNextQuery);
}

void Reconciler::paced(std::function<void()> query)
{
    m_queries.append(std::move(query));
    if (!m_pacer.isActive()) {
        sendNextQuery();
        m_pacer.start();
    }
}

void Reconciler::sendNextQuery()
{
    if (m_queries.isEmpty()) {
        m_pacer.stop();
        return;
    }
    m_queries.takeFirst()();
}

void Reconciler::start()
{
    m_queryTimer.start();
    m_routerTimer.start();
    queryDuePurchases();
}

void Reconciler::stop()
{
    m_queryTimer.stop();
    m_routerTimer.stop();
    m_pacer.stop();
    m_queries.clear();
}

qint64 Reconciler::confirmBackoffSeconds(int attempts)
{
    // 5 s, 10 s, 20 s, 40 s, then every minute until the deadline.
    return std::min<qint64>(5LL << std::min(attempts, 4), 60);
}

qint64 Reconciler::queryBackoffSeconds(int attempts)
{
    // 30 s, 60 s, 120 s, then every 2 minutes: M-Pesa's query shares the
    // API's rate limits, so ask rarely.
    return std::min<qint64>(30LL << std::min(attempts, 2), 120);
}

void Reconciler::queryDuePurchases()
{
    reportLongParkedCallbacks();
    // A prompt not sent within minutes never will be: say so, not "pending".
    if (auto unsent = m_office.purchases.failUnsent(m_office.clock().now() - kUnsentAfterSeconds); unsent && *unsent > 0)
        qCWarning(lcApp).noquote() << *unsent << "purchase(s) whose M-Pesa prompt was never sent marked failed";
    if (!m_daraja)
        return;
    auto due = m_office.purchases.dueForQuery(20);
    if (!due) {
        qCWarning(lcApp).noquote() << "cannot read purchases to reconcile:" << due.error().message;
        return;
    }
    for (const models::Purchase &purchase : *due) {
        if (m_querying.contains(purchase.id))
            continue;
        m_querying.insert(purchase.id);
        qCInfo(lcApp).noquote() << "purchase" << purchase.id << "has no callback yet: asking M-Pesa (STK Query)";
        paced([this, purchase] {
        m_daraja->stkQuery(purchase.checkoutRequestId).then(this, [this, purchase](mpesa::Result<mpesa::StkQueryResult> answer) {
            m_querying.remove(purchase.id);
            const qint64 now = m_office.clock().now();
            if (answer && answer->state == mpesa::StkQueryResult::State::Completed) {
                StkResult result{purchase.checkoutRequestId, answer->resultCode, answer->resultDesc, 0, {}, true};
                if (auto applied = m_billing.applyStkResult(result); !applied) {
                    qCWarning(lcApp).noquote() << "purchase" << purchase.id << "query answer not applied:" << applied.error().message;
                    return;
                }
                if (purchase.state == models::PurchaseState::Failed)
                    (void)m_office.purchases.scheduleQuery(purchase.id, 0);   // the final word came: stop asking
                return;
            }
            const qint64 age = now - purchase.createdAt;
            if (purchase.state == models::PurchaseState::Pending && age >= m_options.giveUpAfterSeconds) {
                // Too long without a final word: the customer sees a failure,
                // staff see a problem (they may have paid and only the
                // queries failed), and Lango keeps asking, slowly, for a day;
                // a late success still gives access.
                giveUp(purchase);
                return;
            }
            if (purchase.state != models::PurchaseState::Pending && age >= kKeepAskingSeconds) {
                (void)m_office.purchases.scheduleQuery(purchase.id, 0);
                return;
            }
            if (!answer)
                qCInfo(lcApp).noquote() << "purchase" << purchase.id << "query failed:" << answer.error().message;
            // Pending: back off, but ask once more when it is time to give up.
            const qint64 next = purchase.state == models::PurchaseState::Pending
                ? std::min(now + queryBackoffSeconds(purchase.queryAttempts), purchase.createdAt + m_options.giveUpAfterSeconds)
                : now + m_options.slowQuerySeconds;
            (void)m_office.purchases.scheduleQuery(purchase.id, next);
        });
        });
    }
    confirmPaidPurchases();
}

void Reconciler::giveUp(const models::Purchase &purchase)
{
    models::Problem problem;
    problem.kind = models::ProblemKind::NoAnswer;
    problem.purchaseId = purchase.id;
    problem.routerId = purchase.routerId;
    problem.message = tr("M-Pesa gave no final answer about purchase %1 (%2, %3) within %4. The customer was told it failed. "
                         "If they say they paid, check the M-Pesa statement; Lango keeps asking for a day and gives access "
                         "by itself if M-Pesa confirms.")
                          .arg(purchase.id).arg(models::Units::formatMoney(purchase.amountCents), mpesa::PhoneNumber::mask(purchase.phone),
                                                models::Units::humanDuration(m_options.giveUpAfterSeconds));
    models::Transaction tx(m_office.db());
    auto begun = tx.begin();
    auto failed = begun ? m_office.purchases.markFailed(purchase.id, QStringLiteral("no_answer"),
                                                        QStringLiteral("No final answer from M-Pesa after 10 minutes"))
                        : models::Result<bool>(begun.error());
    if (!failed || !*failed)
        return;   // answered meanwhile
    if (!m_office.problems.record(problem) || !m_office.purchases.scheduleQuery(purchase.id, m_office.clock().now() + m_options.slowQuerySeconds)
        || !tx.commit()) {
        qCWarning(lcApp).noquote() << "purchase" << purchase.id << "could not be marked as unanswered; asking again later";
        return;
    }
    qCWarning(lcApp).noquote() << "purchase" << purchase.id << "no final answer from M-Pesa: marked failed, asking again for a day";
    Q_EMIT problemRecorded(problem.message);
}

void Reconciler::revoke(qint64 purchaseId, const QString &resultCode, const QString &why)
{
    if (auto revoked = m_billing.revokeUnconfirmed(purchaseId, resultCode, why); !revoked)
        qCWarning(lcApp).noquote() << "purchase" << purchaseId << "could not be revoked:" << revoked.error().message << revoked.error().detail;
}

void Reconciler::confirmPaidPurchases()
{
    if (!m_daraja)
        return;
    auto due = m_office.purchases.dueForConfirmation(20);
    if (!due) {
        qCWarning(lcApp).noquote() << "cannot read payments to confirm:" << due.error().message;
        return;
    }
    const qint64 now = m_office.clock().now();
    for (const models::Purchase &purchase : *due) {
        if (m_confirming.contains(purchase.id))
            continue;
        const qint64 deadline = purchase.paidAt + m_options.confirmWithinSeconds;
        if (now >= deadline) {
            revoke(purchase.id, QStringLiteral("unconfirmed"),
                   tr("no confirmation from M-Pesa within %1").arg(models::Units::humanDuration(m_options.confirmWithinSeconds)));
            continue;
        }
        m_confirming.insert(purchase.id);
        paced([this, purchase, deadline] {
            m_daraja->stkQuery(purchase.checkoutRequestId).then(this, [this, purchase, deadline](mpesa::Result<mpesa::StkQueryResult> answer) {
                m_confirming.remove(purchase.id);
                if (answer && answer->state == mpesa::StkQueryResult::State::Completed) {
                    if (answer->isPaid()) {
                        if (auto confirmed = m_office.purchases.markConfirmed(purchase.id); confirmed && *confirmed)
                            qCInfo(lcApp).noquote() << "purchase" << purchase.id << "payment confirmed by STK Query";
                        return;
                    }
                    revoke(purchase.id, answer->resultCode,
                           tr("M-Pesa says the payment did not happen (%1 %2)").arg(answer->resultCode, answer->resultDesc));
                    return;
                }
                if (!answer && answer.error().errorCode == QLatin1String("400.002.02")) {
                    revoke(purchase.id, QStringLiteral("unknown_checkout"), tr("M-Pesa knows no such payment request"));
                    return;
                }
                if (!answer)
                    qCInfo(lcApp).noquote() << "purchase" << purchase.id << "confirmation query failed:" << answer.error().message;
                const qint64 next = std::min(deadline, m_office.clock().now() + confirmBackoffSeconds(purchase.confirmAttempts));
                (void)m_office.purchases.scheduleConfirmation(purchase.id, next);
            });
        });
    }
}

void Reconciler::reportLongParkedCallbacks()
{
    const qint64 cutoff = m_office.clock().now() - m_options.parkedProblemAfterSeconds;
    auto parked = m_office.callbacks.parked({}, cutoff);
    if (!parked)
        return;
    for (const auto &entry : *parked) {
        models::Problem problem;
        problem.kind = models::ProblemKind::UnknownCallback;
        problem.message = tr("M-Pesa reported a payment (CheckoutRequestID %1) for no purchase Lango knows. "
                             "Check the M-Pesa statement; give access by hand or refund.").arg(entry.reference);
        problem.detail = entry.body.left(2000);
        if (m_office.problems.record(problem)) {
            (void)m_office.callbacks.setOutcome(entry.id, QStringLiteral("problem"));
            Q_EMIT problemRecorded(problem.message);
        }
    }
}

void Reconciler::reconcileRouters()
{
    const QStringList names = m_routers.pool().routerNames();
    for (const QString &name : names)
        reconcileRouter(m_routers.idOf(name));
}

void Reconciler::reconcileRouter(qint64 routerId)
{
    routeros::HotspotApi *api = m_routers.hotspot(routerId);
    if (!api || m_reconciling.contains(routerId))
        return;
    m_reconciling.insert(routerId);
    api->users().then(this, [this, routerId, api](routeros::Result<QList<routeros::HotspotUser>> users) {
        m_reconciling.remove(routerId);
        if (!users)
            return;   // router down: next round
        auto live = m_office.grants.live(routerId);
        if (!live)
            return;
        QHash<QString, const models::Grant *> byName;
        QSet<qint64> liveIds;
        for (const models::Grant &grant : *live) {
            byName.insert(grant.username, &grant);
            liveIds.insert(grant.id);
        }
        QSet<QString> onRouter;
        int removed = 0;
        for (const routeros::HotspotUser &user : *users) {
            onRouter.insert(user.name);
            const qint64 grantId = RouterProfiles::grantIdFromComment(user.comment.value_or(QString()));
            if (grantId == 0 || liveIds.contains(grantId))
                continue;   // not Lango's, a voucher, or explained by a live grant
            ++removed;
            (void)api->revokeUser(user.name);
            models::Problem problem;
            problem.kind = models::ProblemKind::OrphanUserRemoved;
            problem.routerId = routerId;
            problem.message = tr("Router %1 had hotspot user %2 from grant %3, which is no longer valid; Lango removed it.")
                                  .arg(m_routers.nameOf(routerId), user.name).arg(grantId);
            (void)m_office.problems.record(problem);
            (void)m_office.audit.record({0, 0, 0, QStringLiteral("system"), QStringLiteral("router.orphan_removed"),
                                         QStringLiteral("grant"), grantId, problem.message});
        }
        int reprovisioned = 0;
        for (const models::Grant &grant : *live) {
            // Also grants never provisioned: their job may have given up
            // during a long outage; a paid customer is never left behind.
            if (onRouter.contains(grant.username) || grant.voucherId || grant.expiresAt <= m_office.clock().now())
                continue;
            auto open = m_office.jobs.hasOpenJob(models::JobKind::Provision, grant.id);
            if (!open || *open)
                continue;
            auto job = m_office.jobs.enqueueClaimed(models::JobKind::Provision, routerId, grant.id, m_options.worker);
            if (job) {
                ++reprovisioned;
                qCWarning(lcApp).noquote() << "grant" << grant.id << "user" << grant.username << "missing on router"
                                           << m_routers.nameOf(routerId) << ": provisioning again";
                Q_EMIT jobClaimed(*job);
            }
        }
        Q_EMIT routerReconciled(routerId, reprovisioned, removed);
    });
}

} // namespace lango::app
