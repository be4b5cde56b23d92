#include "models/granttablemodel.h"

#include "models/timetext.h"

namespace lango::models {

GrantTableModel::GrantTableModel(QObject *parent)
    : RowTableModel<Grant>(parent)
{
    setSameRow([](const Grant &a, const Grant &b) { return a.updatedAt == b.updatedAt && a.state == b.state; });
}

void GrantTableModel::setNames(const QHash<qint64, QString> &packages, const QHash<qint64, QString> &routers)
{
    m_packages = packages;
    m_routers = routers;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString GrantTableModel::stateText(GrantState state)
{
    switch (state) {
    case GrantState::Pending: return tr("being connected");
    case GrantState::Active: return tr("active");
    case GrantState::Expired: return tr("expired");
    case GrantState::Revoked: return tr("disabled by staff");
    }
    return {};
}

int GrantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GrantTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Grant &g = row(index.row());
    if (role == SortRole) {
        if (index.column() == Created)
            return g.createdAt;
        if (index.column() == Expires)
            return g.expiresAt;
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Created: return TimeText::dateTime(g.createdAt);
    case User: return g.username;
    case Package: return m_packages.value(g.packageId, QString::number(g.packageId));
    case Router: return m_routers.value(g.routerId, QString::number(g.routerId));
    case Device: return g.mac;
    case State: return stateText(g.state);
    case Expires: return TimeText::dateTime(g.endedAt && g.endedAt < g.expiresAt ? g.endedAt : g.expiresAt);
    default: return {};
    }
}

QVariant GrantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Created: return tr("Created");
    case User: return tr("Hotspot user");
    case Package: return tr("Package");
    case Router: return tr("Router");
    case Device: return tr("Device (MAC)");
    case State: return tr("State");
    case Expires: return tr("Ends");
    default: return {};
    }
}

} // namespace lango::models
