#pragma once

#include <QHash>
#include <QObject>
#include <QUrl>

class QAction;

namespace lango::app {
class LocalServices;
class ServerHealth;
}

namespace lango::ui {

struct Desk;
class AuditPanel;
class CustomersPanel;
class DashboardPanel;
class MainWindow;
class PackagesPanel;
class PaymentsPanel;
class RoutersPanel;
class ServerSection;
class SessionsPanel;
class SettingsPanel;
class StaffPanel;
class TrayNotifier;

// The office's panels a desk shows, chosen by the role of the person at it
// (app/permissions.h), and the wiring between them, the services, the tray
// and the status bar. DesktopApp adds the panels in two runs around the
// vouchers panel, so the navigation reads in the order people work.
class DeskPanels final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskPanels)

public:
    DeskPanels(Desk &desk, MainWindow &window, PackagesPanel &packages, RoutersPanel &routers, SettingsPanel &settings,
               QObject *parent = nullptr);
    ~DeskPanels() override;

    // Dashboard, packages, live sessions, customers.
    void addFirst();
    // Payments, routers, staff, audit log, settings.
    void addRest();
    // Router health, problems and the server check, once the services run.
    void connectServices(app::LocalServices &services);

    DashboardPanel *dashboard() const { return m_dashboard; }
    SessionsPanel *sessions() const { return m_sessions; }
    PaymentsPanel *payments() const { return m_payments; }
    TrayNotifier *tray() const { return m_tray; }   // null for a role that does not see payments

private:
    bool shows(const char *key) const;
    void add(const QString &key, const QString &title, int icon, QWidget *panel, const QList<QAction *> &actions);
    void showRouterStatus();
    void showServer(const QUrl &server);

    Desk &m_desk;
    MainWindow &m_window;
    PackagesPanel &m_packages;
    RoutersPanel &m_routers;
    SettingsPanel &m_settings;
    DashboardPanel *m_dashboard = nullptr;
    SessionsPanel *m_sessions = nullptr;
    CustomersPanel *m_customers = nullptr;
    PaymentsPanel *m_payments = nullptr;
    StaffPanel *m_staff = nullptr;
    AuditPanel *m_audit = nullptr;
    TrayNotifier *m_tray = nullptr;
    app::ServerHealth *m_server = nullptr;
    ServerSection *m_serverSection = nullptr;
    QHash<QString, bool> m_routerUp;
};

} // namespace lango::ui
