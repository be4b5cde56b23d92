#include "models/vouchertablemodel.h"

#include <QDateTime>

namespace lango::models {

namespace {

bool sameVoucher(const Voucher &a, const Voucher &b)
{
    return a.updatedAt == b.updatedAt && a.state == b.state && a.soldAt == b.soldAt && a.mac == b.mac
        && a.expiresAt == b.expiresAt && a.pushedAt == b.pushedAt;
}

QString when(qint64 seconds)
{
    return seconds ? QDateTime::fromSecsSinceEpoch(seconds).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

VoucherTableModel::VoucherTableModel(QObject *parent)
    : RowTableModel<Voucher>(parent)
{
    setSameRow(sameVoucher);
}

void VoucherTableModel::setStaffNames(const QHash<qint64, QString> &names)
{
    m_staffNames = names;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Sold), index(rowCount() - 1, Sold));
}

int VoucherTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VoucherTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Voucher &v = row(index.row());
    if (role == StateRole)
        return Voucher::stateKey(v.state);
    if (role == SortRole) {
        switch (index.column()) {
        case State: return int(v.state);
        case Sold: return v.soldAt;
        case FirstUse: return v.firstUsedAt;
        case Expires: return v.expiresAt;
        default: role = Qt::DisplayRole; break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Code: return v.code;   // as people type it, so the search finds it
    case State:
        if (v.state == VoucherState::Unused && !v.pushedAt)
            return tr("Unused (not on a router yet)");
        return Voucher::stateLabel(v.state);
    case Sold:
        if (!v.isSold())
            return QString();
        return m_staffNames.contains(v.soldBy) ? tr("%1 by %2").arg(when(v.soldAt), m_staffNames.value(v.soldBy)) : when(v.soldAt);
    case FirstUse: return when(v.firstUsedAt);
    case Mac: return v.mac;
    case Expires: return when(v.expiresAt);
    default: return {};
    }
}

QVariant VoucherTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code: return tr("Code");
    case State: return tr("State");
    case Sold: return tr("Sold");
    case FirstUse: return tr("First used");
    case Mac: return tr("Device");
    case Expires: return tr("Expires");
    default: return {};
    }
}

} // namespace lango::models
