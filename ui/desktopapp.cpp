#include "ui/desktopapp.h"

#include "app/staff/desksignin.h"

#include "app/demo/demoseed.h"
#include "app/desk/localservices.h"
#include "app/core/mpesasettings.h"
#include "app/core/office.h"
#include "app/core/paths.h"
#include "app/staff/staffadmin.h"
#include "ui/desk.h"
#include "ui/deskpanels.h"
#include "ui/firstrundialog.h"
#include "ui/logindialog.h"
#include "ui/logging.h"
#include "ui/mainwindow.h"
#include "ui/packagespanel.h"
#include "ui/routerspanel.h"
#include "ui/settingspanel.h"
#include "ui/voucherspanel.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QTcpServer>

namespace lango::ui {

namespace {

QSettings deskSettings()
{
    return QSettings(app::Paths::desktopSettingsFile(), QSettings::IniFormat);
}

} // namespace

DesktopApp::DesktopApp(app::GlobalOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_secrets(app::SecretStore::Options{})
    , m_executor(1)
    , m_opener(m_secrets, m_clock,
               [this](std::function<void()> work) { return m_executor.run([work] { work(); return true; }).then([](bool) {}); })
{
    connect(&m_secrets, &app::SecretStore::noticeRaised, this, [this](const QString &notice) {
        if (m_window)
            m_window->showStatusMessage(notice);
    });
}

DesktopApp::~DesktopApp()
{
    m_window.reset();
    m_services.reset();         // stops routers and billing on their thread
    m_executor.waitForDone();   // nothing may touch the office once it is gone
    m_desk.reset();
    m_changes.reset();
    m_office.reset();
}

void DesktopApp::installTranslator()
{
    const QString language = m_options.language.isEmpty()
                                 ? deskSettings().value(QStringLiteral("language"), QStringLiteral("en")).toString()
                                 : m_options.language;
    if (language == QLatin1String("en"))
        return;
    if (m_translator.load(QStringLiteral(":/i18n/lango_%1.qm").arg(language)))
        QCoreApplication::installTranslator(&m_translator);
    if (m_qtTranslator.load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
}

void DesktopApp::start()
{
    installTranslator();
    if (m_options.demo) {
        openOffice(app::DemoSeed::freshDatabaseUrl(), {});   // a fresh demo office on every start
        return;
    }
    if (!m_options.databaseUrl.isEmpty()) {
        openOffice(m_options.databaseUrl, {});
        return;
    }
    const QString url = deskSettings().value(QStringLiteral("database/url")).toString();
    if (url.isEmpty())
        chooseDatabase(url);
    else
        openOffice(url, {});
}

void DesktopApp::chooseDatabase(const QString &currentUrl)
{
    auto *dialog = new FirstRunDialog(m_executor, currentUrl);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::rejected, this, [this] {
        if (!m_window)
            QCoreApplication::quit();
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString url = dialog->databaseUrl();
        const QString password = dialog->databasePassword();
        const QString officeKey = dialog->officeKey();
        auto afterPassword = [this, url, officeKey] {
            QSettings settings = deskSettings();
            settings.setValue(QStringLiteral("database/url"), url);
            if (m_window) {
                QMessageBox::information(m_window.get(), tr("Database changed"),
                                         tr("Lango will use %1 from its next start.").arg(url));
                return;
            }
            openOffice(url, officeKey);
        };
        if (password.isEmpty()) {
            afterPassword();
            return;
        }
        m_secrets.write(QStringLiteral("database_password"), password).then(this, [this, afterPassword](app::Result<void> stored) {
            if (!stored) {
                fail(tr("Password not saved"), stored.error().message, true);
                return;
            }
            afterPassword();
        });
    });
    dialog->show();
}

void DesktopApp::openOffice(const QString &databaseUrl, const QString &officeKeyHint)
{
    auto url = models::DatabaseUrl::parse(databaseUrl);
    if (!url) {
        fail(tr("Database not understood"), url.error().message, true);
        return;
    }
    // Escape closes (and deletes) the dialog; the steps below may outlive it.
    QPointer<QProgressDialog> progress = new QProgressDialog(tr("Opening the office database…"), QString(), 0, 0);
    progress->setWindowTitle(tr("Lango"));
    progress->setMinimumDuration(500);
    progress->setAttribute(Qt::WA_DeleteOnClose);

    // The keychain answers asynchronously: never wait for it on the GUI thread.
    m_opener.readSecrets(*url, officeKeyHint).then(this, [this, progress, url = *url](app::Result<app::OfficeOpener::Secrets> secrets) {
        if (!secrets) {
            if (progress)
                progress->close();
            fail(tr("Cannot read this computer's secrets"), secrets.error().message, false);
            return;
        }
        // With the office's shared login (a desk from before staff roles, or
        // an office without staff accounts yet) the office opens, then asks
        // for a person when it can; with none, each person signs in as
        // themselves.
        if (url.backend == models::Backend::Postgres && secrets->databasePassword.isEmpty() && !m_options.demo) {
            if (progress)
                progress->close();
            signInToDatabase(url, secrets->officeKey, {});
            return;
        }
        app::OfficeOpener::Options options;
        options.countStaff = true;
        m_opener.open(url, *secrets, options).then(this, [this, progress, url, secrets = *secrets](
                                                             app::Result<std::shared_ptr<app::OfficeOpener::Opened>> opened) {
            if (progress)
                progress->close();
            if (!opened) {
                qCWarning(lcUi).noquote() << opened.error().message << opened.error().detail;
                fail(tr("Cannot open the office database"), opened.error().message, !m_options.demo);
                return;
            }
            if ((*opened)->hasStaff && !m_options.demo) {
                // The office's own login opened it; people sign in as themselves.
                (*opened)->office.reset();
                signInToDatabase(url, secrets.officeKey, secrets.databasePassword);
                return;
            }
            m_office = std::move((*opened)->office);
            showWindow();
        });
    });
}

void DesktopApp::signInToDatabase(const models::DatabaseUrl &url, const QString &officeKey, const QString &sharedPassword)
{
    const QString last = deskSettings().value(QStringLiteral("staff/last")).toString();
    auto opened = std::make_shared<app::Result<app::DeskSignIn::Opened>>();
    const models::Clock &clock = m_clock;
    auto check = [this, url, officeKey, sharedPassword, opened, &clock](const QString &username, const QString &password) {
        return m_executor.run([url, officeKey, sharedPassword, username, password, opened, &clock] {
            auto person = app::DeskSignIn::asPerson(url, username, password, officeKey, clock);
            // No login of their own yet, on a desk that still holds the
            // office's shared password: make it now (the upgrade to roles).
            if (!person && person.error().code == app::ErrorCode::Unauthorized && !sharedPassword.isEmpty())
                person = app::DeskSignIn::upgrade(url, sharedPassword, username, password, officeKey, clock);
            *opened = std::move(person);
            return opened->ok() ? app::Result<models::StaffMember>((*opened)->member) : app::Result<models::StaffMember>(opened->error());
        });
    };
    auto adoptSignedIn = [this, opened, sharedPassword](const QString &username, const QString &password, bool remember) {
        m_member = (*opened)->member;
        m_signedIn = true;
        deskSettings().setValue(QStringLiteral("staff/last"), m_member->username);
        if (remember)
            (void)m_secrets.write(QStringLiteral("db_login:") + m_member->username, password);
        if ((*opened)->loginMade || !sharedPassword.isEmpty()) {
            // This desk signs people in as themselves now: it keeps no
            // password that opens the whole office.
            (void)m_secrets.write(QStringLiteral("database_password"), QString());
        }
        Q_UNUSED(username);
        adoptOffice(std::move((*opened)->office));
    };
    auto showDialog = [this, check, adoptSignedIn, last] {
        const QString intro = tr("Sign in with your own account: the office's database lets each person do what their role allows.");
        auto *dialog = new LoginDialog(check, last, intro, true);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::rejected, this, [] { QCoreApplication::quit(); });
        connect(dialog, &QDialog::accepted, this, [dialog, adoptSignedIn] {
            adoptSignedIn(dialog->member().username, dialog->password(), dialog->remember());
        });
        dialog->show();
    };
    if (last.isEmpty()) {
        showDialog();
        return;
    }
    // Remembered on this computer: sign in without asking.
    m_secrets.read(QStringLiteral("db_login:") + last).then(this, [check, adoptSignedIn, showDialog, last, this](app::Result<QString> saved) {
        if (!saved || saved->isEmpty()) {
            showDialog();
            return;
        }
        const QString password = *saved;
        check(last, password).then(this, [adoptSignedIn, showDialog, last, password](app::Result<models::StaffMember> member) {
            if (member)
                adoptSignedIn(last, password, false);
            else
                showDialog();
        });
    });
}

void DesktopApp::adoptOffice(std::unique_ptr<app::Office> office)
{
    m_office = std::move(office);
    showWindow();
}

void DesktopApp::signIn()
{
    // An office with staff accounts asks who is at the desk; without any,
    // the desk runs as admin (one computer, or a trusting office).
    app::Office &office = *m_office;
    m_executor.run([&office] { return app::StaffAdmin(office).needsSignIn(); }).then(this, [this](app::Result<bool> needed) {
        if (!needed) {
            fail(tr("Cannot read the staff accounts"), needed.error().message, false);
            return;
        }
        if (!*needed || m_options.demo) {
            m_signedIn = true;
            showWindow();
            return;
        }
        app::Office &office = *m_office;
        models::DbExecutor &executor = m_executor;
        auto check = [&office, &executor](const QString &username, const QString &password) {
            return executor.run([&office, username, password] { return app::StaffAdmin(office).signIn(username, password); });
        };
        auto *dialog = new LoginDialog(check, deskSettings().value(QStringLiteral("staff/last")).toString(),
                                       tr("This office has staff accounts. Sign in with yours."), false);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::rejected, this, [] { QCoreApplication::quit(); });
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            m_member = dialog->member();
            deskSettings().setValue(QStringLiteral("staff/last"), m_member->username);
            m_signedIn = true;
            showWindow();
        });
        dialog->show();
    });
}

