#include "ui/problemsview.h"

#include "app/staff/deskactions.h"
#include "ui/desk.h"
#include "ui/panelaction.h"
#include "ui/searchabletable.h"

#include <QCheckBox>
#include <QInputDialog>
#include <QMessageBox>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace lango::ui {

ProblemsView::ProblemsView(Desk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
{
    m_table = new SearchableTable(QStringLiteral("problems"), &m_model, models::ProblemTableModel::SortRole, this);
    m_table->setPlaceholderText(tr("Search problems"));
    m_table->view()->sortByColumn(models::ProblemTableModel::Raised, Qt::DescendingOrder);
    m_retry = panelAction(this, QStringLiteral("view-refresh"), tr("&Retry provisioning"), QKeySequence(Qt::CTRL | Qt::Key_R),
                          tr("Run the failed router job behind this problem again now"));
    m_resolve = panelAction(this, QStringLiteral("dialog-ok-apply"), tr("&Mark resolved…"), QKeySequence(Qt::CTRL | Qt::Key_M),
                            tr("Close this problem with a note saying what was done"));
    connect(m_retry, &QAction::triggered, this, &ProblemsView::retry);
    connect(m_resolve, &QAction::triggered, this, &ProblemsView::resolve);
    connect(m_table, &SearchableTable::selectionChanged, this, &ProblemsView::updateActions);
    connect(m_table, &SearchableTable::activated, this, &ProblemsView::resolve);
    m_table->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->view()->addActions({m_retry, m_resolve});

    m_showResolved = new QCheckBox(tr("Show &resolved problems too"), this);
    connect(m_showResolved, &QCheckBox::toggled, this, &ProblemsView::refresh);
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_retry, m_resolve});
    toolbar->addSeparator();
    toolbar->addWidget(m_showResolved);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_table, 1);
    connect(&m_desk.changes, &models::ChangeFeed::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("problems") || table == QLatin1String("*"))
            refresh();
    });
    updateActions();
    refresh();
}

void ProblemsView::setMayManage(bool may)
{
    m_mayManage = may;
    m_retry->setVisible(may);
    m_resolve->setVisible(may);
    updateActions();
}

void ProblemsView::refresh()
{
    app::Office &office = m_desk.office;
    const bool all = m_showResolved->isChecked();
    m_desk.run(this, [&office, all] { return office.problems.list(!all, 1000); }, [this](models::Result<QList<models::Problem>> problems) {
        if (!problems) {
            Q_EMIT statusMessage(tr("Could not load problems: %1").arg(problems.error().message));
            return;
        }
        m_model.setRows(*problems);
        int open = 0;
        for (const models::Problem &problem : *problems)
            open += problem.resolvedAt == 0 ? 1 : 0;
        Q_EMIT openCountChanged(open);
        updateActions();
    });
}

std::optional<models::Problem> ProblemsView::current() const
{
    const int row = m_table->currentSourceRow();
    if (row < 0)
        return std::nullopt;
    return m_model.row(row);
}

void ProblemsView::updateActions()
{
    const auto problem = current();
    const bool open = problem && problem->resolvedAt == 0;
    m_retry->setEnabled(m_mayManage && open && problem->purchaseId);
    m_resolve->setEnabled(m_mayManage && open);
}

void ProblemsView::retry()
{
    const auto problem = current();
    if (!problem || !m_mayManage)
        return;
    app::Office &office = m_desk.office;
    const models::AuditEntry who = m_desk.audit({}, {}, 0, {});
    const models::Problem target = *problem;
    m_desk.run(this, [&office, target, who] { return app::DeskActions(office).retryProblem(target, who); },
               [this](app::Result<QString> retried) {
                   if (!retried) {
                       QMessageBox::warning(this, tr("Not retried"), retried.error().message);
                       return;
                   }
                   QMessageBox::information(this, tr("Retry provisioning"), *retried);
               });
}

void ProblemsView::resolve()
{
    const auto problem = current();
    if (!problem || !m_mayManage || problem->resolvedAt)
        return;
    auto *ask = new QInputDialog(this);
    ask->setWindowTitle(tr("Mark resolved"));
    ask->setLabelText(tr("%1\n\nWhat was done (for whoever reads this later):").arg(problem->message));
    ask->setOption(QInputDialog::UsePlainTextEditForTextInput);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = problem->id;
    connect(ask, &QInputDialog::textValueSelected, this, [this, id](const QString &note) {
        app::Office &office = m_desk.office;
        const models::AuditEntry who = m_desk.audit({}, {}, 0, {});
        m_desk.run(this, [&office, id, note, who] { return app::DeskActions(office).resolveProblem(id, note, who); },
                   [this](app::Result<void> resolved) {
                       if (!resolved) {
                           QMessageBox::warning(this, tr("Not resolved"), resolved.error().message);
                           return;
                       }
                       Q_EMIT statusMessage(tr("Problem resolved."));
                       refresh();
                   });
    });
    ask->open();
}

} // namespace lango::ui
