#include "ui/searchabletable.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

#include "app/core/paths.h"

#include <algorithm>
#include <memory>

namespace lango::ui {

SearchableTable::SearchableTable(const QString &settingsKey, QAbstractItemModel *model, int sortRole, QWidget *parent)
    : QWidget(parent)
    , m_settingsKey(settingsKey)
{
    m_proxy.setSourceModel(model);
    m_proxy.setSortRole(sortRole);
    m_proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy.setFilterKeyColumn(-1);
    m_proxy.setSortCaseSensitivity(Qt::CaseInsensitive);

    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search"));
    m_search->setAccessibleName(tr("Search"));
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_count = new QLabel(this);

    m_view = new QTableView(this);
    m_view->setModel(&m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);

    auto *top = new QHBoxLayout;
    top->addWidget(searchLabel);
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy.setFilterFixedString(text);
        updateCount();
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT activated(m_proxy.mapToSource(index).row());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SearchableTable::selectionChanged);
    connect(&m_proxy, &QAbstractItemModel::rowsInserted, this, &SearchableTable::updateCount);
    connect(&m_proxy, &QAbstractItemModel::rowsRemoved, this, &SearchableTable::updateCount);
    connect(&m_proxy, &QAbstractItemModel::modelReset, this, &SearchableTable::updateCount);

    auto *find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);

    const QSettings settings(app::Paths::desktopSettingsFile(), QSettings::IniFormat);
    const QByteArray state = settings.value(QStringLiteral("ui/%1/header").arg(m_settingsKey)).toByteArray();
    if (!state.isEmpty()) {
        m_view->horizontalHeader()->restoreState(state);
        m_autoFit = false;
    } else {
        m_view->resizeColumnsToContents();
        // Rows arrive later (and change): fit again each time, off the
        // signal so the view has laid them out.
        // One fit per burst of changes, however many signals it sends.
        const auto refit = [this] {
            if (!m_autoFit || m_fitQueued)
                return;
            m_fitQueued = true;
            QMetaObject::invokeMethod(this, &SearchableTable::fitColumns, Qt::QueuedConnection);
        };
        connect(&m_proxy, &QAbstractItemModel::rowsInserted, this, refit);
        connect(&m_proxy, &QAbstractItemModel::modelReset, this, refit);
        connect(&m_proxy, &QAbstractItemModel::dataChanged, this, refit);
        m_view->horizontalHeader()->viewport()->installEventFilter(this);
    }
    updateCount();
}

void SearchableTable::fitColumns()
{
    m_fitQueued = false;
    if (!m_autoFit || m_proxy.rowCount() == 0)
        return;
    QHeaderView *header = m_view->horizontalHeader();
    m_view->resizeColumnsToContents();
    // Columns only grow as data arrives (no jumping about on every poll),
    // and no wider than 360 px: long messages have their tooltip.
    m_fittedWidths.resize(header->count());
    for (int i = 0; i < header->count(); ++i) {
        m_fittedWidths[i] = std::min(std::max(header->sectionSize(i), m_fittedWidths.at(i)), 360);
        header->resizeSection(i, m_fittedWidths.at(i));
    }
}

bool SearchableTable::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress && watched == m_view->horizontalHeader()->viewport())
        m_autoFit = false;   // the person arranges the columns now
    return QWidget::eventFilter(watched, event);
}

SearchableTable::~SearchableTable()
{
    QSettings settings(app::Paths::desktopSettingsFile(), QSettings::IniFormat);
    settings.setValue(QStringLiteral("ui/%1/header").arg(m_settingsKey), m_view->horizontalHeader()->saveState());
}

int SearchableTable::currentSourceRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return -1;
    return m_proxy.mapToSource(current).row();
}

QList<int> SearchableTable::selectedSourceRows() const
{
    QList<int> rows;
    const auto selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << m_proxy.mapToSource(index).row();
    return rows;
}

void SearchableTable::setPlaceholderText(const QString &text)
{
    m_search->setPlaceholderText(text);
}

void SearchableTable::updateCount()
{
    const int shown = m_proxy.rowCount();
    const int total = m_proxy.sourceModel() ? m_proxy.sourceModel()->rowCount() : 0;
    m_count->setText(shown == total ? tr("%n row(s)", nullptr, total) : tr("%1 of %n row(s)", nullptr, total).arg(shown));
}

} // namespace lango::ui
