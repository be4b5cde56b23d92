#include "models/routertablemodel.h"

#include "models/units.h"

#include <cstdlib>

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

void RouterTableModel::setFacts(const QString &routerName, const Facts &facts)
{
    m_facts.insert(routerName, facts);
    for (int i = 0; i < rowCount(); ++i) {
        if (row(i).name == routerName)
            Q_EMIT dataChanged(index(i, Identity), index(i, Clock));
    }
}

void RouterTableModel::setTunnels(const QHash<qint64, HealthText> &byRouterId)
{
    m_tunnels = byRouterId;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Tunnel), index(rowCount() - 1, Tunnel));
}

QStringList RouterTableModel::clockWarnings() const
{
    QStringList names;
    for (const Router &r : rows()) {
        const auto facts = m_facts.constFind(r.name);
        if (facts != m_facts.constEnd() && facts->skewSeconds && std::abs(*facts->skewSeconds) > kSkewLimit)
            names << tr("%1 (off by %2)").arg(r.name, Units::formatDuration(std::abs(*facts->skewSeconds)));
    }
    return names;
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
    if (role == HealthKnownRole)
        return health != m_health.constEnd();
    const auto facts = m_facts.constFind(r.name);
    const bool known = facts != m_facts.constEnd();
    const bool clockWrong = known && facts->skewSeconds && std::abs(*facts->skewSeconds) > kSkewLimit;
    if (role == ClockWrongRole)
        return clockWrong;
    if (role == Qt::ToolTipRole && index.column() == Clock && clockWrong)
        return tr("The router's clock is off. Its expiry scripts run by its own clock, so customers may be cut early or late. "
                  "Turn on NTP on the router (System, SNTP client).");
    if (role == SortRole && index.column() == Clock)
        return known && facts->skewSeconds ? std::abs(*facts->skewSeconds) : qint64(-1);
    if (role == Qt::ToolTipRole && index.column() == Health)
        return health != m_health.constEnd() ? health->detail : tr("Not checked yet");
    const auto tunnel = m_tunnels.constFind(r.id);
    if (role == Qt::ToolTipRole && index.column() == Tunnel)
        return tunnel != m_tunnels.constEnd() ? tunnel->detail : tr("Reached directly, without a tunnel");
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
    case Identity: return known ? facts->identity : QString();
    case Version: return known ? facts->version : QString();
    case Clock:
        if (!known || !facts->skewSeconds)
            return QString();
        return clockWrong ? tr("off by %1: check NTP").arg(Units::formatDuration(std::abs(*facts->skewSeconds))) : tr("right");
    case Tunnel: return tunnel != m_tunnels.constEnd() ? tunnel->summary : QString();
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
    case Identity: return tr("Identity");
    case Version: return tr("RouterOS");
    case Clock: return tr("Clock");
    case Tunnel: return tr("Tunnel");
    default: return {};
    }
}

} // namespace lango::models
