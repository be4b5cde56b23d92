#pragma once

#include "app/core/error.h"
#include "models/auditlog.h"
#include "models/staffstore.h"

#include <QCoreApplication>

namespace lango::app {

class Office;

// Staff accounts as admins manage them, and signing in at a desk. Keeps
// one rule the store cannot see: an office with staff accounts always has
// an active admin, so nobody locks the office out. Every change is audited.
// Blocking database calls: run them on the desk's database thread.
class StaffAdmin final
{
    Q_DECLARE_TR_FUNCTIONS(StaffAdmin)

public:
    explicit StaffAdmin(Office &office);

    [[nodiscard]] Result<qint64> add(const models::StaffMember &member, const QString &password, const models::AuditEntry &who) const;
    [[nodiscard]] Result<void> update(const models::StaffMember &member, const models::AuditEntry &who) const;
    [[nodiscard]] Result<void> setPassword(qint64 id, const QString &password, const models::AuditEntry &who) const;
    // The member on success; the failure says only "wrong username or password".
    [[nodiscard]] Result<models::StaffMember> signIn(const QString &username, const QString &password) const;
    // Whether a desk must ask who is there (the office has staff accounts).
    [[nodiscard]] Result<bool> needsSignIn() const;

    static QString actorFor(const models::StaffMember &member) { return QStringLiteral("staff:") + member.username; }

private:
    Result<void> keepsAnAdmin(const models::StaffMember &changed) const;
    Result<void> setLogin(qint64 id, const QString &password) const;

    Office &m_office;
};

} // namespace lango::app
