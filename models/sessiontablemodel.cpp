#include "models/sessiontablemodel.h"

#include "models/timetext.h"
#include "models/units.h"

namespace lango::models {

SessionTableModel::SessionTableModel(QObject *parent)
    : RowTableModel<LiveSession>(parent)
{
    setSameRow([](const LiveSession &a, const LiveSession &b) { return a == b; });
}

void SessionTableModel::setNow(qint64 now)
{
    if (now == m_now)
        return;
    m_now = now;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, TimeLeft), index(rowCount() - 1, TimeLeft));
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LiveSession &s = row(index.row());
    switch (role) {
    case RouterIdRole:
        return s.routerId;
    case ExpiringRole:
        return s.expiresAt && timeLeft(s) < 300;
    case Qt::TextAlignmentRole: {
        const int c = index.column();
        const bool number = c == Uptime || c == TimeLeft || c == Download || c == Upload;
        return QVariant::fromValue(Qt::Alignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter));
    }
    case SortRole:
        switch (index.column()) {
        case Uptime: return s.uptime;
        case TimeLeft: return timeLeft(s);
        case Download: return s.bytesOut;
        case Upload: return s.bytesIn;
        default: break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case User: return s.user;
        case Package: return s.grantId ? s.packageName : tr("(not sold by Lango)");
        case Router: return s.routerName;
        case Mac: return s.mac;
        case Ip: return s.ip;
        case Uptime: return Units::formatDuration(s.uptime);
        case TimeLeft: return s.expiresAt ? Units::formatDuration(timeLeft(s)) : tr("unknown");
        case Download: return Units::formatDataSize(s.bytesOut);
        case Upload: return Units::formatDataSize(s.bytesIn);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TimeLeft && s.expiresAt)
            return tr("Access ends %1").arg(TimeText::dateTime(s.expiresAt));
        if (index.column() == Package && !s.grantId)
            return tr("This hotspot user has no live grant in Lango (a router user made by hand, or one whose time ended).");
        return {};
    default:
        return {};
    }
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case User: return tr("User");
    case Package: return tr("Package");
    case Router: return tr("Router");
    case Mac: return tr("Device (MAC)");
    case Ip: return tr("IP address");
    case Uptime: return tr("Online for");
    case TimeLeft: return tr("Time left");
    case Download: return tr("Downloaded");
    case Upload: return tr("Uploaded");
    default: return {};
    }
}

} // namespace lango::models
