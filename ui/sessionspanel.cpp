#include "ui/sessionspanel.h"

#include "app/staff/deskactions.h"
#include "app/routers/livesessions.h"
#include "app/desk/localservices.h"
#include "ui/desk.h"
#include "ui/extenddialog.h"
#include "ui/panelaction.h"
#include "ui/searchabletable.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace lango::ui {

namespace {
constexpr int kPollMs = 3000;
constexpr qint64 kStuckPollMs = 30000;   // a poll that never answered is given up

struct Joined
{
    QList<models::LiveSession> sessions;
    QStringList unreachable;
    int routers = 0;
    app::Result<void> grants;
};
} // namespace

void RouterFilterProxy::setRouterId(qint64 routerId)
{
    m_routerId = routerId;
    invalidateRowsFilter();
}

bool RouterFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_routerId == 0)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(models::SessionTableModel::RouterIdRole).toLongLong() == m_routerId;
}

SessionsPanel::SessionsPanel(Desk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
{
    m_byRouter.setSourceModel(&m_model);
    m_table = new SearchableTable(QStringLiteral("sessions"), &m_byRouter, models::SessionTableModel::SortRole, this);
    m_table->setPlaceholderText(tr("Search by user, package, MAC or IP"));
    m_table->view()->setSelectionMode(QAbstractItemView::SingleSelection);

    m_kick = panelAction(this, QStringLiteral("process-stop"), tr("&Kick off"), QKeySequence(Qt::CTRL | Qt::Key_K),
                         tr("End this device's session now; it may log in again while its time lasts"));
    m_extend = panelAction(this, QStringLiteral("appointment-new"), tr("E&xtend…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                           tr("Give this customer more time online"));
    m_disable = panelAction(this, QStringLiteral("edit-delete"), tr("&Disable access…"), QKeySequence(Qt::CTRL | Qt::Key_D),
                            tr("End this customer's access now, before its time is up"));
    m_refresh = panelAction(this, QStringLiteral("view-refresh"), tr("Re&fresh"), QKeySequence::Refresh,
                            tr("Ask the routers for their sessions now"));
    connect(m_kick, &QAction::triggered, this, &SessionsPanel::kick);
    connect(m_extend, &QAction::triggered, this, &SessionsPanel::extend);
    connect(m_disable, &QAction::triggered, this, &SessionsPanel::disable);
    connect(m_refresh, &QAction::triggered, this, &SessionsPanel::refresh);
    connect(m_table, &SearchableTable::selectionChanged, this, &SessionsPanel::updateActions);
    m_table->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->view()->addActions({m_kick, m_extend, m_disable});

    m_router = new QComboBox(this);
    m_router->addItem(tr("All routers"), qint64(0));
    auto *routerLabel = new QLabel(tr("&Router:"), this);
    routerLabel->setBuddy(m_router);
    connect(m_router, &QComboBox::currentIndexChanged, this, [this] { m_byRouter.setRouterId(m_router->currentData().toLongLong()); });

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_kick, m_extend, m_disable, m_refresh});
    auto *filters = new QHBoxLayout;
    filters->addWidget(toolbar, 1);
    filters->addWidget(routerLabel);
    filters->addWidget(m_router);

    m_status = new QLabel(tr("Waiting for the routers…"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Live sessions</h2>Customers online on every router, updated every few seconds."), this));
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &SessionsPanel::refresh);
    connect(&m_desk.changes, &models::ChangeFeed::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("routers") || table == QLatin1String("*"))
            loadRouters();
    });
    loadRouters();
    updateActions();
}

QList<QAction *> SessionsPanel::panelActions() const
{
    return {m_kick, m_extend, m_disable, m_refresh};
}

void SessionsPanel::setMayManage(bool may)
{
    m_mayManage = may;
    for (QAction *action : {m_kick, m_extend, m_disable})
        action->setVisible(may);
    updateActions();
}

void SessionsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_poll.start();
    refresh();
}

void SessionsPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_poll.stop();
}

void SessionsPanel::loadRouters()
{
    app::Office &office = m_desk.office;
    m_desk.run(this, [&office] { return office.routers.list(); }, [this](models::Result<QList<models::Router>> routers) {
        if (!routers)
            return;
        const qint64 chosen = m_router->currentData().toLongLong();
        QSignalBlocker blocker(m_router);
        m_router->clear();
        m_router->addItem(tr("All routers"), qint64(0));
        for (const models::Router &router : *routers)
            m_router->addItem(router.name, router.id);
        m_router->setCurrentIndex(std::max(0, m_router->findData(chosen)));
        m_byRouter.setRouterId(m_router->currentData().toLongLong());
    });
}

