#include "models/routertablemodel.h"

namespace lango::models {

RouterTableModel::RouterTableModel(QObject *parent)
    : RowTableModel<Router>(parent)
{
}

void RouterTableModel::setHealth(const QString &routerName, const HealthText &health)
{
    m_health.insert(routerName, health);
    for (int i = 0; i < rowCount(); ++i) {
        if (row(i).name == routerName)
            Q_EMIT dataChanged(index(i, Health), index(i, Health));
    }
}

int RouterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RouterTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Router &r = row(index.row());
    const auto health = m_health.constFind(r.name);
    if (role == HealthUpRole)
        return health != m_health.constEnd() && health->up;
    if (role == Qt::ToolTipRole && index.column() == Health)
        return health != m_health.constEnd() ? health->detail : tr("Not checked yet");
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name: return r.name;
    case Address: return QStringLiteral("%1:%2").arg(r.host).arg(r.port);
    case Security:
        if (!r.useTls)
            return tr("Plain API");
        if (r.tlsInsecure)
            return tr("API-SSL, unverified");
        return r.tlsFingerprint.isEmpty() ? tr("API-SSL") : tr("API-SSL, pinned");
    case User: return r.apiUser;
    case HotspotServer: return r.hotspotServer;
    case Location: return r.location;
    case Status: return r.enabled ? tr("Enabled") : tr("Disabled");
    case Health: return health != m_health.constEnd() ? health->summary : tr("not checked");
    default: return {};
    }
}

QVariant RouterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Address: return tr("Address");
    case Security: return tr("Connection");
    case User: return tr("API user");
    case HotspotServer: return tr("Hotspot server");
    case Location: return tr("Location");
    case Status: return tr("Status");
    case Health: return tr("Health");
    default: return {};
    }
}

} // namespace lango::models
