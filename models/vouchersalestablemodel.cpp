#include "models/vouchersalestablemodel.h"

#include "models/units.h"

namespace lango::models {

VoucherSalesTableModel::VoucherSalesTableModel(QObject *parent)
    : RowTableModel<SellerSalesRow>(parent)
{
    // Only sellers whose figures moved are signalled (shares: see setSales()).
    setSameRow([](const SellerSalesRow &a, const SellerSalesRow &b) {
        return a.sales.count == b.sales.count && a.sales.cents == b.sales.cents && a.sales.sellerName == b.sales.sellerName;
    });
}

void VoucherSalesTableModel::setSales(const QList<SellerSales> &sales)
{
    QList<SellerSalesRow> rows;
    rows.reserve(sales.size());
    int count = 0;
    qint64 cents = 0;
    for (const SellerSales &s : sales) {
        rows << SellerSalesRow{s.sellerId, s};
        count += s.count;
        cents += s.cents;
    }
    const bool totalsChanged = cents != m_totalCents;
    m_totalCount = count;
    m_totalCents = cents;
    setRows(rows);
    if (totalsChanged && rowCount() > 0)   // every share moved
        Q_EMIT dataChanged(index(0, Share), index(rowCount() - 1, Share));
}

int VoucherSalesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VoucherSalesTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SellerSales &s = row(index.row()).sales;
    if (role == Qt::TextAlignmentRole && index.column() != Seller)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    const int percent = m_totalCents > 0 ? int((s.cents * 100 + m_totalCents / 2) / m_totalCents) : 0;
    if (role == SortRole) {
        switch (index.column()) {
        case Vouchers: return s.count;
        case Amount:
        case Share: return s.cents;
        default: role = Qt::DisplayRole;
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Seller:
        return s.sellerId == 0 ? tr("The office (no staff login)") : s.sellerName.isEmpty() ? tr("staff %1").arg(s.sellerId)
                                                                                             : s.sellerName;
    case Vouchers: return s.count;
    case Amount: return Units::formatMoney(s.cents);
    case Share: return tr("%1%").arg(percent);
    default: return {};
    }
}

QVariant VoucherSalesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seller: return tr("Seller");
    case Vouchers: return tr("Vouchers sold");
    case Amount: return tr("Amount");
    case Share: return tr("Share");
    default: return {};
    }
}

} // namespace lango::models
