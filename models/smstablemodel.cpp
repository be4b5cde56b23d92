#include "models/smstablemodel.h"

#include "models/timetext.h"

namespace lango::models {

SmsTableModel::SmsTableModel(QObject *parent)
    : RowTableModel<SmsMessage>(parent)
{
    setSameRow([](const SmsMessage &a, const SmsMessage &b) { return a.state == b.state && a.error == b.error; });
}

int SmsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SmsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SmsMessage &m = row(index.row());
    if (role == SortRole && index.column() == Created)
        return m.createdAt;
    if (role == Qt::ToolTipRole && index.column() == Text)
        return m.body;
    if (role == SortRole)
        role = Qt::DisplayRole;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Created: return TimeText::dateTime(m.createdAt);
    case Kind:
        return m.kind == QLatin1String("receipt") ? tr("receipt") : m.kind == QLatin1String("reminder") ? tr("reminder")
             : m.kind == QLatin1String("voucher") ? tr("voucher") : tr("from staff");
    case Phone: return m.phone;
    case State:
        return m.state == QLatin1String("queued") ? tr("waiting") : m.state == QLatin1String("sending") ? tr("sending")
             : m.state == QLatin1String("sent") ? tr("sent") : m.state == QLatin1String("delivered") ? tr("delivered") : tr("failed");
    case Text: return m.body;
    case Cost: return m.cost;
    case Detail: return m.error;
    default: return {};
    }
}

QVariant SmsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Created: return tr("Written");
    case Kind: return tr("Kind");
    case Phone: return tr("Phone");
    case State: return tr("State");
    case Text: return tr("Text");
    case Cost: return tr("Cost");
    case Detail: return tr("Why not delivered");
    default: return {};
    }
}

} // namespace lango::models
