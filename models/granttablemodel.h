#pragma once

#include "models/purchase.h"
#include "models/rowtablemodel.h"

namespace lango::models {

// A customer's grants (who may be online where until when), for the
// Customers panel.
class GrantTableModel final : public RowTableModel<Grant>
{
    Q_OBJECT

public:
    enum Column { Created, User, Package, Router, Device, State, Expires, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit GrantTableModel(QObject *parent = nullptr);

    void setNames(const QHash<qint64, QString> &packages, const QHash<qint64, QString> &routers);
    static QString stateText(GrantState state);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QHash<qint64, QString> m_packages;
    QHash<qint64, QString> m_routers;
};

} // namespace lango::models
