#pragma once

#include "models/auditlog.h"
#include "models/rowtablemodel.h"

namespace lango::models {

// The audit log, newest first, for admins.
class AuditTableModel final : public RowTableModel<AuditEntry>
{
    Q_OBJECT

public:
    enum Column { At, Actor, Action, Entity, Detail, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit AuditTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace lango::models
