#include "models/problemtablemodel.h"

#include "models/timetext.h"

namespace lango::models {

ProblemTableModel::ProblemTableModel(QObject *parent)
    : RowTableModel<Problem>(parent)
{
    setSameRow([](const Problem &a, const Problem &b) { return a.resolvedAt == b.resolvedAt && a.message == b.message; });
}

void ProblemTableModel::setRouterNames(const QHash<qint64, QString> &routers)
{
    if (routers == m_routers)
        return;
    m_routers = routers;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Router), index(rowCount() - 1, Router));
}

QString ProblemTableModel::kindText(const QString &kind)
{
    if (kind == QLatin1String("provisioning_failing") || kind == QLatin1String("provisioning_failed"))
        return tr("paid, not online");
    if (kind == QLatin1String("expiry_failing"))
        return tr("not removed at expiry");
    if (kind == QLatin1String("c2b_unmatched"))
        return tr("paybill payment unmatched");
    if (kind == QLatin1String("paybill_no_package"))
        return tr("paybill amount buys no package");
    if (kind == QLatin1String("paybill_no_texts"))
        return tr("paybill voucher, texts off");
    if (kind == QLatin1String("amount_mismatch") || kind == QLatin1String("underpaid"))
        return tr("wrong amount");
    if (kind == QLatin1String("overpaid"))
        return tr("paid too much");
    if (kind == QLatin1String("double_payment"))
        return tr("paid twice");
    if (kind == QLatin1String("paid_after_failure"))
        return tr("paid after failing");
    if (kind == QLatin1String("unknown_callback"))
        return tr("unknown M-Pesa message");
    return kind;
}

int ProblemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Problem &p = row(index.row());
    if (role == OpenRole)
        return p.resolvedAt == 0;
    if (role == SortRole) {
        if (index.column() == Raised)
            return p.createdAt;
        if (index.column() == Purchase)
            return p.purchaseId;
        role = Qt::DisplayRole;
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Message)
            return p.detail.isEmpty() ? p.message : p.message + QStringLiteral("\n\n") + p.detail;
        if (index.column() == Resolved && p.resolvedAt)
            return p.resolutionNote;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Raised: return TimeText::dateTime(p.createdAt);
    case Kind: return kindText(p.kind);
    case Message: return p.message;
    case Purchase: return p.purchaseId ? QVariant(p.purchaseId) : QVariant(QString());
    case Router: return p.routerId ? m_routers.value(p.routerId, QString::number(p.routerId)) : QString();
    case Resolved:
        return p.resolvedAt ? tr("%1 by %2").arg(TimeText::dateTime(p.resolvedAt), p.resolvedBy) : tr("open");
    default: return {};
    }
}

QVariant ProblemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Raised: return tr("Raised");
    case Kind: return tr("Kind");
    case Message: return tr("What happened");
    case Purchase: return tr("Purchase");
    case Router: return tr("Router");
    case Resolved: return tr("Resolved");
    default: return {};
    }
}

} // namespace lango::models
