#include "models/stafftablemodel.h"

#include "models/timetext.h"

namespace lango::models {

StaffTableModel::StaffTableModel(QObject *parent)
    : RowTableModel<StaffMember>(parent)
{
    setSameRow([](const StaffMember &a, const StaffMember &b) {
        return a.username == b.username && a.displayName == b.displayName && a.role == b.role && a.active == b.active
               && a.lastLoginAt == b.lastLoginAt;
    });
}

QString StaffTableModel::roleText(Role role)
{
    switch (role) {
    case Role::Admin: return tr("Admin");
    case Role::Cashier: return tr("Cashier");
    case Role::Seller: return tr("Seller");
    }
    return {};
}

int StaffTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StaffMember &m = row(index.row());
    if (role == SortRole) {
        if (index.column() == LastLogin)
            return m.lastLoginAt;
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Username: return m.username;
    case DisplayName: return m.displayName;
    case RoleColumn: return roleText(m.role);
    case Status: return m.active ? tr("active") : tr("disabled");
    case LastLogin: return m.lastLoginAt ? TimeText::dateTime(m.lastLoginAt) : tr("never");
    default: return {};
    }
}

QVariant StaffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Username: return tr("Username");
    case DisplayName: return tr("Name");
    case RoleColumn: return tr("Role");
    case Status: return tr("Status");
    case LastLogin: return tr("Last login");
    default: return {};
    }
}

} // namespace lango::models
