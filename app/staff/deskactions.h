#pragma once

#include "app/core/error.h"
#include "models/auditlog.h"
#include "models/database.h"
#include "models/package.h"
#include "models/packagestore.h"
#include "models/purchase.h"
#include "models/router.h"

#include <QCoreApplication>

namespace lango::app {

class Office;

// What staff do to customers and payments from a desk, each one unit of
// work: the change, the router job it needs (outbox) and the audit entry
// commit together or not at all. Blocking database calls: run them on the
// desk's database thread. `who` is the desk's audit template (actor, staff
// id); action, entity and detail are filled in here.
class DeskActions final
{
    Q_DECLARE_TR_FUNCTIONS(DeskActions)

public:
    explicit DeskActions(Office &office);

    // Adds time to a live grant and queues a "provision" job that moves the
    // router's expiry to match. Returns the new expiry.
    // Showing the office key is recorded before the key is shown.
    [[nodiscard]] Result<void> recordOfficeKeyShown(const models::AuditEntry &who) const;
    [[nodiscard]] Result<qint64> extendGrant(qint64 grantId, qint64 seconds, const models::AuditEntry &who) const;
    // Ends a live grant now and queues an "expire" job that removes the
    // hotspot user, its sessions and cookies from the router.
    [[nodiscard]] Result<void> disableGrant(qint64 grantId, const models::AuditEntry &who) const;
    // Records that staff kicked a user's sessions (the kick itself is router
    // work done by the services).
    [[nodiscard]] Result<void> recordKick(const QString &routerName, const QString &user, int kicked,
                                          const models::AuditEntry &who) const;

    // Runs the failed router job behind a problem again. Returns a sentence
    // for staff saying what happens next.
    [[nodiscard]] Result<QString> retryProblem(const models::Problem &problem, const models::AuditEntry &who) const;
    [[nodiscard]] Result<void> resolveProblem(qint64 problemId, const QString &note, const models::AuditEntry &who) const;

    // Adds a package (id 0) or saves an edited one, with its audit entry.
    // Returns its id.
    [[nodiscard]] Result<qint64> savePackage(const models::Package &package, const models::AuditEntry &who) const;
    // Deletes a package never sold, retires one that was (history kept).
    [[nodiscard]] Result<models::PackageStore::Removal> removePackage(const models::Package &package,
                                                                      const models::AuditEntry &who) const;

    // Adds a router (id 0) or saves an edited one; a non-empty password is
    // sealed under the office key first. Returns its id.
    [[nodiscard]] Result<qint64> saveRouter(models::Router router, const QString &newPassword, const models::AuditEntry &who) const;
    // Removes a router without sales history (the store refuses others).
    [[nodiscard]] Result<void> removeRouter(const models::Router &router, const models::AuditEntry &who) const;

    // Takes a package off sale (or puts it back) without touching its history.
    [[nodiscard]] Result<void> setRetired(qint64 packageId, bool retired, const models::AuditEntry &who) const;

private:
    // The last step of every change: its audit entry, then the commit, so
    // the two land together or not at all.
    [[nodiscard]] Result<void> auditAndCommit(models::Transaction &tx, const models::AuditEntry &entry) const;
    static models::AuditEntry entry(const models::AuditEntry &who, const QString &action, const QString &entity, qint64 id,
                                    const QString &detail);
    // Adds a record (id 0) or updates it, audited as "<entity>.add" or
    // "<entity>.edit", in one transaction; the record's id.
    template <typename Store, typename Record>
    [[nodiscard]] Result<qint64> saveAudited(const Store &store, const Record &record, const QString &entity, const QString &detail,
                                             const models::AuditEntry &who) const;

    Office &m_office;
};

} // namespace lango::app
