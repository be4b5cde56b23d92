#pragma once

#include "models/router.h"
#include "models/rowtablemodel.h"

#include <optional>

namespace lango::models {

class RouterTableModel final : public RowTableModel<Router>
{
    Q_OBJECT

public:
    enum Column { Name, Address, Security, User, HotspotServer, Location, Status, Health, Identity, Version, Clock, Tunnel, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int HealthUpRole = Qt::UserRole + 2;   // bool, for a colouring delegate in ui/
    static constexpr int ClockWrongRole = Qt::UserRole + 3; // bool: the router's clock is off by more than kSkewLimit
    static constexpr int HealthKnownRole = Qt::UserRole + 4; // bool: the services have probed this router
    static constexpr qint64 kSkewLimit = 60;                 // seconds; expiry scripts run by the router's clock

    // Live health, filled by the app's router pool.
    struct HealthText
    {
        bool up = false;
        QString summary;   // "up, 12 ms, RouterOS 7.16" / "down: refused"
        QString detail;    // tooltip
    };
    // What the router says about itself (RouterOS /system), from the same probes.
    struct Facts
    {
        QString identity;
        QString version;          // "7.16 (stable)"
        std::optional<qint64> skewSeconds;   // router clock minus this computer's
    };

    explicit RouterTableModel(QObject *parent = nullptr);

    void setHealth(const QString &routerName, const HealthText &health);
    void setFacts(const QString &routerName, const Facts &facts);
    // A router behind NAT: its tunnel as the server last reported it
    // (routers without one show nothing).
    void setTunnels(const QHash<qint64, HealthText> &byRouterId);
    // Names of routers whose clock is wrong, for a warning above the table.
    QStringList clockWarnings() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QHash<QString, HealthText> m_health;
    QHash<QString, Facts> m_facts;
    QHash<qint64, HealthText> m_tunnels;
};

} // namespace lango::models
