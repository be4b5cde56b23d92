#pragma once

#include "models/package.h"
#include "models/rowtablemodel.h"

namespace lango::models {

class PackageTableModel final : public RowTableModel<Package>
{
    Q_OBJECT

public:
    enum Column { Name, Price, Duration, Download, Upload, Devices, DataCap, UptimeCap, Routers, Status, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;   // raw values for sorting

    explicit PackageTableModel(QObject *parent = nullptr);

    void setRouterNames(const QHash<qint64, QString> &names);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QHash<qint64, QString> m_routerNames;
};

} // namespace lango::models
