#pragma once

#include "models/router.h"
#include "models/rowtablemodel.h"

namespace lango::models {

class RouterTableModel final : public RowTableModel<Router>
{
    Q_OBJECT

public:
    enum Column { Name, Address, Security, User, HotspotServer, Location, Status, Health, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int HealthUpRole = Qt::UserRole + 2;   // bool, for a colouring delegate in ui/

    // Live health, filled by the app's router pool.
    struct HealthText
    {
        bool up = false;
        QString summary;   // "up, 12 ms, RouterOS 7.16" / "down: refused"
        QString detail;    // tooltip
    };

    explicit RouterTableModel(QObject *parent = nullptr);

    void setHealth(const QString &routerName, const HealthText &health);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QHash<QString, HealthText> m_health;
};

} // namespace lango::models
