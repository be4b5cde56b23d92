#pragma once

#include "models/rowtablemodel.h"
#include "models/staffstore.h"

namespace lango::models {

// Staff accounts for the Staff panel.
class StaffTableModel final : public RowTableModel<StaffMember>
{
    Q_OBJECT

public:
    enum Column { Username, DisplayName, RoleColumn, Status, LastLogin, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit StaffTableModel(QObject *parent = nullptr);

    static QString roleText(Role role);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace lango::models
