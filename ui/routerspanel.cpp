#include "ui/routerspanel.h"

#include "app/staff/deskactions.h"
#include "app/desk/localservices.h"
#include "app/routers/routerprofiles.h"
#include "app/routers/routerreporttext.h"
#include "app/routers/routertest.h"
#include "app/portal/portalinstalljob.h"
#include "app/tunnel/tunnelsetup.h"
#include "app/tunnel/tunnelstatus.h"
#include "ui/desk.h"
#include "ui/routerclockbanner.h"
#include "ui/routerdialog.h"
#include "ui/searchabletable.h"
#include "ui/tunnelscriptdialog.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPromise>
#include <QTableView>
#include <QDateTime>
#include <QTimer>
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
    m_installPortal = new QAction(QIcon::fromTheme(QStringLiteral("document-send")), tr("Install &portal…"), this);
    m_installPortal->setToolTip(tr("Put Lango's captive portal on the selected router's hotspot"));
    m_installPortal->setStatusTip(tr("Upload the login pages with M-Pesa buying and vouchers, and point the hotspot at them"));
    m_installPortal->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_installPortal->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_installPortal);
    connect(m_installPortal, &QAction::triggered, this, [this] { installPortal({}); });
    m_test = new QAction(QIcon::fromTheme(QStringLiteral("network-wired")), tr("&Test connection"), this);
    m_test->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_test->setStatusTip(tr("Connect to the selected router and check what Lango needs"));
    m_tunnel = new QAction(QIcon::fromTheme(QStringLiteral("network-vpn")), tr("T&unnel…"), this);
    m_tunnel->setToolTip(tr("Reach a router behind NAT through a WireGuard tunnel it dials to the server"));
    m_tunnel->setStatusTip(tr("Give the selected router a tunnel to the server and show the commands to paste into it"));
    m_tunnel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    connect(m_tunnel, &QAction::triggered, this, &RoutersPanel::makeTunnel);
    for (QAction *action : {m_add, m_edit, m_remove, m_refresh, m_test, m_tunnel}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_add, &QAction::triggered, this, &RoutersPanel::addRouter);
    connect(m_edit, &QAction::triggered, this, &RoutersPanel::editRouter);
    connect(m_remove, &QAction::triggered, this, &RoutersPanel::removeRouter);
    connect(m_refresh, &QAction::triggered, this, &RoutersPanel::refresh);
    connect(m_test, &QAction::triggered, this, &RoutersPanel::testConnection);
    connect(m_table, &SearchableTable::activated, this, &RoutersPanel::editRouter);
    connect(m_table, &SearchableTable::selectionChanged, this, &RoutersPanel::updateActions);
    m_table->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->view()->addActions({m_test, m_edit, m_remove});
    m_table->view()->addAction(m_installPortal);
    m_table->view()->addAction(m_tunnel);

    m_toolbar = new QToolBar(this);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->addActions({m_add, m_edit, m_remove, m_test, m_refresh});
    m_toolbar->addAction(m_installPortal);
    m_toolbar->addAction(m_tunnel);

    auto *title = new QLabel(tr("<h2>Routers</h2>The MikroTik routers Lango puts customers on."), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_toolbar);
    layout->addWidget(new RouterClockBanner(m_model, m_table->view(), this));
    layout->addWidget(m_table, 1);

    connect(&m_desk.changes, &models::ChangeFeed::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("routers") || table == QLatin1String("*"))
            refresh();
    });
    // The server reports tunnels every few seconds; the column follows.
    m_tunnelRefresh = new QTimer(this);
    m_tunnelRefresh->setInterval(15000);
    connect(m_tunnelRefresh, &QTimer::timeout, this, &RoutersPanel::refreshTunnels);
    m_tunnelRefresh->start();
    updateActions();
    refresh();
}

QList<QAction *> RoutersPanel::panelActions() const
{
    return {m_add, m_edit, m_remove, m_test, m_refresh, m_installPortal, m_tunnel};
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
        refreshTunnels();
    });
}