void DesktopApp::showWindow()
{
    if (!m_signedIn) {
        signIn();
        return;
    }
    m_changes = std::make_unique<models::ChangeFeed>(m_office->db());
    if (auto listening = m_changes->start(); !listening)
        qCWarning(lcUi).noquote() << "change feed:" << listening.error().message;

    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("desk")));
    m_desk.reset(new Desk{*m_office, m_executor, *m_changes, m_secrets, QStringLiteral("desk:") + user, 0, m_options.demo,
                          models::Role::Admin, nullptr});
    if (m_member) {   // signed in: the audit log and the panels follow the person
        m_desk->actor = app::StaffAdmin::actorFor(*m_member);
        m_desk->staffId = m_member->id;
        m_desk->role = m_member->role;
    }

    m_window = std::make_unique<MainWindow>(*m_desk);
    MainWindow *window = m_window.get();
    QStyle *style = QApplication::style();
    auto *packages = new PackagesPanel(*m_desk);
    auto *routers = new RoutersPanel(*m_desk);
    auto *settings = new SettingsPanel(*m_desk);
    // Which panels this person sees, and their wiring (issue 7).
    m_panels = new DeskPanels(*m_desk, *window, *packages, *routers, *settings, window);
    m_panels->addFirst();
    auto *vouchers = new VouchersPanel(*m_desk);
    window->addPanel(QStringLiteral("vouchers"), tr("Vouchers"), style->standardIcon(QStyle::SP_FileIcon), vouchers,
                     vouchers->panelActions());
    connect(vouchers, &VouchersPanel::statusMessage, window, &MainWindow::showStatusMessage);
    m_panels->addRest();
    connect(packages, &PackagesPanel::statusMessage, window, &MainWindow::showStatusMessage);
    connect(routers, &RoutersPanel::statusMessage, window, &MainWindow::showStatusMessage);
    connect(settings, &SettingsPanel::statusMessage, window, &MainWindow::showStatusMessage);
    connect(settings, &SettingsPanel::changeDatabaseRequested, this, [this] { chooseDatabase(m_office->db().url().toString()); });
    connect(window, &MainWindow::changeDatabaseRequested, this, [this] { chooseDatabase(m_office->db().url().toString()); });
    if (!m_secrets.notice().isEmpty())
        window->showStatusMessage(m_secrets.notice());
    window->setPermanentStatus(QStringLiteral("services"), tr("Services: starting…"));
    window->show();
    startServices(routers);
    Q_EMIT ready();
}

