#pragma once

#include "models/rowtablemodel.h"
#include "models/smsstore.h"

namespace lango::models {

// Texts to customers for Payments › Texts: each message and how it went.
class SmsTableModel final : public RowTableModel<SmsMessage>
{
    Q_OBJECT

public:
    enum Column { Created, Kind, Phone, State, Text, Cost, Detail, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit SmsTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace lango::models