void RoutersPanel::refreshTunnels()
{
    if (!isVisible() && m_model.rowCount() > 0 && sender() == m_tunnelRefresh)
        return;   // nobody is looking
    if (m_desk.role == models::Role::Seller)
        return;   // a seller's login may not read tunnels (the database refuses)
    app::Office &office = m_desk.office;
    m_desk.run(this, [&office] { return office.tunnels.list(); }, [this](models::Result<QList<models::TunnelPeer>> peers) {
        if (!peers) {
            Q_EMIT statusMessage(tr("Could not load the tunnels: %1").arg(peers.error().message));
            return;
        }
        QHash<qint64, models::RouterTableModel::HealthText> texts;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (const models::TunnelPeer &peer : *peers) {
            const auto status = app::tunnel::TunnelStatus::of(peer, now);
            texts.insert(peer.routerId, {status.state == app::tunnel::TunnelStatus::State::Up, status.summary,
                                         status.advice.isEmpty() ? status.summary : status.advice});
        }
        m_model.setTunnels(texts);
    });
}

void RoutersPanel::makeTunnel()
{
    const auto router = currentRouter();
    if (!router)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Tunnel for %1").arg(router->name),
        tr("Give router %1 a WireGuard tunnel to the server? It gets a new key and an address in the tunnel network, and "
           "Lango reaches its API there from now on. You then paste the commands shown next into the router (RouterOS 7).\n\n"
           "If the router already has a tunnel, it needs the new commands too.").arg(router->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    struct Made
    {
        QString address;
        QString script;
    };
    app::Office &office = m_desk.office;
    const models::AuditEntry who = m_desk.audit({}, {}, 0, {});
    const QString name = router->name;
    m_desk.run(this, [&office, who, name]() -> app::Result<Made> {
        app::tunnel::TunnelSetup setup(office, who);
        auto plan = setup.plan(name);
        if (!plan)
            return plan.error();
        if (auto recorded = setup.record(*plan); !recorded)
            return recorded.error();
        if (auto switched = setup.switchToTunnel(*plan); !switched)
            return switched.error();
        return Made{plan->address, app::tunnel::RouterTunnelScript(plan->scriptPlan()).terminalText()};
    }, [this, name](app::Result<Made> made) {
        if (!made) {
            QMessageBox::warning(this, tr("No tunnel for %1").arg(name), made.error().message);
            return;
        }
        Q_EMIT statusMessage(tr("Router %1 has tunnel address %2; paste its commands into the router.").arg(name, made->address));
        auto *dialog = new TunnelScriptDialog(name, made->address, made->script, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        refresh();
    });
}

void RoutersPanel::setMayManage(bool may)
{
    // Cashiers see and test routers; only admins change them.
    for (QAction *action : {m_add, m_edit, m_remove, m_installPortal, m_tunnel})
        action->setVisible(may);
}

void RoutersPanel::updateActions()
{
    const bool selected = m_table->currentSourceRow() >= 0;
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_installPortal->setEnabled(selected);
    m_test->setEnabled(selected);
    m_tunnel->setEnabled(selected);
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
        const models::Router edited = dialog->router();
        const QString password = dialog->newPassword();
        app::Office &office = m_desk.office;
        const models::AuditEntry who = m_desk.audit({}, {}, 0, {});
        m_desk.run(this, [&office, edited, password, who] { return app::DeskActions(office).saveRouter(edited, password, who); },
                   [this, edited](app::Result<qint64> saved) {
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

void RoutersPanel::testConnection()
{
    const auto router = currentRouter();
    if (!router)
        return;
    if (!m_desk.services) {
        Q_EMIT statusMessage(tr("The router services are still starting; try again in a moment."));
        return;
    }
    auto config = app::RouterTest::connectionFor(*router, m_desk.office.box());
    if (!config) {
        QMessageBox::warning(this, tr("Test connection"), config.error().message);
        return;
    }
    auto *progress = new QProgressDialog(tr("Connecting to %1…").arg(router->name), QString(), 0, 0, this);
    progress->setWindowTitle(tr("Test connection"));
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    const routeros::ConnectionConfig target = *config;
    // The check runs on the services thread, never on the GUI's.
    m_desk.services->withRouters<routeros::RouterReport>([target](app::RouterDirectory &) {
        return app::RouterTest::once(target);
    }).then(this, [this, progress, name = router->name](routeros::RouterReport report) {
        progress->close();
        QStringList lines = app::RouterReportText::facts(report);
        lines += app::RouterReportText::problems(report);
        if (report.problems.isEmpty())
            lines << tr("All good: Lango can use this router.");
        showMessage(report.isHealthy() ? QMessageBox::Information : QMessageBox::Warning, tr("Router %1").arg(name),
                    lines.join(QLatin1Char('\n')));
    });
}

void RoutersPanel::installPortal(const QString &apiUrl)
{
    const auto router = currentRouter();
    if (!router)
        return;
    if (!m_desk.services) {
        Q_EMIT statusMessage(tr("The router services are still starting; try again in a moment."));
        return;
    }
    auto *progress = new QProgressDialog(tr("Installing the portal on %1…").arg(router->name), tr("Cancel"), 0, 0, this);
    progress->setWindowTitle(tr("Install portal"));
    progress->setMinimumDuration(0);
    progress->setAutoReset(false);
    progress->setAutoClose(false);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    // The job lives and talks to the router on the services thread; its
    // progress reaches the dialog queued, and Cancel goes back the same way.
    app::Office *office = &m_desk.office;
    models::DbExecutor *db = &m_desk.db;
    app::LocalServices *services = m_desk.services;
    const models::Router target = *router;
    const models::AuditEntry audit = m_desk.audit({}, {}, 0, {});
    const QPointer<QProgressDialog> dialog(progress);
    // Made on the services thread, wired here on the GUI thread (a widget
    // is never touched from there), then started back on its own thread.
    services->withRouters<app::PortalInstallJob *>([office, db, services, target, audit](app::RouterDirectory &) {
        auto *job = new app::PortalInstallJob(*office, *db, target, audit);
        job->setPublicUrl(services->publicUrl());   // the desk's own server: no need to ask
        QPromise<app::PortalInstallJob *> made;
        made.start();
        made.addResult(job);
        made.finish();
        return made.future();
    }).then(this, [this, dialog, apiUrl, name = router->name](app::PortalInstallJob *job) {
        if (dialog) {
            connect(dialog, &QProgressDialog::canceled, job, &app::PortalInstallJob::cancel);
            connect(job, &app::PortalInstallJob::progressed, dialog, [dialog](int done, int total, const QString &step) {
                dialog->setMaximum(total);
                dialog->setValue(done);
                dialog->setLabelText(step);
            });
        }
        connect(job, &app::PortalInstallJob::finished, this, [this, job, dialog, name](bool ok, const QString &summary, bool needsApiUrl) {
            job->deleteLater();
            if (dialog)
                dialog->close();
            if (needsApiUrl) {   // no address known to this desk: ask once, kept as portal.api_url
                auto *ask = new QInputDialog(this);
                ask->setWindowTitle(tr("Install portal"));
                ask->setLabelText(tr("At which address do phones and routers reach the Lango server?\n"
                                     "This is the server's [http] public_url, for example https://hotspot.example.co.ke."));
                ask->setTextValue(QStringLiteral("https://"));
                ask->setAttribute(Qt::WA_DeleteOnClose);
                connect(ask, &QInputDialog::textValueSelected, this, [this](const QString &url) { installPortal(url); });
                ask->open();
                return;
            }
            if (!ok) {
                showMessage(QMessageBox::Warning, tr("Portal not installed on %1").arg(name), summary);
                return;
            }
            Q_EMIT statusMessage(summary.section(QLatin1Char('\n'), 0, 0));
            Q_EMIT portalInstalled(name, summary);
            showMessage(QMessageBox::Information, tr("Portal on %1").arg(name), summary);
        });
        QMetaObject::invokeMethod(job, [job, apiUrl] { job->start(apiUrl); }, Qt::QueuedConnection);
    }).onCanceled(this, [this, dialog, services, name = router->name] {   // the services refused: say why
        if (dialog)
            dialog->close();
        showMessage(QMessageBox::Warning, tr("Portal not installed on %1").arg(name), services->notRunning().message);
    });
}

void RoutersPanel::showMessage(QMessageBox::Icon icon, const QString &title, const QString &text)
{
    // Opened, not exec()'d: a continuation must not spin a nested event loop.
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
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
    const models::AuditEntry who = m_desk.audit({}, {}, 0, {});
    const models::Router target = *router;
    m_desk.run(this, [&office, target, who] { return app::DeskActions(office).removeRouter(target, who); },
               [this, target](app::Result<void> removed) {
                   if (!removed) {
                       QMessageBox::warning(this, tr("Router not removed"), removed.error().message);
                       return;
                   }
                   Q_EMIT statusMessage(tr("Router %1 removed.").arg(target.name));
                   refresh();
               });
}

} // namespace lango::ui
