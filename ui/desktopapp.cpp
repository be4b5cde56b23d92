#include "ui/desktopapp.h"

#include "app/demoseed.h"
#include "app/office.h"
#include "app/paths.h"
#include "ui/dashboardpanel.h"
#include "ui/desk.h"
#include "ui/firstrundialog.h"
#include "ui/infopanel.h"
#include "ui/logging.h"
#include "ui/mainwindow.h"
#include "ui/packagespanel.h"
#include "ui/routerspanel.h"
#include "ui/settingspanel.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStyle>

namespace lango::ui {

namespace {

QSettings deskSettings()
{
    return QSettings(app::Paths::desktopSettingsFile(), QSettings::IniFormat);
}

struct Opened
{
    app::Result<std::unique_ptr<app::Office>> office;
};

} // namespace

DesktopApp::DesktopApp(app::GlobalOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_secrets(app::SecretStore::Options{})
    , m_executor(1)
{
    connect(&m_secrets, &app::SecretStore::noticeRaised, this, [this](const QString &notice) {
        if (m_window)
            m_window->showStatusMessage(notice);
    });
}

DesktopApp::~DesktopApp()
{
    m_window.reset();
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
    auto *progress = new QProgressDialog(tr("Opening the office database…"), QString(), 0, 0);
    progress->setWindowTitle(tr("Lango"));
    progress->setMinimumDuration(500);
    progress->setAttribute(Qt::WA_DeleteOnClose);

    auto withSecrets = [this, url = *url, progress](QString officeKey, QString password) {
        app::Office::OpenOptions options;
        options.url = url;
        options.officeKey = officeKey;
        options.databasePassword = password;
        const models::Clock &clock = m_clock;
        m_executor.run([options, &clock] { return std::make_shared<Opened>(Opened{app::Office::open(options, clock)}); })
            .then(this, [this, progress](std::shared_ptr<Opened> opened) {
                progress->close();
                if (!opened->office) {
                    const auto &error = opened->office.error();
                    qCWarning(lcUi).noquote() << error.message << error.detail;
                    fail(tr("Cannot open the office database"), error.message, !m_options.demo);
                    return;
                }
                m_office = std::move(*opened->office);
                const QString generated = m_office->generatedOfficeKey();
                if (generated.isEmpty()) {
                    showWindow();
                    return;
                }
                m_secrets.write(QStringLiteral("office_key"), generated).then(this, [this](app::Result<void> stored) {
                    if (!stored) {
                        fail(tr("Office key not saved"), stored.error().message, false);
                        return;
                    }
                    showWindow();
                });
            });
    };
    // The keychain answers asynchronously: never wait for it on the GUI thread.
    const bool postgres = url->backend == models::Backend::Postgres;
    m_secrets.read(QStringLiteral("office_key")).then(this, [this, officeKeyHint, postgres, withSecrets](app::Result<QString> key) {
        if (!key) {
            fail(tr("Cannot read this computer's secrets"), key.error().message, false);
            return;
        }
        const QString officeKey = officeKeyHint.isEmpty() ? *key : officeKeyHint;
        auto keepHint = [this, officeKeyHint, officeKey, postgres, withSecrets] {
            if (!postgres) {
                withSecrets(officeKey, {});
                return;
            }
            m_secrets.read(QStringLiteral("database_password")).then(this, [officeKey, withSecrets](app::Result<QString> password) {
                withSecrets(officeKey, password ? *password : QString());
            });
        };
        if (officeKeyHint.isEmpty()) {
            keepHint();
            return;
        }
        m_secrets.write(QStringLiteral("office_key"), officeKeyHint).then(this, [keepHint](app::Result<void>) { keepHint(); });
    });
}

void DesktopApp::showWindow()
{
    if (m_options.demo) {
        if (auto seeded = app::DemoSeed::packages(*m_office); !seeded)
            qCWarning(lcUi).noquote() << "demo seed:" << seeded.error().message;
    }
    m_changes = std::make_unique<models::ChangeFeed>(m_office->db());
    if (auto listening = m_changes->start(); !listening)
        qCWarning(lcUi).noquote() << "change feed:" << listening.error().message;

    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("desk")));
    m_desk.reset(new Desk{*m_office, m_executor, *m_changes, m_secrets, QStringLiteral("desk:") + user, 0, m_options.demo,
                          models::Role::Admin});

    m_window = std::make_unique<MainWindow>(*m_desk);
    MainWindow *window = m_window.get();
    QStyle *style = QApplication::style();
    auto *dashboard = new DashboardPanel(*m_desk);
    auto *packages = new PackagesPanel(*m_desk);
    auto *routers = new RoutersPanel(*m_desk);
    auto *settings = new SettingsPanel(*m_desk);
    window->addPanel(QStringLiteral("dashboard"), tr("Dashboard"), style->standardIcon(QStyle::SP_ComputerIcon), dashboard);
    window->addPanel(QStringLiteral("packages"), tr("Packages"), style->standardIcon(QStyle::SP_FileDialogListView), packages,
                     packages->panelActions());
    window->addPanel(QStringLiteral("sessions"), tr("Live sessions"), style->standardIcon(QStyle::SP_DriveNetIcon),
                     new InfoPanel(tr("Live sessions"),
                                   tr("Customers online on each router, with time left and data used, appear here once "
                                      "the billing services run (headless server, or this desk on its own).")));
    window->addPanel(QStringLiteral("vouchers"), tr("Vouchers"), style->standardIcon(QStyle::SP_FileIcon),
                     new InfoPanel(tr("Vouchers"), tr("Voucher batches, their codes and printing appear here.")));
    window->addPanel(QStringLiteral("payments"), tr("Payments"), style->standardIcon(QStyle::SP_DialogApplyButton),
                     new InfoPanel(tr("Payments"), tr("M-Pesa purchases and problems to act on appear here.")));
    window->addPanel(QStringLiteral("routers"), tr("Routers"), style->standardIcon(QStyle::SP_DriveNetIcon), routers,
                     routers->panelActions());
    window->addPanel(QStringLiteral("settings"), tr("Settings"), style->standardIcon(QStyle::SP_FileDialogDetailedView), settings);
    connect(packages, &PackagesPanel::statusMessage, window, &MainWindow::showStatusMessage);
    connect(routers, &RoutersPanel::statusMessage, window, &MainWindow::showStatusMessage);
    connect(settings, &SettingsPanel::statusMessage, window, &MainWindow::showStatusMessage);
    connect(settings, &SettingsPanel::changeDatabaseRequested, this, [this] { chooseDatabase(m_office->db().url().toString()); });
    connect(window, &MainWindow::changeDatabaseRequested, this, [this] { chooseDatabase(m_office->db().url().toString()); });
    if (!m_secrets.notice().isEmpty())
        window->showStatusMessage(m_secrets.notice());
    window->show();
    Q_EMIT ready();
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
