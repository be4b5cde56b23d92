#include "models/packagetablemodel.h"

#include "models/units.h"

namespace lango::models {

PackageTableModel::PackageTableModel(QObject *parent)
    : RowTableModel<Package>(parent)
{
}

void PackageTableModel::setRouterNames(const QHash<qint64, QString> &names)
{
    m_routerNames = names;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Routers), index(rowCount() - 1, Routers));
}

int PackageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PackageTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Package &p = row(index.row());
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == Price || index.column() == Devices;
        return QVariant::fromValue(Qt::Alignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter));
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Price: return p.priceCents;
        case Duration: return p.durationSeconds;
        case Download: return p.downKbps;
        case Upload: return p.upKbps;
        case Devices: return p.devices;
        case DataCap: return p.dataBytes.value_or(0);
        case UptimeCap: return p.uptimeSeconds.value_or(0);
        default: break;
        }
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name: return p.name;
    case Price: return Units::formatMoney(p.priceCents);
    case Duration: return Units::humanDuration(p.durationSeconds);
    case Download: return Units::formatSpeed(p.downKbps);
    case Upload: return Units::formatSpeed(p.upKbps);
    case Devices: return p.devices;
    case DataCap: return p.dataBytes ? Units::formatDataSize(*p.dataBytes) : tr("none");
    case UptimeCap: return p.uptimeSeconds ? Units::humanDuration(*p.uptimeSeconds) : tr("none");
    case Routers: {
        if (p.routerIds.isEmpty())
            return tr("All routers");
        QStringList names;
        for (const qint64 id : p.routerIds)
            names << m_routerNames.value(id, QString::number(id));
        return names.join(QStringLiteral(", "));
    }
    case Status: return p.retired ? tr("Retired") : tr("On sale");
    default: return {};
    }
}

QVariant PackageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Price: return tr("Price");
    case Duration: return tr("Valid for");
    case Download: return tr("Download");
    case Upload: return tr("Upload");
    case Devices: return tr("Devices");
    case DataCap: return tr("Data cap");
    case UptimeCap: return tr("Usage cap");
    case Routers: return tr("Sold on");
    case Status: return tr("Status");
    default: return {};
    }
}

} // namespace lango::models
