#pragma once

#include "models/rowtablemodel.h"
#include "models/voucher.h"

namespace lango::models {

// One batch's vouchers: code, state, sold, first use, device and expiry.
// StateRole carries the state key for the panel's state filter.
class VoucherTableModel final : public RowTableModel<Voucher>
{
    Q_OBJECT

public:
    enum Column { Code, State, Sold, FirstUse, Mac, Expires, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int StateRole = Qt::UserRole + 2;

    explicit VoucherTableModel(QObject *parent = nullptr);

    void setStaffNames(const QHash<qint64, QString> &names);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QHash<qint64, QString> m_staffNames;
};

} // namespace lango::models
