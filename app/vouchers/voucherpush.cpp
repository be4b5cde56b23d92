#include "app/vouchers/voucherpush.h"

#include "app/core/logging.h"
#include "app/core/office.h"
#include "app/routers/routerdirectory.h"
#include "app/routers/routerprofiles.h"
#include "models/dbexecutor.h"
#include "routeros/hotspotapi.h"
#include "routeros/sharedpromise.h"
#include "models/kinds.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace lango::app {

namespace {

// More "already exists" answers than this are checked with one full user
// list instead of one look-up each.
constexpr int kLookupLimit = 64;

// Router errors usually name their router already ("Router r1 refused the
// connection..."): say the name once.
QString aboutRouter(const QString &routerName, const QString &message)
{
    return message.contains(routerName) ? message : VoucherPush::tr("Router %1: %2").arg(routerName, message);
}

VoucherPush::Plan loadPlan(Office &office, qint64 batchId)
{
    VoucherPush::Plan plan;
    auto batch = office.vouchers.batch(batchId);
    if (!batch) {
        plan.package = fromModels(batch.error());
        return plan;
    }
    if (batch->isRetired()) {
        plan.package = Error{ErrorCode::BadInput,
                             VoucherPush::tr("Batch %1 is retired: its vouchers are not put on routers any more.").arg(batchId), {}};
        return plan;
    }
    auto package = office.packages.byId(batch->packageId);
    auto routers = office.routers.list();
    if (!package || !routers) {
        plan.package = fromModels(!package ? package.error() : routers.error());
        return plan;
    }
    const QString comment = RouterProfiles::voucherComment(batchId);
    for (const models::Router &router : *routers) {
        const bool wanted = batch->routerId ? router.id == batch->routerId : router.enabled && package->soldOn(router.id);
        if (!wanted)
            continue;
        auto vouchers = office.vouchers.unpushed(batchId, router.id);
        if (!vouchers) {
            plan.package = fromModels(vouchers.error());
            return plan;
        }
        VoucherPush::Target target;
        target.routerId = router.id;
        target.routerName = router.name;
        for (const models::Voucher &v : *vouchers) {
            QString password = v.code;
            if (!v.pinSealed.isEmpty()) {
                auto pin = office.box().open(v.pinSealed);
                if (!pin) {
                    plan.package = fromModels(pin.error());
                    return plan;
                }
                password = *pin;
            }
            target.users << RouterProfiles::userFor(*package, router.hotspotServer, v.code, password, comment);
            target.voucherIds.insert(v.code, v.id);
        }
        plan.targets << target;
    }
    if (batch->routerId && plan.targets.isEmpty()) {
        plan.package = Error{ErrorCode::NotFound, VoucherPush::tr("The router of batch %1 no longer exists.").arg(batchId), {}};
        return plan;
    }
    plan.package = *package;
    return plan;
}

// Which of `names` exist on the router with `comment`: a look-up each for a
// few, one full list for many.
QFuture<routeros::Result<QSet<QString>>> ownedByBatch(routeros::HotspotApi *api, const QStringList &names, const QString &comment)
{
    using Owned = routeros::Result<QSet<QString>>;
    if (!api) {
        routeros::SharedPromise<Owned> gone;
        gone.finish(routeros::Error{routeros::ErrorCode::UnknownRouter,
                                    VoucherPush::tr("The router was removed from Lango during the push."), {}});
        return gone.future();
    }
    if (names.size() > kLookupLimit) {
        return api->users().then([names, comment](routeros::Result<QList<routeros::HotspotUser>> users) -> Owned {
            if (!users)
                return users.error();
            const QSet<QString> wanted(names.cbegin(), names.cend());
            QSet<QString> owned;
            for (const routeros::HotspotUser &u : *users) {
                if (wanted.contains(u.name) && u.comment.value_or(QString()) == comment)
                    owned.insert(u.name);
            }
            return owned;
        });
    }
    struct State
    {
        int left = 0;
        QSet<QString> owned;
        std::optional<routeros::Error> error;
    };
    auto state = std::make_shared<State>();
    state->left = int(names.size());
    routeros::SharedPromise<Owned> promise;
    for (const QString &name : names) {
        api->findUser(name).then([state, promise, name, comment](routeros::Result<std::optional<routeros::HotspotUser>> found) {
            if (!found && !state->error)
                state->error = found.error();
            else if (found && *found && (*found)->comment.value_or(QString()) == comment)
                state->owned.insert(name);
            if (--state->left == 0)
                promise.finish(state->error ? Owned(*state->error) : Owned(state->owned));
        });
    }
    return promise.future();
}

} // namespace

