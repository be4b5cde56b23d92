#include "app/staff/deskactions.h"

#include "app/core/office.h"
#include "models/timetext.h"
#include "models/units.h"
#include "models/kinds.h"

#include <QJsonObject>

namespace lango::app {

namespace {

constexpr qint64 kLongestExtension = 31 * 86400;

} // namespace

DeskActions::DeskActions(Office &office)
    : m_office(office)
{
}

models::AuditEntry DeskActions::entry(const models::AuditEntry &who, const QString &action, const QString &entity, qint64 id,
                                      const QString &detail)
{
    models::AuditEntry e = who;
    e.action = action;
    e.entity = entity;
    e.entityId = id;
    e.detail = detail;
    return e;
}

Result<void> DeskActions::auditAndCommit(models::Transaction &tx, const models::AuditEntry &entry) const
{
    if (auto audited = m_office.audit.record(entry); !audited)
        return fromModels(audited.error());
    if (auto committed = tx.commit(); !committed)
        return fromModels(committed.error());
    return {};
}

template <typename Store, typename Record>
Result<qint64> DeskActions::saveAudited(const Store &store, const Record &record, const QString &entity, const QString &detail,
                                        const models::AuditEntry &who) const
{
    models::Transaction tx(m_office.db());
    if (auto begun = tx.begin(); !begun)
        return fromModels(begun.error());
    qint64 id = record.id;
    if (id) {
        if (auto updated = store.update(record); !updated)
            return fromModels(updated.error());
    } else {
        auto added = store.add(record);
        if (!added)
            return fromModels(added.error());
        id = *added;
    }
    const QString action = entity + (record.id ? QStringLiteral(".edit") : QStringLiteral(".add"));
    if (auto done = auditAndCommit(tx, entry(who, action, entity, id, detail)); !done)
        return done.error();
    return id;
}

Result<void> DeskActions::recordOfficeKeyShown(const models::AuditEntry &who) const
{
    models::Transaction tx(m_office.db());
    if (auto begun = tx.begin(); !begun)
        return fromModels(begun.error());
    return auditAndCommit(tx, entry(who, QStringLiteral("office.key_shown"), QStringLiteral("office"), 0,
                                    tr("the office key was shown at a desk")));
}

Result<qint64> DeskActions::extendGrant(qint64 grantId, qint64 seconds, const models::AuditEntry &who) const
{
    if (seconds <= 0 || seconds > kLongestExtension)
        return Error{ErrorCode::BadInput, tr("Give between 1 minute and 31 days of extra time."), {}};
    models::Transaction tx(m_office.db());
    if (auto begun = tx.begin(); !begun)
        return fromModels(begun.error());
    auto grant = m_office.grants.byId(grantId);
    if (!grant)
        return fromModels(grant.error());
    auto extended = grant->isLive() ? m_office.grants.extendLive(grantId, seconds, grant->packageId)
                                    : models::Result<std::optional<qint64>>(std::optional<qint64>());
    if (!extended)
        return fromModels(extended.error());
    if (!extended->has_value())
        return Error{ErrorCode::Conflict, tr("This customer's access has already ended, so it cannot be extended. Sell them a new "
                                             "package instead."), {}};
    const qint64 expiresAt = **extended;
    // The provisioner makes the router's user and expiry entry match the grant.
    auto job = m_office.jobs.enqueue(models::JobKind::Provision, grant->routerId, grantId,
                                     QJsonObject{{QStringLiteral("reason"), QStringLiteral("extend")}});
    if (!job)
        return fromModels(job.error());
    if (auto done = auditAndCommit(tx, entry(who, QStringLiteral("grant.extend"), QStringLiteral("grant"), grantId,
                                             tr("%1 given %2 more, until %3")
                                                 .arg(grant->username, models::Units::humanDuration(seconds),
                                                      models::TimeText::dateTime(expiresAt)))); !done)
        return done.error();
    return expiresAt;
}

Result<void> DeskActions::disableGrant(qint64 grantId, const models::AuditEntry &who) const
{
    models::Transaction tx(m_office.db());
    if (auto begun = tx.begin(); !begun)
        return fromModels(begun.error());
    auto grant = m_office.grants.byId(grantId);
    if (!grant)
        return fromModels(grant.error());
    auto revoked = m_office.grants.revoke(grantId);
    if (!revoked)
        return fromModels(revoked.error());
    if (!*revoked || !grant->isLive())
        return Error{ErrorCode::Conflict, tr("This customer's access had already ended."), {}};
    if (auto expired = m_office.purchases.markExpired(grantId); !expired)
        return fromModels(expired.error());
    auto job = m_office.jobs.enqueue(models::JobKind::Expire, grant->routerId, grantId,
                                     QJsonObject{{QStringLiteral("username"), grant->username}});
    if (!job)
        return fromModels(job.error());
    if (auto done = auditAndCommit(tx, entry(who, QStringLiteral("grant.disable"), QStringLiteral("grant"), grantId,
                                             tr("%1 disabled before its time ended").arg(grant->username))); !done)
        return done.error();
    return {};
}

Result<void> DeskActions::recordKick(const QString &routerName, const QString &user, int kicked, const models::AuditEntry &who) const
{
    auto audited = m_office.audit.record(entry(who, QStringLiteral("session.kick"), QStringLiteral("router"), 0,
                                               tr("%1 kicked off router %2 (%3 sessions)").arg(user, routerName).arg(kicked)));
    if (!audited)
        return fromModels(audited.error());
    return {};
}

Result<QString> DeskActions::retryProblem(const models::Problem &problem, const models::AuditEntry &who) const
{
    if (problem.resolvedAt)
        return Error{ErrorCode::Conflict, tr("This problem is already resolved."), {}};
    if (!problem.purchaseId)
        return Error{ErrorCode::BadInput, tr("There is no router job behind this problem to retry. Act on it by hand (give "
                                             "access or refund), then mark it resolved."), {}};
    auto purchase = m_office.purchases.byId(problem.purchaseId);
    if (!purchase)
        return fromModels(purchase.error());
    if (!purchase->grantId)
        return Error{ErrorCode::BadInput, tr("Purchase %1 has no access yet, so there is no router job to retry. Check the "
                                             "payment, then give access by hand or refund.").arg(problem.purchaseId), {}};
    const QString kind = problem.kind == models::ProblemKind::ExpiryFailing ? models::JobKind::Expire : models::JobKind::Provision;
    auto job = m_office.jobs.latestFor(kind, purchase->grantId);
    if (!job)
        return fromModels(job.error());
    if (!job->has_value())
        return Error{ErrorCode::NotFound, tr("No router job was found for purchase %1.").arg(problem.purchaseId), {}};
    const models::Job &found = **job;
    if (found.state == QLatin1String("done"))
        return tr("Router job %1 has succeeded since: nothing to retry. Mark the problem resolved.").arg(found.id);
    if (found.state == QLatin1String("running"))
        return tr("Router job %1 is running right now. Check again in a minute.").arg(found.id);
    if (found.state == QLatin1String("queued"))
        return tr("Lango is still retrying router job %1 by itself; the next try is at %2.")
            .arg(found.id).arg(models::TimeText::dateTimeSeconds(found.runAt));
    models::Transaction tx(m_office.db());
    if (auto begun = tx.begin(); !begun)
        return fromModels(begun.error());
    if (auto retried = m_office.jobs.retry(found.id); !retried)
        return fromModels(retried.error());
    if (auto done = auditAndCommit(tx, entry(who, QStringLiteral("problem.retry"), QStringLiteral("problem"), problem.id,
                                             tr("router job %1 run again").arg(found.id))); !done)
        return done.error();
    return tr("Router job %1 runs again now. Once the customer is online, mark the problem resolved.").arg(found.id);
}

Result<void> DeskActions::resolveProblem(qint64 problemId, const QString &note, const models::AuditEntry &who) const
{
    const QString trimmed = note.trimmed();
    if (trimmed.isEmpty())
        return Error{ErrorCode::BadInput, tr("Write a short note saying what was done, for whoever reads this later."), {}};
    models::Transaction tx(m_office.db());
    if (auto begun = tx.begin(); !begun)
        return fromModels(begun.error());
    auto resolved = m_office.problems.resolve(problemId, who.actor, trimmed);
    if (!resolved)
        return fromModels(resolved.error());
    if (!*resolved)
        return Error{ErrorCode::Conflict, tr("Someone resolved this problem already."), {}};
    if (auto done = auditAndCommit(tx, entry(who, QStringLiteral("problem.resolve"), QStringLiteral("problem"), problemId, trimmed)); !done)
        return done.error();
    return {};
}

Result<qint64> DeskActions::savePackage(const models::Package &package, const models::AuditEntry &who) const
{
    return saveAudited(m_office.packages, package, QStringLiteral("package"),
                       tr("%1 at %2").arg(package.name, models::Units::formatMoney(package.priceCents)), who);
}

Result<models::PackageStore::Removal> DeskActions::removePackage(const models::Package &package, const models::AuditEntry &who) const
{
    models::Transaction tx(m_office.db());
    if (auto begun = tx.begin(); !begun)
        return fromModels(begun.error());
    auto removed = m_office.packages.remove(package.id);
    if (!removed)
        return fromModels(removed.error());
    const bool retired = *removed == models::PackageStore::Removal::Retired;
    if (auto done = auditAndCommit(tx, entry(who, retired ? QStringLiteral("package.retire") : QStringLiteral("package.remove"),
                                             QStringLiteral("package"), package.id, package.name)); !done)
        return done.error();
    return *removed;
}

Result<qint64> DeskActions::saveRouter(models::Router router, const QString &newPassword, const models::AuditEntry &who) const
{
    if (!newPassword.isEmpty()) {
        auto sealed = m_office.box().seal(newPassword);
        if (!sealed)
            return fromModels(sealed.error());
        router.apiPasswordSealed = *sealed;
    }
    return saveAudited(m_office.routers, router, QStringLiteral("router"),
                       QStringLiteral("%1 at %2:%3").arg(router.name, router.host).arg(router.port), who);
}

Result<void> DeskActions::removeRouter(const models::Router &router, const models::AuditEntry &who) const
{
    models::Transaction tx(m_office.db());
    if (auto begun = tx.begin(); !begun)
        return fromModels(begun.error());
    if (auto removed = m_office.routers.remove(router.id); !removed)
        return fromModels(removed.error());
    if (auto done = auditAndCommit(tx, entry(who, QStringLiteral("router.remove"), QStringLiteral("router"), router.id, router.name)); !done)
        return done.error();
    return {};
}

Result<void> DeskActions::setRetired(qint64 packageId, bool retired, const models::AuditEntry &who) const
{
    models::Transaction tx(m_office.db());
    if (auto begun = tx.begin(); !begun)
        return fromModels(begun.error());
    auto package = m_office.packages.byId(packageId);
    if (!package)
        return fromModels(package.error());
    if (package->retired == retired)
        return {};
    package->retired = retired;
    if (auto updated = m_office.packages.update(*package); !updated)
        return fromModels(updated.error());
    if (auto done = auditAndCommit(tx, entry(who, retired ? QStringLiteral("package.retire") : QStringLiteral("package.unretire"),
                                             QStringLiteral("package"), packageId, package->name)); !done)
        return done.error();
    return {};
}

} // namespace lango::app
