#include "ui/routerclockbanner.h"

#include "models/routertablemodel.h"

#include <QTableView>

namespace lango::ui {

void RouterHealthDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    using Model = models::RouterTableModel;
    if (index.column() == Model::Health && index.data(Model::HealthKnownRole).toBool() && !index.data(Model::HealthUpRole).toBool())
        option->palette.setColor(QPalette::Text, QColor(0xb0, 0x00, 0x20));
    if (index.column() == Model::Health && index.data(Model::HealthUpRole).toBool())
        option->palette.setColor(QPalette::Text, QColor(0x1b, 0x7f, 0x3b));
    if (index.data(Model::ClockWrongRole).toBool() && (index.column() == Model::Clock || index.column() == Model::Health)) {
        option->palette.setColor(QPalette::Text, QColor(0xa3, 0x4a, 0x00));
        option->font.setBold(true);
    }
}

RouterClockBanner::RouterClockBanner(models::RouterTableModel &model, QTableView *view, QWidget *parent)
    : QLabel(parent)
    , m_model(model)
{
    setWordWrap(true);
    setStyleSheet(QStringLiteral("background: #fff3cd; color: #664d03; border: 1px solid #e0b000; padding: 6px;"));
    auto *delegate = new RouterHealthDelegate(view);
    view->setItemDelegateForColumn(models::RouterTableModel::Health, delegate);
    view->setItemDelegateForColumn(models::RouterTableModel::Clock, delegate);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &RouterClockBanner::update);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &RouterClockBanner::update);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &RouterClockBanner::update);
    update();
}

void RouterClockBanner::update()
{
    const QStringList wrong = m_model.clockWarnings();
    setVisible(!wrong.isEmpty());
    if (!wrong.isEmpty())
        setText(tr("<b>Clock wrong on %1.</b> Customers' time ends by the router's own clock, so they may be cut off early or "
                   "late. Turn on NTP on the router (System, SNTP client) and check its time zone.")
                    .arg(wrong.join(QStringLiteral(", ")).toHtmlEscaped()));
}

} // namespace lango::ui