VoucherPush::VoucherPush(Office &office, RouterDirectory &routers, models::DbExecutor &db, qint64 batchId, QObject *parent)
    : QObject(parent)
    , m_office(office)
    , m_routers(routers)
    , m_db(db)
{
    m_report.batchId = batchId;
}

void VoucherPush::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_office.kind() == models::OfficeRoles::Kind::Seller) {
        startOnServer();
        return;
    }
    Office &office = m_office;
    const qint64 batchId = m_report.batchId;
    m_db.run([&office, batchId] { return loadPlan(office, batchId); }).then(this, [this](const Plan &plan) { onPlan(plan); });
}

void VoucherPush::startOnServer()
{
    Office &office = m_office;
    const qint64 batchId = m_report.batchId;
    m_db.run([&office, batchId]() -> Result<qint64> {
        // One job per batch while it runs: asking twice does not push twice.
        auto open = office.jobs.openWith(models::JobKind::VoucherPush, QJsonObject{{QStringLiteral("batch_id"), batchId}});
        if (!open)
            return fromModels(open.error());
        if (open->has_value())
            return **open;
        auto batch = office.vouchers.batch(batchId);
        if (!batch)
            return fromModels(batch.error());
        auto job = office.jobs.enqueue(models::JobKind::VoucherPush, batch->routerId, 0,
                                       QJsonObject{{QStringLiteral("batch_id"), batchId}});
        if (!job)
            return fromModels(job.error());
        return *job;
    }).then(this, [this](Result<qint64> job) {
        if (!job) {
            m_report.error = job.error();
            finish();
            return;
        }
        followServer(*job);
    });
}

void VoucherPush::followServer(qint64 jobId)
{
    struct Seen
    {
        models::Result<models::Job> job;
        int total = 0;
        int pushed = 0;
    };
    m_follow = new QTimer(this);
    m_follow->setInterval(1000);
    Office &office = m_office;
    const qint64 batchId = m_report.batchId;
    connect(m_follow, &QTimer::timeout, this, [this, &office, batchId, jobId] {
        m_db.run([&office, batchId, jobId] {
            Seen seen{office.jobs.byId(jobId), 0, 0};
            if (auto batch = office.vouchers.batch(batchId)) {
                seen.total = batch->count;
                seen.pushed = batch->pushed;
            }
            return seen;
        }).then(this, [this](const Seen &seen) {
            if (!m_follow)
                return;
            m_report.total = seen.total;
            m_report.added = seen.pushed;
            Q_EMIT progressed(seen.pushed, seen.total);
            if (!seen.job)
                return;   // asked again at the next tick
            if (seen.job->state == QLatin1String("done") || seen.job->state == QLatin1String("failed")
                || (m_cancelled && seen.job->state == QLatin1String("queued"))) {
                if (seen.job->state == QLatin1String("failed"))
                    m_report.problems << tr("The office server could not put the vouchers on the router: %1").arg(seen.job->lastError);
                m_report.failed = seen.total - seen.pushed;
                delete std::exchange(m_follow, nullptr);
                finish();
            }
        });
    });
    m_follow->start();
}

void VoucherPush::cancel()
{
    m_cancelled = true;
    if (m_pusher)
        m_pusher->cancel();
}

void VoucherPush::onPlan(const Plan &plan)
{
    if (!plan.package) {
        m_report.error = plan.package.error();
        finish();
        return;
    }
    m_package = *plan.package;
    m_targets = plan.targets;
    for (const Target &target : m_targets)
        m_report.total += int(target.users.size());
    Q_EMIT progressed(0, m_report.total);
    nextTarget();
}

void VoucherPush::nextTarget()
{
    if (m_targets.isEmpty() || m_cancelled) {
        finish();
        return;
    }
    const Target target = m_targets.takeFirst();
    if (target.users.isEmpty()) {
        nextTarget();
        return;
    }
    routeros::HotspotApi *api = m_routers.hotspot(target.routerId);
    if (!api) {
        failTarget(target, m_routers.unknownRouter(target.routerId).message);
        return;
    }
    // The profile first: users whose profile is missing would be refused.
    api->ensureProfile(RouterProfiles::profileFor(m_package)).then(this, [this, target](routeros::Result<routeros::EnsureOutcome> ensured) {
        if (!ensured) {
            failTarget(target, aboutRouter(target.routerName, ensured.error().message));
            return;
        }
        pushTarget(target);
    });
}

