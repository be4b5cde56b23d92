#include "models/purchasetablemodel.h"

#include "models/timetext.h"
#include "models/units.h"

namespace lango::models {

PurchaseTableModel::PurchaseTableModel(QObject *parent)
    : RowTableModel<Purchase>(parent)
{
    setSameRow([](const Purchase &a, const Purchase &b) {
        return a.updatedAt == b.updatedAt && a.state == b.state && a.grantId == b.grantId && a.mpesaReceipt == b.mpesaReceipt;
    });
}

void PurchaseTableModel::setNames(const QHash<qint64, QString> &packages, const QHash<qint64, QString> &routers)
{
    if (packages == m_packages && routers == m_routers)
        return;
    m_packages = packages;
    m_routers = routers;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString PurchaseTableModel::stateText(PurchaseState state)
{
    switch (state) {
    case PurchaseState::Pending: return tr("waiting for PIN");
    case PurchaseState::Paid: return tr("paid, connecting");
    case PurchaseState::Active: return tr("online");
    case PurchaseState::Failed: return tr("not paid");
    case PurchaseState::Expired: return tr("time used up");
    }
    return {};
}

QString PurchaseTableModel::sourceText(const QString &source)
{
    if (source == QLatin1String("portal"))
        return tr("portal");
    if (source == QLatin1String("desk"))
        return tr("desk");
    if (source == QLatin1String("c2b"))
        return tr("paybill");
    return source;
}

int PurchaseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PurchaseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Purchase &p = row(index.row());
    if (role == StateRole)
        return Purchase::stateKey(p.state);
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role == SortRole) {
        if (index.column() == Started)
            return p.createdAt;
        if (index.column() == Amount)
            return p.amountCents;
        role = Qt::DisplayRole;
    }
    if (role == Qt::ToolTipRole && index.column() == State && !p.resultDesc.isEmpty())
        return p.resultDesc;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Started: return TimeText::dateTime(p.createdAt);
    case Phone: return p.phone;
    case Package: return m_packages.value(p.packageId, QString::number(p.packageId));
    case Router: return m_routers.value(p.routerId, QString::number(p.routerId));
    case Amount: return Units::formatMoney(p.amountCents);
    case State: return stateText(p.state);
    case Receipt: return p.mpesaReceipt;
    case Source: return sourceText(p.source);
    case Device: return p.mac;
    default: return {};
    }
}

QVariant PurchaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Started: return tr("Started");
    case Phone: return tr("Phone");
    case Package: return tr("Package");
    case Router: return tr("Router");
    case Amount: return tr("Amount");
    case State: return tr("State");
    case Receipt: return tr("M-Pesa receipt");
    case Source: return tr("Bought at");
    case Device: return tr("Device (MAC)");
    default: return {};
    }
}

} // namespace lango::models
