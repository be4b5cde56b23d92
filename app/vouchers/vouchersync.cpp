#include "app/vouchers/vouchersync.h"

#include "app/routers/grantfactory.h"

#include "app/core/logging.h"
#include "app/core/office.h"
#include "app/routers/routerdirectory.h"
#include "app/routers/routerprofiles.h"
#include "models/dbexecutor.h"
#include "routeros/apiconnection.h"
#include "routeros/hotspotapi.h"
#include "routeros/hotspotscripts.h"
#include "routeros/systemapi.h"

namespace lango::app {

namespace {

// Ids per remove command: short words, few round trips.
constexpr int kRemoveChunk = 200;

VoucherSync::Loaded load(Office &office, qint64 routerId)
{
    VoucherSync::Loaded loaded;
    loaded.vouchers = office.vouchers.onRouter(routerId);
    auto packages = office.packages.list(true);
    if (!packages)
        loaded.error = packages.error();
    else
        for (const models::Package &p : *packages)
            loaded.packages.insert(p.id, p);
    return loaded;
}

// Writes the plan in one transaction; returns the grants created.
Result<int> applyPlan(Office &office, qint64 routerId, const VoucherUsagePlan &plan, const QList<qint64> &gone,
                      const QHash<qint64, models::Voucher> &byId)
{
    models::Transaction tx(office.db());
    if (auto begun = tx.begin(); !begun)
        return fromModels(begun.error());
    if (auto applied = office.vouchers.applyUsage(plan.updates); !applied)
        return fromModels(applied.error());
    if (auto unmarked = office.vouchers.unmarkPushed(routerId, gone); !unmarked)
        return fromModels(unmarked.error());
    const GrantFactory grants(office);
    int created = 0;
    for (const models::VoucherUsage &usage : plan.firstSeenInUse) {
        // A savepoint: a grant already made (another desk's sync) is no error.
        models::Transaction one(office.db());
        if (auto begun = one.begin(); !begun)
            return fromModels(begun.error());
        auto id = grants.forVoucher(byId.value(usage.voucherId), usage, routerId);
        if (!id)
            return id.error();
        if (!id->has_value()) {
            one.rollback();
            continue;
        }
        if (auto committed = one.commit(); !committed)
            return fromModels(committed.error());
        ++created;
    }
    if (auto committed = tx.commit(); !committed)
        return fromModels(committed.error());
    return created;
}

} // namespace

QFuture<Result<VoucherSyncReport>> VoucherSync::run(Office &office, RouterDirectory &routers, models::DbExecutor &db,
                                                    qint64 routerId, QObject *parent)
{
    auto *sync = new VoucherSync(office, routers, db, routerId, parent);
    QFuture<Result<VoucherSyncReport>> future = sync->m_promise.future();
    sync->start();
    return future;
}

VoucherSync::VoucherSync(Office &office, RouterDirectory &routers, models::DbExecutor &db, qint64 routerId, QObject *parent)
    : QObject(parent)
    , m_office(office)
    , m_routers(routers)
    , m_db(db)
{
    m_report.routerId = routerId;
    m_report.routerName = routers.nameOf(routerId);
}

void VoucherSync::start()
{
    if (!m_routers.hotspot(m_report.routerId) || !m_routers.system(m_report.routerId)) {
        finish(m_routers.unknownRouter(m_report.routerId));
        return;
    }
    Office &office = m_office;
    const qint64 routerId = m_report.routerId;
    m_db.run([&office, routerId] { return load(office, routerId); }).then(this, [this](const Loaded &loaded) {
        if (!loaded.vouchers || loaded.error) {
            finish(fromModels(loaded.error ? *loaded.error : loaded.vouchers.error()));
            return;
        }
        m_vouchers = *loaded.vouchers;
        m_packages = loaded.packages;
        m_report.onRouter = int(m_vouchers.size());
        readRouter();
    });
}

void VoucherSync::readRouter()
{
    routeros::HotspotApi *hotspot = m_routers.hotspot(m_report.routerId);
    routeros::SystemApi *system = m_routers.system(m_report.routerId);
    m_reads = 4;   // all four are pipelined on the one connection
    auto failed = [this](const routeros::Error &error) {
        if (!m_readError)
            m_readError = fromRouteros(error);
    };
    hotspot->users().then(this, [this, failed](routeros::Result<QList<routeros::HotspotUser>> users) {
        if (!users)
            failed(users.error());
        else
            for (const routeros::HotspotUser &u : *users)
                if (RouterProfiles::isVoucherComment(u.comment.value_or(QString())))
                    m_view.users.insert(u.name, u);
        onRouterRead();
    });
    system->schedulers(routeros::HotspotScripts::ExpirePrefix.toString()).then(this, [this, failed](routeros::Result<QList<routeros::SchedulerEntry>> entries) {
        if (!entries)
            failed(entries.error());
        else
            for (const routeros::SchedulerEntry &e : *entries)
                m_view.expiries.insert(e.name.mid(routeros::HotspotScripts::ExpirePrefix.size()), e);
        onRouterRead();
    });
    hotspot->activeSessions().then(this, [this, failed](routeros::Result<QList<routeros::ActiveSession>> sessions) {
        if (!sessions)
            failed(sessions.error());
        else
            for (const routeros::ActiveSession &s : *sessions)
                m_view.sessionMacs.insert(s.user, s.macAddress);
        onRouterRead();
    });
    system->clock().then(this, [this, failed](routeros::Result<routeros::RouterClock> clock) {
        if (!clock)
            failed(clock.error());
        else
            m_view.skewSeconds = clock->skewSeconds;
        onRouterRead();
    });
}

void VoucherSync::onRouterRead()
{
    if (--m_reads > 0)
        return;
    if (m_readError) {
        finish(*m_readError);
        return;
    }
    m_plan = VoucherUsagePlanner::plan(m_vouchers, m_view, m_packages, m_report.routerId, m_office.clock().now());
    m_report.inUse = m_plan.inUse;
    m_report.newlyInUse = int(m_plan.firstSeenInUse.size());
    m_report.expired = m_plan.expired;
    m_report.vanished = m_plan.vanished;
    removeCopies();
}

void VoucherSync::removeCopies()
{
    QHash<QString, qint64> idOfCode;
    for (const models::Voucher &v : std::as_const(m_vouchers))
        idOfCode.insert(v.code, v.id);
    // Users with a live session or expiry entry are revoked (sessions, cookies
    // and entry go too); untouched ones go with one remove per chunk.
    QStringList plainIds;
    QList<qint64> plainVouchers;
    QStringList revoke;
    for (const QString &name : std::as_const(m_plan.removeNames)) {
        if (m_view.sessionMacs.contains(name) || m_view.expiries.contains(name)) {
            revoke << name;
        } else {
            plainIds << m_view.users.value(name).id;
            plainVouchers << idOfCode.value(name);
        }
    }
    if (revoke.isEmpty() && plainIds.isEmpty()) {
        apply({});
        return;
    }
    struct State
    {
        int left = 0;
        QList<qint64> removed;
    };
    auto state = std::make_shared<State>();
    const auto done = [this, state] {
        if (--state->left == 0) {
            m_report.removed = int(state->removed.size());
            apply(state->removed);
        }
    };
    routeros::HotspotApi *hotspot = m_routers.hotspot(m_report.routerId);
    routeros::ApiConnection *connection = m_routers.connection(m_report.routerId);
    for (qsizetype i = 0; i < plainIds.size(); i += kRemoveChunk) {
        ++state->left;
        const QList<qint64> chunkVouchers = plainVouchers.mid(i, kRemoveChunk);
        routeros::Command remove(u"/ip/hotspot/user/remove");
        remove.attr(u"numbers", plainIds.mid(i, kRemoveChunk).join(QLatin1Char(',')));
        connection->request(remove).then(this, [state, chunkVouchers, done](routeros::Result<routeros::Reply> reply) {
            if (reply)
                state->removed += chunkVouchers;
            done();
        });
    }
    for (const QString &name : std::as_const(revoke)) {
        ++state->left;
        const qint64 voucherId = idOfCode.value(name);
        hotspot->revokeUser(name).then(this, [state, voucherId, done](routeros::Result<void> revoked) {
            if (revoked)
                state->removed << voucherId;
            done();
        });
    }
}

void VoucherSync::apply(const QList<qint64> &removedIds)
{
    QHash<qint64, models::Voucher> byId;
    for (const models::Voucher &v : std::as_const(m_vouchers))
        byId.insert(v.id, v);
    Office &office = m_office;
    const qint64 routerId = m_report.routerId;
    const VoucherUsagePlan plan = m_plan;
    const QList<qint64> gone = m_plan.goneIds + removedIds;
    m_db.run([&office, routerId, plan, gone, byId] { return applyPlan(office, routerId, plan, gone, byId); })
        .then(this, [this](Result<int> created) {
            if (!created) {
                finish(created.error());
                return;
            }
            m_report.grantsCreated = *created;
            finish(m_report);
        });
}

void VoucherSync::finish(const Result<VoucherSyncReport> &result)
{
    if (result && (result->newlyInUse || result->expired || result->removed))
        qCInfo(lcApp).noquote() << "vouchers on router" << result->routerName << ":" << result->newlyInUse << "newly in use,"
                                << result->expired << "expired," << result->removed << "removed";
    else if (!result)
        qCWarning(lcApp).noquote() << "voucher read-back from router" << m_report.routerName << "failed:" << result.error().message;
    m_promise.finish(result);
    deleteLater();
}

} // namespace lango::app
