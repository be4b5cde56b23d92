#pragma once

#include "models/rowtablemodel.h"
#include "models/vouchersales.h"

namespace lango::models {

// One seller's voucher sales in a period, keyed for RowTableModel (id =
// the seller's staff id; 0 = sold with no staff login).
struct SellerSalesRow
{
    qint64 id = 0;
    SellerSales sales;
};

// Voucher sales by seller, for the Payments panel's "Voucher sales" tab:
// seller, vouchers sold, amount, share of the period's voucher money.
class VoucherSalesTableModel final : public RowTableModel<SellerSalesRow>
{
    Q_OBJECT

public:
    enum Column { Seller, Vouchers, Amount, Share, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit VoucherSalesTableModel(QObject *parent = nullptr);

    void setSales(const QList<SellerSales> &sales);
    int totalCount() const { return m_totalCount; }
    qint64 totalCents() const { return m_totalCents; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int m_totalCount = 0;
    qint64 m_totalCents = 0;
};

} // namespace lango::models
