#include "ui/deskpanels.h"

#include "app/desk/localservices.h"
#include "app/staff/permissions.h"
#include "app/desk/serverhealth.h"
#include "models/stafftablemodel.h"
#include "ui/auditpanel.h"
#include "ui/customerspanel.h"
#include "ui/dashboardpanel.h"
#include "ui/desk.h"
#include "ui/mainwindow.h"
#include "ui/mpesasection.h"
#include "ui/smssection.h"
#include "ui/officesection.h"
#include "ui/packagespanel.h"
#include "ui/paymentspanel.h"
#include "ui/problemsview.h"
#include "ui/routerspanel.h"
#include "ui/serversection.h"
#include "ui/sessionspanel.h"
#include "ui/settingspanel.h"
#include "ui/staffpanel.h"
#include "ui/traynotifier.h"

#include <QApplication>
#include <QStyle>

namespace lango::ui {

DeskPanels::DeskPanels(Desk &desk, MainWindow &window, PackagesPanel &packages, RoutersPanel &routers, SettingsPanel &settings,
                       QObject *parent)
    : QObject(parent)
    , m_desk(desk)
    , m_window(window)
    , m_packages(packages)
    , m_routers(routers)
    , m_settings(settings)
{
    const models::Role role = m_desk.role;
    m_packages.setMayManage(app::Permissions::allows(role, app::Permission::ManagePackages));
    m_routers.setMayManage(app::Permissions::allows(role, app::Permission::ManageRouters));
    if (!shows("routers")) {
        m_routers.setParent(&m_window);   // still follows health for the status bar, never shown
        m_routers.hide();
    }
    if (!shows("packages")) {
        m_packages.setParent(&m_window);
        m_packages.hide();
    }
    if (m_desk.staffId) {
        m_window.setPermanentStatus(QStringLiteral("staff"),
                                    QStringLiteral("%1 (%2)").arg(m_desk.actor.section(QLatin1Char(':'), 1),
                                                      models::StaffTableModel::roleText(role)),
                                    tr("Signed in at this desk"));
    }
    // Payment problems are for those who see payments: a seller's database
    // role may not even count them.
    if (!shows("payments"))
        return;
    m_tray = new TrayNotifier(m_desk, this);
    connect(m_tray, &TrayNotifier::noticeShown, &m_window, &MainWindow::showStatusMessage);
    connect(m_tray, &TrayNotifier::activated, this, [this] {
        m_window.showNormal();
        m_window.raise();
        m_window.activateWindow();
        if (m_payments) {
            m_window.showPanel(QStringLiteral("payments"));
            m_payments->showProblems();
        }
    });
}

DeskPanels::~DeskPanels() = default;

bool DeskPanels::shows(const char *key) const
{
    return app::Permissions::showsPanel(m_desk.role, QString::fromLatin1(key));
}

void DeskPanels::add(const QString &key, const QString &title, int icon, QWidget *panel, const QList<QAction *> &actions)
{
    m_window.addPanel(key, title, QApplication::style()->standardIcon(static_cast<QStyle::StandardPixmap>(icon)), panel, actions);
}

void DeskPanels::addFirst()
{
    if (shows("dashboard")) {
        m_dashboard = new DashboardPanel(m_desk);
        add(QStringLiteral("dashboard"), tr("Dashboard"), QStyle::SP_ComputerIcon, m_dashboard, m_dashboard->panelActions());
        connect(m_dashboard, &DashboardPanel::problemsLinkActivated, this, [this] {
            m_window.showPanel(QStringLiteral("payments"));
            if (m_payments)
                m_payments->showProblems();
        });
        connect(m_dashboard, &DashboardPanel::voucherSalesLinkActivated, this, [this] {
            m_window.showPanel(QStringLiteral("payments"));
            if (m_payments)
                m_payments->showVoucherSales();
        });
        connect(m_dashboard, &DashboardPanel::textsLinkActivated, this, [this] {
            m_window.showPanel(QStringLiteral("payments"));
            if (m_payments)
                m_payments->showTexts();
        });
    }
    if (shows("packages"))
        add(QStringLiteral("packages"), tr("Packages"), QStyle::SP_FileDialogListView, &m_packages, m_packages.panelActions());
    if (shows("sessions")) {
        m_sessions = new SessionsPanel(m_desk);
        m_sessions->setMayManage(app::Permissions::allows(m_desk.role, app::Permission::ManageSessions));
        add(QStringLiteral("sessions"), tr("Live sessions"), QStyle::SP_DriveNetIcon, m_sessions, m_sessions->panelActions());
        connect(m_sessions, &SessionsPanel::statusMessage, &m_window, &MainWindow::showStatusMessage);
    }
    if (shows("customers")) {
        m_customers = new CustomersPanel(m_desk);
        add(QStringLiteral("customers"), tr("Customers"), QStyle::SP_DirHomeIcon, m_customers, m_customers->panelActions());
        connect(m_customers, &CustomersPanel::statusMessage, &m_window, &MainWindow::showStatusMessage);
    }
}

void DeskPanels::addRest()
{
    const models::Role role = m_desk.role;
    if (shows("payments")) {
        m_payments = new PaymentsPanel(m_desk);
        m_payments->setMayManage(app::Permissions::allows(role, app::Permission::ManagePayments));
        add(QStringLiteral("payments"), tr("Payments"), QStyle::SP_DialogApplyButton, m_payments, m_payments->panelActions());
        connect(m_payments, &PaymentsPanel::statusMessage, &m_window, &MainWindow::showStatusMessage);
    }
    if (shows("routers"))
        add(QStringLiteral("routers"), tr("Routers"), QStyle::SP_DriveNetIcon, &m_routers, m_routers.panelActions());
    if (shows("staff")) {
        m_staff = new StaffPanel(m_desk);
        add(QStringLiteral("staff"), tr("Staff"), QStyle::SP_DirIcon, m_staff, m_staff->panelActions());
        connect(m_staff, &StaffPanel::statusMessage, &m_window, &MainWindow::showStatusMessage);
    }
    if (shows("audit")) {
        m_audit = new AuditPanel(m_desk);
        add(QStringLiteral("audit"), tr("Audit log"), QStyle::SP_FileDialogContentsView, m_audit, m_audit->panelActions());
        connect(m_audit, &AuditPanel::statusMessage, &m_window, &MainWindow::showStatusMessage);
    }
    if (app::Permissions::allows(role, app::Permission::ManageOffice)) {
        auto *mpesa = new MpesaSection(m_desk);
        auto *texts = new SmsSection(m_desk);
        auto *office = new OfficeSection(m_desk);
        m_serverSection = new ServerSection;
        m_settings.addSection(mpesa);
        m_settings.addSection(texts);
        m_settings.addSection(office);
        m_settings.addSection(m_serverSection);
        connect(mpesa, &MpesaSection::statusMessage, &m_window, &MainWindow::showStatusMessage);
        connect(texts, &SmsSection::statusMessage, &m_window, &MainWindow::showStatusMessage);
        connect(office, &OfficeSection::statusMessage, &m_window, &MainWindow::showStatusMessage);
        connect(m_serverSection, &ServerSection::statusMessage, &m_window, &MainWindow::showStatusMessage);
        connect(m_serverSection, &ServerSection::serverChanged, this, &DeskPanels::showServer);
    }
    m_settings.setMayShowOfficeKey(app::Permissions::allows(role, app::Permission::ManageOffice));
    add(QStringLiteral("settings"), tr("Settings"), QStyle::SP_FileDialogDetailedView, &m_settings, {});
}

void DeskPanels::connectServices(app::LocalServices &services)
{
    connect(&services, &app::LocalServices::routerFactsChanged, this,
            [this](const QString &name, bool up, const QString &identity, const QString &version, qint64 skew, bool skewKnown) {
                m_routers.model().setFacts(name, {identity, version, skewKnown ? std::optional<qint64>(skew) : std::nullopt});
                m_routerUp.insert(name, up);
                if (m_dashboard)
                    m_dashboard->setRouterHealth(name, up);
                showRouterStatus();
            });
    connect(&m_routers, &RoutersPanel::routersChanged, this, [this] {
        QStringList names;
        for (const auto &router : m_routers.model().rows()) {
            if (router.enabled)
                names << router.name;
        }
        for (auto it = m_routerUp.begin(); it != m_routerUp.end();)
            it = names.contains(it.key()) ? std::next(it) : m_routerUp.erase(it);
        if (m_dashboard)
            m_dashboard->setRouterNames(names);
        showRouterStatus();
    });
    if (m_tray)
        connect(&services, &app::LocalServices::problemRecorded, m_tray, &TrayNotifier::problemRecorded);
    m_server = new app::ServerHealth(this);
    connect(m_server, &app::ServerHealth::checked, this, [this](bool ok, const QString &summary, const QString &detail) {
        m_window.setPermanentStatus(QStringLiteral("server"), ok ? summary : QStringLiteral("⚠ ") + summary, detail);
        if (m_serverSection)
            m_serverSection->showHealth(ok, summary, detail);
    });
    showServer(ServerSection::savedServer());
}

void DeskPanels::showServer(const QUrl &server)
{
    if (!m_server)
        return;
    if (server.isEmpty())
        m_window.setPermanentStatus(QStringLiteral("server"), m_desk.services && m_desk.services->runsBilling() ? QString() : tr("Server: not set"),
                                    tr("Set the office server's address in Settings to watch its health here."));
    m_server->setServer(server);
}

void DeskPanels::showRouterStatus()
{
    int up = 0;
    QStringList down;
    for (auto it = m_routerUp.constBegin(); it != m_routerUp.constEnd(); ++it) {
        if (it.value())
            ++up;
        else
            down << it.key();
    }
    down.sort();
    m_window.setPermanentStatus(QStringLiteral("routers"),
                                down.isEmpty() ? tr("Routers: %1 up").arg(up) : tr("Routers: %1 up, %2 down").arg(up).arg(down.size()),
                                down.isEmpty() ? QString() : tr("Down: %1").arg(down.join(QStringLiteral(", "))));
}

} // namespace lango::ui
