#include "app/staff/staffadmin.h"

#include "app/core/office.h"
#include "models/stafftablemodel.h"

namespace lango::app {

namespace {

models::AuditEntry entry(const models::AuditEntry &who, const QString &action, qint64 id, const QString &detail)
{
    models::AuditEntry e = who;
    e.action = action;
    e.entity = QStringLiteral("staff");
    e.entityId = id;
    e.detail = detail;
    return e;
}

} // namespace

StaffAdmin::StaffAdmin(Office &office)
    : m_office(office)
{
}

Result<qint64> StaffAdmin::add(const models::StaffMember &member, const QString &password, const models::AuditEntry &who) const
{
    models::Transaction tx(m_office.db());
    if (auto begun = tx.begin(); !begun)
        return fromModels(begun.error());
    auto count = m_office.staff.count();
    if (!count)
        return fromModels(count.error());
    if (*count == 0 && (member.role != models::Role::Admin || !member.active))
        return Error{ErrorCode::BadInput, tr("The first account must be an active admin, so someone can manage the others."), {}};
    auto added = m_office.staff.add(member, password);
    if (!added)
        return fromModels(added.error());
    if (auto login = setLogin(*added, password); !login)
        return login.error();
    auto audited = m_office.audit.record(entry(who, QStringLiteral("staff.add"), *added,
                                               QStringLiteral("%1 (%2)").arg(member.username.trimmed().toLower(),
                                                                 models::StaffTableModel::roleText(member.role))));
    if (!audited)
        return fromModels(audited.error());
    if (auto committed = tx.commit(); !committed)
        return fromModels(committed.error());
    return *added;
}

Result<void> StaffAdmin::setLogin(qint64 id, const QString &password) const
{
    // Where the database holds the roles, the person's own database login
    // is what their desk signs in with: same password, in the same
    // transaction as the account.
    if (m_office.db().isSqlite() || !m_office.roles().enforced)
        return {};
    auto login = models::OfficeRoles::setLogin(m_office.db(), id, password);
    if (!login)
        return Error{ErrorCode::Unavailable, tr("The database did not accept the login for this account: %1").arg(login.error().message),
                     login.error().detail};
    return {};
}

Result<void> StaffAdmin::keepsAnAdmin(const models::StaffMember &changed) const
{
    if (changed.role == models::Role::Admin && changed.active)
        return {};
    auto members = m_office.staff.list();
    if (!members)
        return fromModels(members.error());
    for (const models::StaffMember &member : *members) {
        if (member.id != changed.id && member.role == models::Role::Admin && member.active)
            return {};
    }
    return Error{ErrorCode::Conflict, tr("%1 is the last active admin. Make someone else an admin first.").arg(changed.username), {}};
}

Result<void> StaffAdmin::update(const models::StaffMember &member, const models::AuditEntry &who) const
{
    models::Transaction tx(m_office.db());
    if (auto begun = tx.begin(); !begun)
        return fromModels(begun.error());
    if (auto kept = keepsAnAdmin(member); !kept)
        return kept;
    if (auto updated = m_office.staff.update(member); !updated)
        return fromModels(updated.error());
    auto audited = m_office.audit.record(entry(who, QStringLiteral("staff.edit"), member.id,
                                               tr("%1: %2, %3").arg(member.username, models::StaffTableModel::roleText(member.role),
                                                                    member.active ? tr("active") : tr("disabled"))));
    if (!audited)
        return fromModels(audited.error());
    if (auto committed = tx.commit(); !committed)
        return fromModels(committed.error());
    return {};
}

Result<void> StaffAdmin::setPassword(qint64 id, const QString &password, const models::AuditEntry &who) const
{
    models::Transaction tx(m_office.db());
    if (auto begun = tx.begin(); !begun)
        return fromModels(begun.error());
    auto member = m_office.staff.byId(id);
    if (!member)
        return fromModels(member.error());
    if (auto set = m_office.staff.setPassword(id, password); !set)
        return fromModels(set.error());
    if (auto login = setLogin(id, password); !login)
        return login.error();
    auto audited = m_office.audit.record(entry(who, QStringLiteral("staff.password"), id, tr("new password for %1").arg(member->username)));
    if (!audited)
        return fromModels(audited.error());
    if (auto committed = tx.commit(); !committed)
        return fromModels(committed.error());
    return {};
}

Result<models::StaffMember> StaffAdmin::signIn(const QString &username, const QString &password) const
{
    auto member = m_office.staff.authenticate(username, password);
    if (!member)
        return Error{ErrorCode::Unauthorized, member.error().message, member.error().detail};
    (void)m_office.audit.record({0, 0, member->id, actorFor(*member), QStringLiteral("staff.login"), QStringLiteral("staff"),
                                 member->id, tr("signed in at a desk")});
    return *member;
}

Result<bool> StaffAdmin::needsSignIn() const
{
    auto count = m_office.staff.count();
    if (!count)
        return fromModels(count.error());
    return *count > 0;
}

} // namespace lango::app
