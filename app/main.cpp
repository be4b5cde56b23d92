// The composition root (STYLE.md 2.12): picks the face (desktop, headless,
// demo or command line), builds its services in dependency order and runs it.

#include "app/cli/clicommand.h"
#include "app/core/await.h"
#include "app/cli/commandline.h"
#include "app/cli/dbcommand.h"
#include "app/cli/listcommand.h"
#include "app/cli/mpesacommand.h"
#include "app/cli/packagecommand.h"
#include "app/cli/routeractions.h"
#include "app/cli/routercommand.h"
#include "app/cli/simcommand.h"
#include "app/cli/smscommand.h"
#include "app/cli/tunnelcommand.h"
#include "app/cli/vouchercommand.h"
#include "app/staff/desksignin.h"
#include "app/headless/headlessapp.h"
#include "app/core/logging.h"
#include "app/core/paths.h"
#include "app/core/platform.h"
#include "app/cli/portalcli.h"
#include "app/core/startup.h"
#include "common/processexit.h"
#include "ui/desktopapp.h"
#include "ui/vouchercardrenderer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QSettings>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <memory>

using namespace lango;

namespace {

void identify()
{
    QCoreApplication::setApplicationName(QStringLiteral("lango"));
    QCoreApplication::setOrganizationName(QStringLiteral("lango"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LANGO_VERSION));
    // English is the source language, but "%n card(s)" needs its singular
    // and plural from a translation: "1 card", "3 cards". A Swahili desk
    // installs its translator later, which Qt asks first.
    static QTranslator englishPlurals;
    if (englishPlurals.load(QStringLiteral(":/i18n/lango_en.qm")))
        QCoreApplication::installTranslator(&englishPlurals);
}

bool asks(const QStringList &arguments, std::initializer_list<const char *> flags)
{
    for (const char *flag : flags) {
        if (arguments.contains(QString::fromLatin1(flag)))
            return true;
    }
    return false;
}

int runCommandLine(const app::GlobalOptions &options)
{
    models::SystemClock clock;
    std::unique_ptr<app::SecretStore> secrets;
    std::unique_ptr<app::Office> office;
    std::unique_ptr<models::Database> bareDatabase;
    std::optional<app::StartupSettings> settings;

    auto resolveSettings = [&]() -> app::Result<app::StartupSettings *> {
        if (!settings) {
            auto resolved = app::StartupSettings::resolve(options);
            if (!resolved)
                return resolved.error();
            settings = *resolved;
            secrets = std::make_unique<app::SecretStore>(settings->secrets);
        }
        return &*settings;
    };
    app::cli::CliContext context(
        [&](bool migrate) -> app::Result<app::Office *> {
            if (office)
                return office.get();
            auto resolved = resolveSettings();
            if (!resolved)
                return resolved.error();
            // A desk's CLI on a shared office signs in as a person (as its
            // desktop does); the server's, with its credentials file, as the
            // office's owner.
            auto url = models::DatabaseUrl::parse((*resolved)->databaseUrl);
            const bool deskOfShared = url && url->backend == models::Backend::Postgres && (*resolved)->secrets.credentialsFile.isEmpty();
            if (deskOfShared) {
                QString username = qEnvironmentVariable("LANGO_STAFF");
                QString password = qEnvironmentVariable("LANGO_STAFF_PASSWORD");
                if (username.isEmpty())
                    username = QSettings(app::Paths::desktopSettingsFile(), QSettings::IniFormat).value(QStringLiteral("staff/last")).toString();
                if (!username.isEmpty() && password.isEmpty())
                    password = app::await(secrets->read(QStringLiteral("db_login:") + username)).valueOr(QString());
                if (!username.isEmpty() && !password.isEmpty()) {
                    const QString key = app::await(secrets->read(QStringLiteral("office_key"))).valueOr(QString());
                    auto person = app::DeskSignIn::asPerson(*url, username, password, key, clock);
                    if (person) {
                        context.setStaff(person->member.id, person->member.username);
                        office = std::move(person->office);
                        return office.get();
                    }
                    if (person.error().code != app::ErrorCode::Unauthorized || !qEnvironmentVariableIsSet("LANGO_STAFF"))
                        return person.error();
                    return app::Error{app::ErrorCode::Unauthorized,
                                      QCoreApplication::translate("main", "LANGO_STAFF and LANGO_STAFF_PASSWORD do not sign in: %1")
                                          .arg(person.error().message), {}};
                }
            }
            auto opened = app::openOfficeWaiting(**resolved, *secrets, clock, migrate);
            if (!opened)
                return opened.error();
            if (deskOfShared && (*opened)->roles().enforced && (*opened)->staff.count().valueOr(0) > 0)
                return app::Error{app::ErrorCode::Unauthorized,
                                  QCoreApplication::translate("main",
                                      "This office signs each person in to its database. Sign in once at the desktop with "
                                      "\"Remember my password\", or set LANGO_STAFF and LANGO_STAFF_PASSWORD."), {}};
            office = std::move(*opened);
            return office.get();
        },
        [&]() -> app::Result<models::Database *> {
            auto resolved = resolveSettings();
            if (!resolved)
                return resolved.error();
            auto url = models::DatabaseUrl::parse((*resolved)->databaseUrl);
            if (!url)
                return app::fromModels(url.error());
            QString password;
            if (url->backend == models::Backend::Postgres) {
                auto read = app::await(secrets->read(QStringLiteral("database_password")));
                if (!read)
                    return read.error();
                password = *read;
            }
            bareDatabase = std::make_unique<models::Database>(*url, password);
            return bareDatabase.get();
        },
        [&]() -> app::Result<app::cli::CliContext::Environment> {
            auto resolved = resolveSettings();
            if (!resolved)
                return resolved.error();
            return app::cli::CliContext::Environment{*resolved, secrets.get()};
        });

    app::cli::CommandLine commandLine(context);
    app::cli::DbCommand db(context);
    app::cli::RouterCommand router(context);
    app::cli::PackageCommand package(context);
    app::cli::RouterActions routerActions(context);
    const auto json = [](const QCommandLineParser &parser) { return parser.isSet(QStringLiteral("json")); };
    router.addAction(QStringLiteral("check"), QStringLiteral("router check NAME [--json]"),
                     [&](const QString &name, const QStringList &, const QCommandLineParser &parser) {
                         return routerActions.check(name, json(parser));
                     });
    router.addAction(QStringLiteral("sync"), QStringLiteral("router sync NAME [--json]"),
                     [&](const QString &name, const QStringList &, const QCommandLineParser &parser) {
                         return routerActions.sync(name, json(parser));
                     });
    app::cli::PortalCli portal(context);
    router.addAction(QStringLiteral("install-portal"), QStringLiteral("router install-portal NAME [PUBLIC_URL] [--json]"),
                     [&](const QString &name, const QStringList &extra, const QCommandLineParser &parser) {
                         return portal.install(name, extra, json(parser));
                     });
    app::cli::TunnelAction tunnel(context);
    router.addAction(QStringLiteral("tunnel"), app::cli::TunnelAction::synopsis(),
                     [&](const QString &name, const QStringList &extra, const QCommandLineParser &parser) {
                         return tunnel.run(name, extra, parser);
                     },
                     app::cli::TunnelAction::options());
    app::cli::RosCommand ros(context);
    app::cli::MpesaCommand mpesa(context);
    app::cli::SimCommand sim(context);
    app::cli::SmsCommand sms(context);
    app::cli::PurchaseCommand purchase(context);
    app::cli::GrantCommand grant(context);
    app::cli::JobCommand job(context);
    ui::VoucherCardRenderer cardRenderer;   // `voucher print` paints with QtGui (DESIGN.md)
    app::cli::VoucherCommand voucher(context, &cardRenderer);
    commandLine.add(db);
    commandLine.add(router);
    commandLine.add(package);
    commandLine.add(purchase);
    commandLine.add(grant);
    commandLine.add(job);
    commandLine.add(sms);
    commandLine.add(voucher);
    commandLine.add(ros);
    commandLine.add(mpesa);
    commandLine.add(sim);

    if (options.command.isEmpty()) {
        context.out() << commandLine.help();
        return app::cli::Ok;
    }
    return commandLine.run(options.command);
}

int runHeadless(const app::GlobalOptions &options)
{
    app::HeadlessApp headless(options);
    if (auto started = headless.start(); !started) {
        qCCritical(app::lcApp).noquote() << started.error().message;
        if (!started.error().detail.isEmpty())
            qCCritical(app::lcApp).noquote() << "detail:" << started.error().detail;
        return 1;
    }
    app::platform::onTerminationRequest([] {
        qCInfo(app::lcApp) << "stopping on request";
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}

bool hasDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
           || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

} // namespace

static int runFace(int argc, char *argv[])
{
    const QStringList arguments = app::platform::commandLineArguments(argc, argv);
    const app::GlobalOptions options = app::GlobalOptions::fromArguments(arguments);
    if (!options.unknownOption.isEmpty() || !options.missingValue.isEmpty()) {
        // Before any face starts: a mistyped option must not open the desktop.
        const QString text = !options.missingValue.isEmpty()
            ? QCoreApplication::translate("main", "option %1 needs a value; see lango --help").arg(options.missingValue)
            : options.unknownOption == QLatin1String("--json")
                ? QCoreApplication::translate("main", "--json goes after the command, e.g. lango package list --json; see lango --help")
                : QCoreApplication::translate("main", "unknown option %1; see lango --help").arg(options.unknownOption);
        QTextStream(stderr) << QStringLiteral("lango: ") << text << Qt::endl;
        return 2;
    }

    if (options.command.isEmpty() && asks(arguments, {"--version", "-v"})) {
        std::printf("lango %s\n", LANGO_VERSION);
        return 0;
    }
    if (!options.command.isEmpty() || asks(arguments, {"--help", "-h"})) {
        // People read the CLI's stderr: plain sentences, no categories.
        qSetMessagePattern(QStringLiteral("%{if-warning}warning: %{endif}%{if-critical}error: %{endif}%{message}"));
        // Connection chatter is for the server's log; the CLI says what happened itself.
        QLoggingCategory::setFilterRules(QStringLiteral("lango.routeros.info=false\nlango.models.info=false"));
        // `voucher print` paints cards (QPdfWriter needs QtGui): give it a
        // QGuiApplication on the offscreen platform, which needs no display.
        const bool paints = options.command.value(0) == QLatin1String("voucher")
                            && options.command.mid(1).contains(QStringLiteral("print"));
        if (paints && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        std::unique_ptr<QCoreApplication> application(paints ? new QGuiApplication(argc, argv)
                                                              : new QCoreApplication(argc, argv));
        identify();
        return runCommandLine(options);
    }
    if (options.headless) {
        // One line per event with time, level and category, for journald and files.
        qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{type} %{category}: %{message}"));
        QCoreApplication application(argc, argv);
        identify();
        return runHeadless(options);
    }
    if (!hasDisplay()) {
        QTextStream(stderr) << QCoreApplication::translate("main",
            "There is no display to show the Lango desktop on. Run `lango --headless` for the server, "
            "`lango --demo --headless` for the demo's portal API, or `lango --help` for the commands.") << Qt::endl;
        return 1;
    }
    QApplication application(argc, argv);
    identify();
    ui::DesktopApp desktop(options);
    desktop.start();
    return QApplication::exec();
}

int main(int argc, char *argv[])
{
    app::platform::connectStandardStreams();
    return finishProcess(runFace(argc, argv));
}
