#pragma once

#include "app/core/officeopener.h"
#include "app/core/secretstore.h"
#include "app/core/startup.h"
#include "models/changefeed.h"
#include "models/clock.h"
#include "models/database.h"
#include "models/dbexecutor.h"
#include "models/staffstore.h"

#include <QObject>
#include <QTranslator>

#include <memory>

namespace lango::app {
class LocalServices;
class Office;
}

namespace lango::ui {

struct Desk;
class DeskPanels;
class MainWindow;

// The desktop face: asks where the data lives (first run), opens the office
// off the GUI thread, then shows the main window with its panels.
class DesktopApp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopApp)

public:
    explicit DesktopApp(app::GlobalOptions options, QObject *parent = nullptr);
    ~DesktopApp() override;

    void start();
    MainWindow *window() const { return m_window.get(); }

Q_SIGNALS:
    // Emitted once the main window shows (tests and the start-up benchmark wait on it).
    void ready();
    void failed(const QString &message);

private:
    void installTranslator();
    void chooseDatabase(const QString &currentUrl);
    void openOffice(const QString &databaseUrl, const QString &officeKeyHint);
    // A shared office: each person signs in to the database as themselves.
    void signInToDatabase(const models::DatabaseUrl &url, const QString &officeKey, const QString &sharedPassword);
    void adoptOffice(std::unique_ptr<app::Office> office);
    void signIn();
    void showWindow();
    void startServices(class RoutersPanel *routers);
    void fail(const QString &title, const QString &message, bool offerOtherDatabase);

    app::GlobalOptions m_options;
    models::SystemClock m_clock;
    app::SecretStore m_secrets;
    models::DbExecutor m_executor;
    app::OfficeOpener m_opener;   // opens on m_executor
    QTranslator m_translator;
    QTranslator m_qtTranslator;
    std::unique_ptr<app::Office> m_office;
    std::unique_ptr<models::ChangeFeed> m_changes;
    std::unique_ptr<app::LocalServices> m_services;
    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<MainWindow> m_window;
    DeskPanels *m_panels = nullptr;            // owned by the window
    std::optional<models::StaffMember> m_member;     // who signed in, if staff accounts exist
    bool m_signedIn = false;
};

} // namespace lango::ui
