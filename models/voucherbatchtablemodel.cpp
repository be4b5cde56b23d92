#include "models/voucherbatchtablemodel.h"

#include "models/units.h"

#include <QDateTime>

namespace lango::models {

namespace {
bool sameBatch(const VoucherBatch &a, const VoucherBatch &b)
{
    return a.retiredAt == b.retiredAt && a.unused == b.unused && a.inUse == b.inUse && a.expired == b.expired
        && a.retired == b.retired && a.pushed == b.pushed && a.sold == b.sold && a.packageName == b.packageName
        && a.routerName == b.routerName && a.sellerName == b.sellerName;
}
} // namespace

VoucherBatchTableModel::VoucherBatchTableModel(QObject *parent)
    : RowTableModel<VoucherBatch>(parent)
{
    setSameRow(sameBatch);
}

int VoucherBatchTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VoucherBatchTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const VoucherBatch &b = row(index.row());
    const int column = index.column();
    if (role == Qt::TextAlignmentRole) {
        const bool number = column == Id || column == Price || (column >= Count && column <= Sold);
        return QVariant::fromValue(Qt::Alignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter));
    }
    if (role == SortRole) {
        switch (column) {
        case Id: return b.id;
        case Created: return b.createdAt;
        case Price: return b.priceCents;
        case Count: return b.count;
        case Pushed: return b.pushed;
        case Unused: return b.unused;
        case InUse: return b.inUse;
        case Expired: return b.expired;
        case Sold: return b.sold;
        default: break;
        }
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Id: return b.id;
    case Created: return QDateTime::fromSecsSinceEpoch(b.createdAt).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Package: return b.packageName;
    case Router: return b.routerName.isEmpty() ? tr("All routers") : b.routerName;
    case Seller: return b.sellerName.isEmpty() ? tr("—") : b.sellerName;
    case Price: return Units::formatMoney(b.priceCents);
    case Count: return b.count;
    case Pushed: return b.pushed;
    case Unused: return b.unused;
    case InUse: return b.inUse;
    case Expired: return b.expired;
    case Sold: return b.sold;
    case Status:
        if (b.isRetired())
            return tr("Retired");
        return b.pushed < b.count - b.retired ? tr("Not all on the router") : tr("Ready");
    default: return {};
    }
}

QVariant VoucherBatchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("Batch");
    case Created: return tr("Created");
    case Package: return tr("Package");
    case Router: return tr("Router");
    case Seller: return tr("Seller");
    case Price: return tr("Price");
    case Count: return tr("Vouchers");
    case Pushed: return tr("On router");
    case Unused: return tr("Unused");
    case InUse: return tr("In use");
    case Expired: return tr("Expired");
    case Sold: return tr("Sold");
    case Status: return tr("Status");
    default: return {};
    }
}

} // namespace lango::models
