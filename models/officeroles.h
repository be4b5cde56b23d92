#pragma once

#include "models/database.h"

#include <QCoreApplication>

namespace lango::models {

// Staff roles held by PostgreSQL (issue 15): the office's groups (admin,
// cashier, seller) with exactly the rights each needs, and one login role per
// staff member, so a seller's desk, CLI or psql can do no more than a seller
// may. Names are per database (two offices, or tests, share a cluster
// safely): lg_<first 8 hex of md5(database)>_<group>, and
// lg_<...>_u_<username> for a person (no username can name a group). SQLite has
// no roles: there the desk's sign-in is a convenience.
class OfficeRoles final
{
    Q_DECLARE_TR_FUNCTIONS(OfficeRoles)

public:
    enum class Kind { Owner, Admin, Cashier, Seller, None };

    struct Status
    {
        bool enforced = false;   // the groups exist and staff can have logins
        QString why;             // when not: what an admin can do about it
    };

    OfficeRoles() = delete;

    [[nodiscard]] static QString prefix(const QString &databaseName);
    [[nodiscard]] static QString loginRole(const QString &databaseName, const QString &username);

    // As the owner, makes the groups and their grants (idempotent); says
    // plainly when the owner may not create roles. SQLite: not enforced.
    [[nodiscard]] static Result<Status> ensure(const Database &db);
    // Who this connection is, as the database sees it.
    [[nodiscard]] static Result<Kind> currentKind(const Database &db);
    // Creates or changes a staff member's login and puts it in their
    // group; the password travels as a bound parameter. Returns the role.
    [[nodiscard]] static Result<QString> setLogin(const Database &db, qint64 staffId, const QString &password);
};

} // namespace lango::models
