#include "ui/packagespanel.h"

#include "app/staff/deskactions.h"
#include "models/units.h"
#include "ui/desk.h"
#include "ui/packagedialog.h"
#include "ui/routersyncrun.h"
#include "ui/searchabletable.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace lango::ui {

namespace {
struct Loaded
{
    models::Result<QList<models::Package>> packages;
    models::Result<QList<models::Router>> routers;
};
} // namespace

PackagesPanel::PackagesPanel(Desk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
{
    m_table = new SearchableTable(QStringLiteral("packages"), &m_model, models::PackageTableModel::SortRole, this);
    m_table->setPlaceholderText(tr("Search packages by name, price, speed"));

    m_add = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New package…"), this);
    m_add->setShortcut(QKeySequence::New);
    m_add->setStatusTip(tr("Create a package customers can buy"));
    m_edit = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit package…"), this);
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_edit->setStatusTip(tr("Change the selected package"));
    m_remove = new QAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Remove package…"), this);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setStatusTip(tr("Stop selling the selected package"));
    m_refresh = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Re&fresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setStatusTip(tr("Load the packages again"));
    m_retire = new QAction(QIcon::fromTheme(QStringLiteral("media-playback-pause")), tr("Re&tire"), this);
    m_retire->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_retire->setStatusTip(tr("Stop selling the selected package but keep it and its history; or put a retired one back on sale"));
    m_sync = new QAction(QIcon::fromTheme(QStringLiteral("network-transmit")), tr("&Sync to routers…"), this);
    m_sync->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    m_sync->setStatusTip(tr("Make every router's speed profiles match the packages it sells"));
    for (QAction *action : {m_add, m_edit, m_remove, m_refresh, m_retire, m_sync}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")) + QStringLiteral(" (")
                           + action->shortcut().toString(QKeySequence::NativeText) + QLatin1Char(')'));
        addAction(action);
    }
    connect(m_add, &QAction::triggered, this, &PackagesPanel::addPackage);
    connect(m_edit, &QAction::triggered, this, &PackagesPanel::editPackage);
    connect(m_remove, &QAction::triggered, this, &PackagesPanel::removePackage);
    connect(m_refresh, &QAction::triggered, this, &PackagesPanel::refresh);
    connect(m_retire, &QAction::triggered, this, &PackagesPanel::toggleRetired);
    connect(m_sync, &QAction::triggered, this, &PackagesPanel::syncToRouters);
    connect(m_table, &SearchableTable::activated, this, &PackagesPanel::editPackage);
    connect(m_table, &SearchableTable::selectionChanged, this, &PackagesPanel::updateActions);
    m_table->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->view()->addActions({m_edit, m_retire, m_remove});

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_add, m_edit, m_retire, m_remove, m_sync, m_refresh});

    auto *title = new QLabel(tr("<h2>Packages</h2>What customers can buy: price, time, speed and devices."), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(toolbar);
    layout->addWidget(m_table, 1);

    connect(&m_desk.changes, &models::ChangeFeed::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("packages") || table == QLatin1String("package_routers") || table == QLatin1String("routers")
            || table == QLatin1String("*"))
            refresh();
    });
    updateActions();
    refresh();
}

QList<QAction *> PackagesPanel::panelActions() const
{
    return {m_add, m_edit, m_retire, m_remove, m_sync, m_refresh};
}

void PackagesPanel::refresh()
{
    app::Office &office = m_desk.office;
    m_desk.run(this, [&office] { return Loaded{office.packages.list(true), office.routers.list()}; },
               [this](Loaded loaded) {
                   if (!loaded.packages || !loaded.routers) {
                       const auto &error = !loaded.packages ? loaded.packages.error() : loaded.routers.error();
                       Q_EMIT statusMessage(tr("Could not load packages: %1").arg(error.message));
                       return;
                   }
                   m_routers = *loaded.routers;
                   QHash<qint64, QString> names;
                   for (const auto &r : m_routers)
                       names.insert(r.id, r.name);
                   m_model.setRouterNames(names);
                   m_model.setRows(*loaded.packages);
                   updateActions();
               });
}

void PackagesPanel::updateActions()
{
    const int row = m_table->currentSourceRow();
    m_edit->setEnabled(m_mayManage && row >= 0);
    m_remove->setEnabled(m_mayManage && row >= 0 && !m_model.row(row).retired);
    m_retire->setEnabled(m_mayManage && row >= 0);
    m_retire->setText(row >= 0 && m_model.row(row).retired ? tr("Put back on &sale") : tr("Re&tire"));
}

