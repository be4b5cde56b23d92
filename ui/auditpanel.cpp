#include "ui/auditpanel.h"

#include "ui/desk.h"
#include "ui/panelaction.h"
#include "ui/searchabletable.h"

#include <QLabel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace lango::ui {

namespace {
constexpr int kPage = 500;
}

AuditPanel::AuditPanel(Desk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
{
    m_table = new SearchableTable(QStringLiteral("audit"), &m_model, models::AuditTableModel::SortRole, this);
    m_table->setPlaceholderText(tr("Search by person, action or detail"));
    m_table->view()->sortByColumn(models::AuditTableModel::At, Qt::DescendingOrder);
    m_older = panelAction(this, QStringLiteral("go-down"), tr("Load &older entries"), QKeySequence(Qt::CTRL | Qt::Key_O),
                          tr("Add the next 500 older entries to the table"));
    m_refresh = panelAction(this, QStringLiteral("view-refresh"), tr("Re&fresh"), QKeySequence::Refresh, tr("Load the newest entries"));
    connect(m_older, &QAction::triggered, this, &AuditPanel::loadOlder);
    connect(m_refresh, &QAction::triggered, this, &AuditPanel::refresh);
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_refresh, m_older});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Audit log</h2>What people and services did: payments, access, settings, staff."), this));
    layout->addWidget(toolbar);
    layout->addWidget(m_table, 1);
    connect(&m_desk.changes, &models::ChangeFeed::tableChanged, this, [this](const QString &table) {
        if (table != QLatin1String("audit_log") && table != QLatin1String("*"))
            return;
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
    refresh();
}

void AuditPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void AuditPanel::refresh()
{
    m_stale = false;
    app::Office &office = m_desk.office;
    const int shown = std::max(kPage, m_model.rowCount());
    m_desk.run(this, [&office, shown] { return office.audit.recent(shown); }, [this](models::Result<QList<models::AuditEntry>> entries) {
        if (!entries) {
            Q_EMIT statusMessage(tr("Could not load the audit log: %1").arg(entries.error().message));
            return;
        }
        m_model.setRows(*entries);
        m_older->setEnabled(entries->size() >= kPage);
    });
}

void AuditPanel::loadOlder()
{
    if (m_model.rowCount() == 0)
        return;
    qint64 oldest = m_model.row(0).id;
    for (const auto &entry : m_model.rows())
        oldest = std::min(oldest, entry.id);
    app::Office &office = m_desk.office;
    m_desk.run(this, [&office, oldest] { return office.audit.recent(kPage, oldest); }, [this](models::Result<QList<models::AuditEntry>> older) {
        if (!older)
            return;
        m_model.setRows(m_model.rows() + *older);
        m_older->setEnabled(older->size() >= kPage);
    });
}

} // namespace lango::ui
