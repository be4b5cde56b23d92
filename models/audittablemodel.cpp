#include "models/audittablemodel.h"

#include "models/timetext.h"

namespace lango::models {

AuditTableModel::AuditTableModel(QObject *parent)
    : RowTableModel<AuditEntry>(parent)
{
    setSameRow([](const AuditEntry &, const AuditEntry &) { return true; });   // entries are never edited
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = row(index.row());
    if (role == SortRole) {
        if (index.column() == At)
            return e.id;   // ids grow with time, and break ties within a second
        role = Qt::DisplayRole;
    }
    if (role == Qt::ToolTipRole && index.column() == Detail)
        return e.detail;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case At: return TimeText::dateTimeSeconds(e.at);
    case Actor: return e.actor;
    case Action: return e.action;
    case Entity: return e.entityId ? QStringLiteral("%1 %2").arg(e.entity).arg(e.entityId) : e.entity;
    case Detail: return e.detail;
    default: return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case At: return tr("When");
    case Actor: return tr("Who");
    case Action: return tr("Action");
    case Entity: return tr("On");
    case Detail: return tr("Detail");
    default: return {};
    }
}

} // namespace lango::models
