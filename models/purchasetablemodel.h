#pragma once

#include "models/purchase.h"
#include "models/rowtablemodel.h"

namespace lango::models {

// Purchases (one STK Push each) for the Payments panel, newest first.
class PurchaseTableModel final : public RowTableModel<Purchase>
{
    Q_OBJECT

public:
    enum Column { Started, Phone, Package, Router, Amount, State, Receipt, Source, Device, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int StateRole = Qt::UserRole + 2;   // the state key, for colouring in ui/

    explicit PurchaseTableModel(QObject *parent = nullptr);

    void setNames(const QHash<qint64, QString> &packages, const QHash<qint64, QString> &routers);
    static QString stateText(PurchaseState state);
    static QString sourceText(const QString &source);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QHash<qint64, QString> m_packages;
    QHash<qint64, QString> m_routers;
};

} // namespace lango::models
