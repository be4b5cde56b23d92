#pragma once

#include <QLabel>
#include <QStyledItemDelegate>

class QTableView;

namespace lango::models {
class RouterTableModel;
}

namespace lango::ui {

// Colours the routers' health and clock cells: red when a router is down,
// orange when its clock is wrong.
class RouterHealthDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

// A warning above the routers table while any router's clock is off: its
// expiry scripts run by that clock (DESIGN.md, Enforcement on the router).
class RouterClockBanner final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RouterClockBanner)

public:
    RouterClockBanner(models::RouterTableModel &model, QTableView *view, QWidget *parent = nullptr);

private:
    void update();

    models::RouterTableModel &m_model;
};

} // namespace lango::ui
