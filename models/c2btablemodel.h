#pragma once

#include "models/c2bpaymentstore.h"
#include "models/rowtablemodel.h"

namespace lango::models {

// Paybill/till payments (C2B) for the Payments panel.
class C2bTableModel final : public RowTableModel<C2bPaymentRow>
{
    Q_OBJECT

public:
    enum Column { Received, Receipt, Phone, Name, Amount, Account, Matched, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit C2bTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace lango::models
