#pragma once

#include "models/purchase.h"
#include "models/rowtablemodel.h"

namespace lango::models {

// Problems staff must act on (paid but not online, unmatched payments...).
class ProblemTableModel final : public RowTableModel<Problem>
{
    Q_OBJECT

public:
    enum Column { Raised, Kind, Message, Purchase, Router, Resolved, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int OpenRole = Qt::UserRole + 2;   // bool

    explicit ProblemTableModel(QObject *parent = nullptr);

    void setRouterNames(const QHash<qint64, QString> &routers);
    static QString kindText(const QString &kind);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QHash<qint64, QString> m_routers;
};

} // namespace lango::models