void SessionsPanel::refresh()
{
    if (!m_desk.services) {
        m_status->setText(tr("Waiting for the router services to start…"));
        return;
    }
    if (m_polling && m_pollStarted.elapsed() < kStuckPollMs)
        return;   // the last answer is still on its way
    m_polling = true;
    m_pollStarted.start();
    app::Office &office = m_desk.office;
    Desk *desk = &m_desk;
    QPointer<SessionsPanel> self(this);
    m_desk.services->withRouters<app::LiveSessions::Snapshot>([](app::RouterDirectory &routers) {
        return app::LiveSessions::collect(routers);
    }).then(this, [self, desk, &office](app::LiveSessions::Snapshot snapshot) {
        desk->run(self.data(),
                  [&office, snapshot]() mutable {
                      Joined joined{snapshot.sessions, snapshot.unreachable, snapshot.routers, {}};
                      joined.grants = app::LiveSessions::attachGrants(office, joined.sessions);
                      return joined;
                  },
                  [self](Joined joined) {
                      self->m_polling = false;
                      self->m_model.setNow(QDateTime::currentSecsSinceEpoch());
                      self->m_model.setRows(joined.sessions);
                      QString status = tr("%1 online on %n router(s), updated %2.", nullptr, joined.routers)
                                           .arg(joined.sessions.size())
                                           .arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")));
                      if (!joined.unreachable.isEmpty())
                          status += QLatin1Char(' ') + tr("Not reached: %1.").arg(joined.unreachable.join(QStringLiteral("; ")));
                      if (!joined.grants)
                          status += QLatin1Char(' ') + tr("Packages unknown: %1").arg(joined.grants.error().message);
                      self->m_status->setText(status);
                      self->updateActions();
                  });
    });
}

std::optional<models::LiveSession> SessionsPanel::current() const
{
    const int row = m_table->currentSourceRow();
    if (row < 0)
        return std::nullopt;
    const int source = m_byRouter.mapToSource(m_byRouter.index(row, 0)).row();
    if (source < 0 || source >= m_model.rowCount())
        return std::nullopt;
    return m_model.row(source);
}

void SessionsPanel::updateActions()
{
    const auto session = current();
    m_kick->setEnabled(m_mayManage && session.has_value());
    m_extend->setEnabled(m_mayManage && session && session->grantId);
    m_disable->setEnabled(m_mayManage && session && session->grantId);
}

void SessionsPanel::kick()
{
    const auto session = current();
    if (!session || !m_desk.services)
        return;
    if (QMessageBox::question(this, tr("Kick off"),
                              tr("End the session of %1 (%2) on router %3 now?\n\nTheir access is not ended: the device may log "
                                 "in again while its time lasts. To end access, use Disable access.")
                                  .arg(session->user, session->mac, session->routerName),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    const models::LiveSession target = *session;
    app::Office &office = m_desk.office;
    Desk *desk = &m_desk;
    QPointer<SessionsPanel> self(this);
    m_desk.services->withRouters<app::Result<int>>([target](app::RouterDirectory &routers) {
        return app::LiveSessions::kick(routers, target.routerId, target.user);
    }).then(this, [self, desk, &office, target](app::Result<int> kicked) {
        if (!kicked) {
            QMessageBox::warning(self, tr("Not kicked"),
                                 tr("%1\n\nCheck the router in the Routers panel, then try again.").arg(kicked.error().message));
            return;
        }
        const int count = *kicked;
        const models::AuditEntry who = desk->audit({}, {}, 0, {});
        desk->run(self.data(), [&office, target, count, who] { return app::DeskActions(office).recordKick(target.routerName, target.user, count, who); },
                  [](app::Result<void>) {});
        Q_EMIT self->statusMessage(tr("%1 kicked off %2.").arg(target.user, target.routerName));
        self->refresh();
    });
}

void SessionsPanel::extend()
{
    const auto session = current();
    if (!session || !session->grantId)
        return;
    auto *dialog = new ExtendDialog(session->user, session->packageName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const models::LiveSession target = *session;
    connect(dialog, &QDialog::accepted, this, [this, dialog, target] {
        const qint64 seconds = dialog->seconds();
        app::Office &office = m_desk.office;
        const models::AuditEntry who = m_desk.audit({}, {}, 0, {});
        m_desk.run(this, [&office, target, seconds, who] { return app::DeskActions(office).extendGrant(target.grantId, seconds, who); },
                   [this, target](app::Result<qint64> extended) {
                       if (!extended) {
                           QMessageBox::warning(this, tr("Not extended"), extended.error().message);
                           return;
                       }
                       Q_EMIT statusMessage(tr("%1 now has access until %2; the router is being updated.")
                                                .arg(target.user, QDateTime::fromSecsSinceEpoch(*extended).toString(QStringLiteral("HH:mm, d MMM"))));
                       refresh();
                   });
    });
    dialog->open();
}

void SessionsPanel::disable()
{
    const auto session = current();
    if (!session || !session->grantId)
        return;
    if (QMessageBox::warning(this, tr("Disable access"),
                             tr("End the access of %1 (%2) now?\n\nThe device goes back to the login page and the time left is "
                                "lost. This cannot be undone; to give time back, sell or extend again.")
                                 .arg(session->user, session->packageName),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    const models::LiveSession target = *session;
    app::Office &office = m_desk.office;
    const models::AuditEntry who = m_desk.audit({}, {}, 0, {});
    m_desk.run(this, [&office, target, who] { return app::DeskActions(office).disableGrant(target.grantId, who); },
               [this, target](app::Result<void> disabled) {
                   if (!disabled) {
                       QMessageBox::warning(this, tr("Not disabled"), disabled.error().message);
                       return;
                   }
                   Q_EMIT statusMessage(tr("%1's access is ended; the router removes them within seconds.").arg(target.user));
                   refresh();
               });
}

} // namespace lango::ui
