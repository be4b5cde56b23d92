#include "ui/routerspanel.h"

#include "ui/desk.h"
#include "ui/routerdialog.h"
#include "ui/searchabletable.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace lango::ui {

RoutersPanel::RoutersPanel(Desk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
{
    m_table = new SearchableTable(QStringLiteral("routers"), &m_model, models::RouterTableModel::SortRole, this);
    m_table->setPlaceholderText(tr("Search routers by name, address, location"));

    m_add = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add router…"), this);
    m_add->setShortcut(QKeySequence::New);
    m_add->setStatusTip(tr("Connect Lango to a MikroTik router"));
    m_edit = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit router…"), this);
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_remove = new QAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Remove router…"), this);
    m_remove->setShortcut(QKeySequence::Delete);
    m_refresh = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Re&fresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    for (QAction *action : {m_add, m_edit, m_remove, m_refresh}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_add, &QAction::triggered, this, &RoutersPanel::addRouter);
    connect(m_edit, &QAction::triggered, this, &RoutersPanel::editRouter);
    connect(m_remove, &QAction::triggered, this, &RoutersPanel::removeRouter);
    connect(m_refresh, &QAction::triggered, this, &RoutersPanel::refresh);
    connect(m_table, &SearchableTable::activated, this, &RoutersPanel::editRouter);
    connect(m_table, &SearchableTable::selectionChanged, this, &RoutersPanel::updateActions);
    m_table->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->view()->addActions({m_edit, m_remove});

    m_toolbar = new QToolBar(this);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->addActions({m_add, m_edit, m_remove, m_refresh});

    auto *title = new QLabel(tr("<h2>Routers</h2>The MikroTik routers Lango puts customers on."), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_table, 1);

    connect(&m_desk.changes, &models::ChangeFeed::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("routers") || table == QLatin1String("*"))
            refresh();
    });
    updateActions();
    refresh();
}

QList<QAction *> RoutersPanel::panelActions() const
{
    return {m_add, m_edit, m_remove, m_refresh};
}

std::optional<models::Router> RoutersPanel::currentRouter() const
{
    const int row = m_table->currentSourceRow();
    if (row < 0)
        return std::nullopt;
    return m_model.row(row);
}

void RoutersPanel::refresh()
{
    app::Office &office = m_desk.office;
    m_desk.run(this, [&office] { return office.routers.list(); }, [this](models::Result<QList<models::Router>> routers) {
        if (!routers) {
            Q_EMIT statusMessage(tr("Could not load routers: %1").arg(routers.error().message));
            return;
        }
        m_model.setRows(*routers);
        updateActions();
        Q_EMIT routersChanged();
    });
}

void RoutersPanel::updateActions()
{
    const bool selected = m_table->currentSourceRow() >= 0;
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void RoutersPanel::addRouter()
{
    openDialog(models::Router{});
}

void RoutersPanel::editRouter()
{
    if (const auto router = currentRouter())
        openDialog(*router);
}

void RoutersPanel::openDialog(const models::Router &router)
{
    auto *dialog = new RouterDialog(router, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        models::Router edited = dialog->router();
        const QString password = dialog->newPassword();
        app::Office &office = m_desk.office;
        const Desk &desk = m_desk;
        m_desk.run(this,
                   [&office, &desk, edited, password]() mutable -> models::Result<qint64> {
                       if (!password.isEmpty()) {
                           auto sealed = office.box().seal(password);
                           if (!sealed)
                               return sealed.error();
                           edited.apiPasswordSealed = *sealed;
                       }
                       models::Transaction tx(office.db());
                       if (auto begun = tx.begin(); !begun)
                           return begun.error();
                       qint64 id = edited.id;
                       if (id) {
                           if (auto updated = office.routers.update(edited); !updated)
                               return updated.error();
                       } else {
                           auto added = office.routers.add(edited);
                           if (!added)
                               return added.error();
                           id = *added;
                       }
                       (void)office.audit.record(desk.audit(edited.id ? QStringLiteral("router.edit") : QStringLiteral("router.add"),
                                                            QStringLiteral("router"), id,
                                                            QStringLiteral("%1 at %2:%3").arg(edited.name, edited.host).arg(edited.port)));
                       if (auto committed = tx.commit(); !committed)
                           return committed.error();
                       return id;
                   },
                   [this, edited](models::Result<qint64> saved) {
                       if (!saved) {
                           QMessageBox::warning(this, tr("Router not saved"), saved.error().message);
                           openDialog(edited);
                           return;
                       }
                       Q_EMIT statusMessage(tr("Router %1 saved.").arg(edited.name));
                       refresh();
                   });
    });
    dialog->open();
}

void RoutersPanel::removeRouter()
{
    const auto router = currentRouter();
    if (!router)
        return;
    if (QMessageBox::question(this, tr("Remove router"),
                              tr("Remove router %1 from Lango?\n\nNothing on the router itself is changed. A router with "
                                 "sales history cannot be removed; disable it instead.").arg(router->name),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    app::Office &office = m_desk.office;
    const Desk &desk = m_desk;
    const models::Router target = *router;
    m_desk.run(this,
               [&office, &desk, target]() -> models::Result<void> {
                   auto removed = office.routers.remove(target.id);
                   if (removed)
                       (void)office.audit.record(desk.audit(QStringLiteral("router.remove"), QStringLiteral("router"), target.id, target.name));
                   return removed;
               },
               [this, target](models::Result<void> removed) {
                   if (!removed) {
                       QMessageBox::warning(this, tr("Router not removed"), removed.error().message);
                       return;
                   }
                   Q_EMIT statusMessage(tr("Router %1 removed.").arg(target.name));
                   refresh();
               });
}

} // namespace lango::ui