void VoucherPush::pushTarget(const Target &target)
{
    routeros::HotspotApi *api = m_routers.hotspot(target.routerId);
    if (!api || m_cancelled) {
        failTarget(target, api ? QString() : m_routers.unknownRouter(target.routerId).message);
        return;
    }
    m_pusher = api->addUsers(target.users, this);
    m_pusher->setMaxInFlight(m_maxInFlight);
    connect(m_pusher, &routeros::UserPusher::progressed, this, [this](int done, int) {
        Q_EMIT progressed(m_doneBefore + done, m_report.total);
    });
    connect(m_pusher, &routeros::UserPusher::finished, this, [this, target](const routeros::PushReport &report) {
        m_pusher->deleteLater();
        onPushed(target, report);
    });
    m_pusher->start();
}

void VoucherPush::onPushed(const Target &target, const routeros::PushReport &report)
{
    QList<qint64> ids;
    QSet<QString> unsent;
    for (const auto &user : target.users)
        unsent.insert(user.name);
    for (const auto &failure : report.failures)
        unsent.remove(failure.first);
    for (const QString &name : report.existing)
        unsent.remove(name);
    if (!report.failures.isEmpty())
        m_report.problems << tr("Router %1: %n voucher(s) not added: %2", nullptr, int(report.failures.size()))
                                 .arg(target.routerName, report.failures.first().second.message);
    // What is left was added (or never sent after a cancel: in neither list).
    const int notSent = report.total - report.added - report.existed - int(report.failures.size());
    if (notSent == 0) {
        for (const QString &name : std::as_const(unsent))
            ids << target.voucherIds.value(name);
    } else {
        // A cancelled push: the added ones are not listed by name, so ask the router.
        QStringList candidates(unsent.cbegin(), unsent.cend());
        candidates += report.existing;
        ownedByBatch(m_routers.hotspot(target.routerId), candidates, RouterProfiles::voucherComment(m_report.batchId))
            .then(this, [this, target, report](routeros::Result<QSet<QString>> owned) {
                QList<qint64> present;
                if (owned) {
                    for (const QString &name : *owned)
                        present << target.voucherIds.value(name);
                    m_report.added += report.added;
                    m_report.existed += int(present.size()) - report.added;
                }
                record(target, present, int(report.failures.size()));
            });
        return;
    }
    m_report.added += report.added;
    if (report.existing.isEmpty()) {
        record(target, ids, int(report.failures.size()));
        return;
    }
    // "Already exists" is ours only when the user carries this batch's comment.
    ownedByBatch(m_routers.hotspot(target.routerId), report.existing, RouterProfiles::voucherComment(m_report.batchId))
        .then(this, [this, target, report, ids](routeros::Result<QSet<QString>> owned) mutable {
            int failed = int(report.failures.size());
            if (!owned) {
                failed += int(report.existing.size());
                m_report.problems << aboutRouter(target.routerName, owned.error().message);
            } else {
                for (const QString &name : *owned)
                    ids << target.voucherIds.value(name);
                m_report.existed += int(owned->size());
                const int clashes = int(report.existing.size() - owned->size());
                if (clashes > 0) {
                    failed += clashes;
                    m_report.problems << tr("Router %1 has %n other user(s) with the same name as a voucher; "
                                            "retire this batch and make a new one.", nullptr, clashes).arg(target.routerName);
                }
            }
            record(target, ids, failed);
        });
}

void VoucherPush::record(const Target &target, const QList<qint64> &ids, int failed)
{
    m_report.failed += failed;
    m_doneBefore += int(target.users.size());
    Office &office = m_office;
    const qint64 routerId = target.routerId;
    m_db.run([&office, routerId, ids] { return office.vouchers.markPushed(routerId, ids); })
        .then(this, [this, target](models::Result<void> marked) {
            if (!marked)
                m_report.problems << tr("Router %1: the vouchers are on the router but could not be marked: %2")
                                         .arg(target.routerName, marked.error().message);
            nextTarget();
        });
}

void VoucherPush::failTarget(const Target &target, const QString &problem)
{
    if (!problem.isEmpty())
        m_report.problems << problem;
    if (!m_cancelled)
        m_report.failed += int(target.users.size());
    m_doneBefore += int(target.users.size());
    Q_EMIT progressed(m_doneBefore, m_report.total);
    nextTarget();
}

void VoucherPush::finish()
{
    m_report.cancelled = m_cancelled;
    qCDebug(lcApp).noquote() << "voucher batch" << m_report.batchId << "push:" << m_report.added << "added," << m_report.existed
                            << "already there," << m_report.failed << "failed" << (m_cancelled ? "(cancelled)" : "");
    Q_EMIT finished(m_report);
}

} // namespace lango::app
