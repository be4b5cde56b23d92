#include "app/vouchers/voucherservice.h"

#include "app/core/office.h"
#include "app/staff/permissions.h"
#include "app/routers/routerdirectory.h"
#include "models/dbexecutor.h"
#include "models/units.h"
#include "routeros/sharedpromise.h"

#include <QHash>

namespace lango::app {

namespace {

Result<void> audit(Office &office, const VoucherActor &actor, const QString &action, const QString &entity, qint64 id,
                   const QString &detail)
{
    auto recorded = office.audit.record({0, 0, actor.staffId, actor.name, action, entity, id, detail});
    if (!recorded)
        return fromModels(recorded.error());
    return {};
}

} // namespace

VoucherService::VoucherService(Office &office, RouterDirectory &routers, models::DbExecutor &db, QObject *parent)
    : QObject(parent)
    , m_office(office)
    , m_routers(routers)
    , m_db(db)
{
}

Result<models::Role> VoucherService::roleOf(Office &office, const VoucherActor &actor)
{
    if (actor.staffId <= 0)
        return models::Role::Admin;
    auto member = office.staff.byId(actor.staffId);
    if (!member)
        return fromModels(member.error());
    if (!member->active)
        return Error{ErrorCode::Unauthorized, tr("This staff account is disabled. Ask an admin."), {}};
    return member->role;
}

Result<void> VoucherService::checkMayGenerate(Office &office, const GenerateRequest &request, const VoucherActor &actor)
{
    auto role = roleOf(office, actor);
    if (!role)
        return role.error();
    if (!Permissions::allows(*role, Permission::GenerateVouchers))
        return Error{ErrorCode::Unauthorized, Permissions::refusal(), {}};
    if (*role == models::Role::Seller) {
        if (request.sellerId != actor.staffId)
            return Error{ErrorCode::Unauthorized, tr("A seller makes vouchers for themselves only: choose yourself as the seller."), {}};
        // The price is what the office counts the seller's cash against.
        auto package = office.packages.byId(request.packageId);
        if (!package)
            return fromModels(package.error());
        if (request.priceCents && *request.priceCents != package->priceCents)
            return Error{ErrorCode::Unauthorized,
                         tr("A seller's vouchers cost the package's price, %1. Ask an admin for another price.")
                             .arg(models::Units::formatMoney(package->priceCents)),
                         {}};
    }
    return {};
}

Result<void> VoucherService::checkMaySell(Office &office, const QStringList &codes, const VoucherActor &actor)
{
    auto role = roleOf(office, actor);
    if (!role)
        return role.error();
    if (*role != models::Role::Seller)
        return {};
    // A seller: every code must be from a batch given to them.
    QHash<qint64, qint64> sellerOfBatch;
    int others = 0;
    for (const QString &code : codes) {
        auto voucher = office.vouchers.byCode(code);
        if (!voucher)
            return fromModels(voucher.error());
        auto seller = sellerOfBatch.constFind(voucher->batchId);
        if (seller == sellerOfBatch.constEnd()) {
            auto batch = office.vouchers.batch(voucher->batchId);
            if (!batch)
                return fromModels(batch.error());
            seller = sellerOfBatch.insert(voucher->batchId, batch->sellerId);
        }
        if (*seller != actor.staffId)
            ++others;
    }
    if (others > 0)
        return Error{ErrorCode::Unauthorized,
                     tr("Not yours: %n of the chosen voucher(s), from another seller's batch. A seller marks only their own "
                        "vouchers sold; nothing was marked.", nullptr, others),
                     {}};
    return {};
}

QFuture<Result<qint64>> VoucherService::generate(const GenerateRequest &request, const VoucherActor &actor)
{
    Office &office = m_office;
    return m_db.run([&office, request, actor]() -> Result<qint64> {
        if (auto allowed = checkMayGenerate(office, request, actor); !allowed)
            return allowed.error();
        return VoucherIssuer::issue(office, request, actor);
    });
}

VoucherPush *VoucherService::push(qint64 batchId, QObject *parent)
{
    return new VoucherPush(m_office, m_routers, m_db, batchId, parent ? parent : this);
}

QFuture<Result<VoucherSyncReport>> VoucherService::syncFromRouter(qint64 routerId)
{
    return VoucherSync::run(m_office, m_routers, m_db, routerId, this);
}

void VoucherService::syncEach(const QList<qint64> &routerIds, std::function<void(QStringList, int)> done)
{
    // One router after the other; a router that cannot be read is a problem
    // to report, not a reason to stop.
    struct State
    {
        QStringList problems;
        int removed = 0;
        std::function<void(int)> step;
    };
    auto state = std::make_shared<State>();
    state->step = [this, routerIds, done, state](int index) {
        if (index >= routerIds.size()) {
            done(state->problems, state->removed);
            state->step = nullptr;   // breaks the cycle
            return;
        }
        const qint64 routerId = routerIds.at(index);
        syncFromRouter(routerId).then(this, [this, state, index, routerId](Result<VoucherSyncReport> synced) {
            if (synced)
                state->removed += synced->removed;
            else
                state->problems << tr("Router %1: %2").arg(m_routers.nameOf(routerId), synced.error().message);
            state->step(index + 1);
        });
    };
    state->step(0);
}

Result<int> VoucherService::retireInDatabase(Office &office, qint64 batchId, const VoucherActor &actor)
{
    models::Transaction tx(office.db());
    if (auto begun = tx.begin(); !begun)
        return fromModels(begun.error());
    auto retired = office.vouchers.retireBatch(batchId);
    if (!retired)
        return fromModels(retired.error());
    const int count = int(retired->size());
    if (auto audited = audit(office, actor, QStringLiteral("voucher.retire"), QStringLiteral("voucher_batch"), batchId,
                             tr("%n voucher(s) retired", nullptr, count)); !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return fromModels(committed.error());
    return count;
}

QFuture<Result<VoucherRetireReport>> VoucherService::retire(qint64 batchId, const VoucherActor &actor)
{
    routeros::SharedPromise<Result<VoucherRetireReport>> promise;
    Office &office = m_office;
    m_db.run([&office, batchId, actor]() -> Result<QList<qint64>> {
            // Checked here, not only by hiding the button: a seller cannot
            // retire stock, theirs or anyone's.
            auto role = roleOf(office, actor);
            if (!role)
                return role.error();
            if (!Permissions::allows(*role, Permission::ManageVouchers))
                return Error{ErrorCode::Unauthorized, Permissions::refusal(), {}};
            auto routers = office.vouchers.routersOf(batchId);
            if (!routers)
                return fromModels(routers.error());
            return *routers;
        })
        .then(this, [this, promise, batchId, actor](Result<QList<qint64>> routers) {
            if (!routers) {
                promise.finish(routers.error());
                return;
            }
            const QList<qint64> routerIds = *routers;
            // 1. Learn what was used a moment ago, so it is not retired;
            syncEach(routerIds, [this, promise, batchId, actor, routerIds](QStringList, int) {
                Office &office = m_office;
                // 2. retire the unused ones in the database;
                m_db.run([&office, batchId, actor] { return retireInDatabase(office, batchId, actor); })
                    .then(this, [this, promise, routerIds](Result<int> retired) {
                        if (!retired) {
                            promise.finish(retired.error());
                            return;
                        }
                        // 3. and take them off the routers: a sync removes retired copies.
                        const int count = *retired;
                        syncEach(routerIds, [promise, count](QStringList problems, int removed) {
                            VoucherRetireReport report;
                            report.retired = count;
                            report.removed = removed;
                            report.problems = problems;
                            promise.finish(report);
                        });
                    });
            });
        });
    return promise.future();
}

QFuture<Result<models::Voucher>> VoucherService::sell(const QString &code, const VoucherActor &actor)
{
    Office &office = m_office;
    return m_db.run([&office, code, actor]() -> Result<models::Voucher> {
        if (auto allowed = checkMaySell(office, {code}, actor); !allowed)
            return allowed.error();
        models::Transaction tx(office.db());
        if (auto begun = tx.begin(); !begun)
            return fromModels(begun.error());
        auto sold = office.vouchers.markSold(code, actor.staffId);
        if (!sold)
            return fromModels(sold.error());
        if (auto audited = audit(office, actor, QStringLiteral("voucher.sell"), QStringLiteral("voucher"), sold->id,
                                 tr("sold from batch %1").arg(sold->batchId)); !audited)
            return audited.error();
        if (auto committed = tx.commit(); !committed)
            return fromModels(committed.error());
        return *sold;
    });
}

QFuture<Result<int>> VoucherService::sellAll(const QStringList &codes, const VoucherActor &actor)
{
    Office &office = m_office;
    return m_db.run([&office, codes, actor]() -> Result<int> {
        if (auto allowed = checkMaySell(office, codes, actor); !allowed)
            return allowed.error();
        models::Transaction tx(office.db());
        if (auto begun = tx.begin(); !begun)
            return fromModels(begun.error());
        int sold = 0;
        for (const QString &code : codes) {
            auto voucher = office.vouchers.markSold(code, actor.staffId);
            if (!voucher && voucher.error().code != models::ErrorCode::Conflict && voucher.error().code != models::ErrorCode::Invalid)
                return fromModels(voucher.error());
            if (!voucher)
                continue;
            ++sold;
            if (auto audited = audit(office, actor, QStringLiteral("voucher.sell"), QStringLiteral("voucher"), voucher->id,
                                     tr("sold from batch %1").arg(voucher->batchId)); !audited)
                return audited.error();
        }
        if (auto committed = tx.commit(); !committed)
            return fromModels(committed.error());
        return sold;
    });
}

QFuture<Result<void>> VoucherService::recordPrint(qint64 batchId, int cards, const VoucherActor &actor)
{
    Office &office = m_office;
    return m_db.run([&office, batchId, cards, actor] {
        return audit(office, actor, QStringLiteral("voucher.print"), QStringLiteral("voucher_batch"), batchId,
                     tr("%n card(s) printed", nullptr, cards));
    });
}

} // namespace lango::app
