#include "models/c2btablemodel.h"

#include "models/timetext.h"
#include "models/units.h"

namespace lango::models {

C2bTableModel::C2bTableModel(QObject *parent)
    : RowTableModel<C2bPaymentRow>(parent)
{
    // A C2B row never changes once written, except being matched later.
    setSameRow([](const C2bPaymentRow &a, const C2bPaymentRow &b) { return a.purchaseId == b.purchaseId && a.state == b.state; });
}

int C2bTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant C2bTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const C2bPaymentRow &r = row(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role == SortRole) {
        if (index.column() == Received)
            return r.receivedAt;
        if (index.column() == Amount)
            return r.amountCents;
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Received: return TimeText::dateTime(r.receivedAt);
    case Receipt: return r.transId;
    case Phone: return r.msisdn;
    case Name: return r.firstName;
    case Amount: return Units::formatMoney(r.amountCents);
    case Account: return r.billRef;
    case Matched:
        if (r.voucherId)
            return tr("voucher %1, texted").arg(r.voucherCode);
        return r.purchaseId ? tr("purchase %1").arg(r.purchaseId) : tr("nothing: see Problems");
    default: return {};
    }
}

QVariant C2bTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Received: return tr("Received");
    case Receipt: return tr("M-Pesa receipt");
    case Phone: return tr("Phone");
    case Name: return tr("Name");
    case Amount: return tr("Amount");
    case Account: return tr("Account typed");
    case Matched: return tr("Matched to");
    default: return {};
    }
}

} // namespace lango::models
