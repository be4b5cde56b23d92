#pragma once

#include "models/rowtablemodel.h"
#include "models/voucher.h"

namespace lango::models {

// Voucher batches for the Vouchers panel: package, router, seller, price
// and how many vouchers are unused, in use, expired, sold and on the router.
class VoucherBatchTableModel final : public RowTableModel<VoucherBatch>
{
    Q_OBJECT

public:
    enum Column { Id, Created, Package, Router, Seller, Price, Count, Pushed, Unused, InUse, Expired, Sold, Status, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit VoucherBatchTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace lango::models