void PackagesPanel::setMayManage(bool may)
{
    m_mayManage = may;
    for (QAction *action : {m_add, m_edit, m_remove, m_retire, m_sync})
        action->setVisible(may);
    updateActions();
}

void PackagesPanel::toggleRetired()
{
    const int row = m_table->currentSourceRow();
    if (row < 0 || !m_mayManage)
        return;
    const models::Package package = m_model.row(row);
    const bool retire = !package.retired;
    if (retire
        && QMessageBox::question(this, tr("Retire package"),
                                 tr("Stop selling \"%1\"?\n\nIt disappears from the portal; customers who bought it keep their "
                                    "time, and you can put it back on sale later.").arg(package.name),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    app::Office &office = m_desk.office;
    const models::AuditEntry who = m_desk.audit({}, {}, 0, {});
    m_desk.run(this, [&office, package, retire, who] { return app::DeskActions(office).setRetired(package.id, retire, who); },
               [this, package, retire](app::Result<void> done) {
                   if (!done) {
                       QMessageBox::warning(this, tr("Package not changed"), done.error().message);
                       return;
                   }
                   Q_EMIT statusMessage(retire ? tr("\"%1\" retired: no longer on sale.").arg(package.name)
                                               : tr("\"%1\" is on sale again.").arg(package.name));
                   refresh();
               });
}

void PackagesPanel::syncToRouters()
{
    if (!m_mayManage)
        return;
    auto *run = new RouterSyncRun(m_desk, this);
    connect(run, &RouterSyncRun::finished, this, [this](bool allOk, const QStringList &lines) {
        auto *box = new QMessageBox(allOk ? QMessageBox::Information : QMessageBox::Warning, tr("Sync to routers"),
                                    (allOk ? tr("Every router's profiles match its packages.") 
                                           : tr("Some routers were not synced. Check them in Routers (Test connection), then sync again."))
                                        + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')),
                                    QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        Q_EMIT statusMessage(allOk ? tr("Routers synced.") : tr("Sync finished with problems."));
    });
    run->start();
}

void PackagesPanel::addPackage()
{
    models::Package fresh;
    fresh.devices = 1;
    openDialog(fresh);
}

void PackagesPanel::editPackage()
{
    const int row = m_table->currentSourceRow();
    if (row >= 0)
        openDialog(m_model.row(row));
}

void PackagesPanel::openDialog(const models::Package &package)
{
    auto *dialog = new PackageDialog(package, m_routers, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const models::Package edited = dialog->package();
        app::Office &office = m_desk.office;
        const models::AuditEntry who = m_desk.audit({}, {}, 0, {});
        m_desk.run(this, [&office, edited, who] { return app::DeskActions(office).savePackage(edited, who); },
                   [this, edited](app::Result<qint64> saved) {
                       if (!saved) {
                           QMessageBox::warning(this, tr("Package not saved"), saved.error().message);
                           openDialog(edited);   // keep what they typed
                           return;
                       }
                       Q_EMIT statusMessage(tr("Package \"%1\" saved.").arg(edited.name));
                       refresh();
                   });
    });
    dialog->open();
}

void PackagesPanel::removePackage()
{
    const int row = m_table->currentSourceRow();
    if (row < 0)
        return;
    const models::Package package = m_model.row(row);
    const auto answer = QMessageBox::question(
        this, tr("Remove package"),
        tr("Stop selling \"%1\"?\n\nCustomers who already bought it keep their time. A package that was sold before is "
           "retired rather than deleted, so its history stays.").arg(package.name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    app::Office &office = m_desk.office;
    const models::AuditEntry who = m_desk.audit({}, {}, 0, {});
    m_desk.run(this, [&office, package, who] { return app::DeskActions(office).removePackage(package, who); },
               [this, package](app::Result<models::PackageStore::Removal> removed) {
                   if (!removed) {
                       QMessageBox::warning(this, tr("Package not removed"), removed.error().message);
                       return;
                   }
                   Q_EMIT statusMessage(*removed == models::PackageStore::Removal::Retired
                                            ? tr("\"%1\" was sold before, so it is retired: no longer on sale, history kept.").arg(package.name)
                                            : tr("\"%1\" removed.").arg(package.name));
                   refresh();
               });
}

} // namespace lango::ui