void DesktopApp::startServices(RoutersPanel *routers)
{
    // One computer (SQLite) or the demo: this desk is the whole office and
    // runs the billing services itself; a shared database has a headless
    // server for that. Either way routers are reached off the GUI thread.
    app::LocalServices::Options options;
    options.demo = m_options.demo;
    const QSettings settings = deskSettings();
    options.runBilling = m_options.demo
                         || settings.value(QStringLiteral("services/run_here"), m_office->db().isSqlite()).toBool();
    app::Config &config = options.engine.config;
    auto listen = app::Config::parseListen(settings.value(QStringLiteral("http/listen"), QStringLiteral("127.0.0.1:8090")).toString());
    if (listen) {
        config.listenAddress = listen->first;
        config.listenPort = listen->second;
    }
    if (m_options.demo) {
        QTcpServer probe;   // the demo takes any free port: a real server may use 8090
        probe.listen(QHostAddress::LocalHost, 0);
        config.listenPort = probe.serverPort();
    }
    config.publicUrl = settings.value(QStringLiteral("http/public_url")).toString();
    // /healthz and /metrics of a one-computer office only if asked for.
    const QString admin = settings.value(QStringLiteral("http/admin_listen")).toString();
    auto adminListen = app::Config::parseListen(admin);
    config.adminListenOff = !adminListen;
    if (adminListen) {
        config.adminListenSet = true;
        config.adminAddress = adminListen->first;
        config.adminPort = adminListen->second;
    }

    auto launch = [this, routers](app::LocalServices::Options options) {
        m_services = std::make_unique<app::LocalServices>(*m_office, options);
        m_desk->services = m_services.get();
        m_panels->connectServices(*m_services);
        MainWindow *window = m_window.get();
        connect(routers, &RoutersPanel::routersChanged, m_services.get(), &app::LocalServices::reloadRouters);
        connect(m_services.get(), &app::LocalServices::routerHealthChanged, routers,
                [routers](const QString &name, bool up, const QString &summary, const QString &detail) {
                    routers->model().setHealth(name, {up, summary, detail});
                });
        connect(m_services.get(), &app::LocalServices::started, window, [window](const QString &summary) {
            window->setPermanentStatus(QStringLiteral("services"), tr("Services: running"), summary);
            window->showStatusMessage(summary);
        });
        connect(m_services.get(), &app::LocalServices::failed, window, [window](const QString &message) {
            window->setPermanentStatus(QStringLiteral("services"), tr("Services: stopped"), message);
            QMessageBox::warning(window, tr("Services did not start"),
                                 tr("%1\n\nThe desk works, but payments are not turned into access until this is fixed.").arg(message));
        });
        connect(m_services.get(), &app::LocalServices::problemRecorded, window, &MainWindow::showStatusMessage);
        m_services->start();
    };
    if (!options.runBilling || m_options.demo) {
        launch(options);
        return;
    }
    // The secret path M-Pesa calls back on, made once and kept with this
    // computer's secrets, and any Daraja keys kept here rather than sealed
    // in the office database.
    app::MpesaSettings::ensureCallbackToken(m_secrets).then(this, [this, options, launch](app::Result<QString> token) mutable {
        if (!token) {
            // Without a token that lasts, M-Pesa would call back on a path
            // the next start no longer knows: run without M-Pesa and say so.
            m_window->showStatusMessage(tr("M-Pesa is off on this desk: %1").arg(token.error().message));
        } else {
            options.engine.callbackToken = *token;
        }
        app::MpesaSettings::readLocalSecrets(m_secrets).then(this, [options, launch](QHash<QString, QString> secrets) mutable {
            options.engine.localSecrets = secrets;
            launch(options);
        });
    });
}

void DesktopApp::fail(const QString &title, const QString &message, bool offerOtherDatabase)
{
    Q_EMIT failed(message);
    auto *box = new QMessageBox(QMessageBox::Critical, title, message, QMessageBox::Close);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *other = offerOtherDatabase ? box->addButton(tr("Choose another database…"), QMessageBox::ActionRole) : nullptr;
    connect(box, &QMessageBox::finished, this, [this, box, other] {
        if (other && box->clickedButton() == other) {
            chooseDatabase(deskSettings().value(QStringLiteral("database/url")).toString());
            return;
        }
        if (!m_window)
            QCoreApplication::quit();
    });
    box->show();
}

} // namespace lango::ui
