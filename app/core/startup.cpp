#include "app/core/startup.h"
#include "common/sqliteurl.h"

#include "app/core/await.h"
#include "app/core/officeopener.h"
#include "app/core/paths.h"

#include <QSettings>

namespace lango::app {

namespace {

// Qt's own options for the desktop (QGuiApplication, QApplication), written
// with one dash or two; those in `valued` take the next argument unless
// given as -name=value.
bool isQtOption(const QString &arg, bool *takesValue)
{
    static const QStringList plain{QStringLiteral("reverse"), QStringLiteral("widgetcount"), QStringLiteral("nograb"),
                                   QStringLiteral("dograb"), QStringLiteral("sync")};
    static const QStringList valued{QStringLiteral("platform"), QStringLiteral("platformpluginpath"),
                                    QStringLiteral("platformtheme"), QStringLiteral("plugin"), QStringLiteral("qwindowgeometry"),
                                    QStringLiteral("qwindowicon"), QStringLiteral("qwindowtitle"), QStringLiteral("session"),
                                    QStringLiteral("display"), QStringLiteral("geometry"), QStringLiteral("style"),
                                    QStringLiteral("stylesheet"), QStringLiteral("qmljsdebugger")};
    QString name = arg.mid(arg.startsWith(QLatin1String("--")) ? 2 : 1);
    const int equals = name.indexOf(QLatin1Char('='));
    if (equals > 0)
        name.truncate(equals);
    *takesValue = equals < 0 && valued.contains(name);
    return plain.contains(name) || valued.contains(name);
}

} // namespace

GlobalOptions GlobalOptions::fromArguments(const QStringList &arguments)
{
    GlobalOptions options;
    options.configPath = qEnvironmentVariable("LANGO_CONFIG");
    const QStringList valued{QStringLiteral("--config"), QStringLiteral("--db"), QStringLiteral("--lang")};
    // Handled in main(): they print and exit.
    const QStringList flags{QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("--version"), QStringLiteral("-v")};
    auto unknown = [&options](const QString &arg) {
        if (options.unknownOption.isEmpty())
            options.unknownOption = arg;
    };
    for (int i = 1; i < arguments.size(); ++i) {
        const QString arg = arguments.at(i);
        if (!arg.startsWith(QLatin1Char('-'))) {
            options.command = arguments.mid(i);
            break;
        }
        QString name = arg, value;
        const int equals = arg.indexOf(QLatin1Char('='));
        if (arg.startsWith(QLatin1String("--")) && equals > 0) {
            name = arg.left(equals);
            value = arg.mid(equals + 1);
        } else if (valued.contains(arg)) {
            if (i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(QLatin1Char('-')))
                value = arguments.at(++i);
            else if (options.missingValue.isEmpty())
                options.missingValue = arg;
        }
        bool qtTakesValue = false;
        if (name == QLatin1String("--config"))
            options.configPath = value;
        else if (name == QLatin1String("--db"))
            options.databaseUrl = value;
        else if (name == QLatin1String("--lang"))
            options.language = value;
        else if (arg == QLatin1String("--demo"))
            options.demo = true;
        else if (arg == QLatin1String("--headless"))
            options.headless = true;
        else if (flags.contains(arg))
            continue;
        else if (isQtOption(arg, &qtTakesValue))
            i += qtTakesValue ? 1 : 0;
        else
            unknown(name);
    }
    return options;
}

Result<StartupSettings> StartupSettings::resolve(const GlobalOptions &options)
{
    StartupSettings settings;
    if (!options.configPath.isEmpty()) {
        auto config = Config::load(options.configPath);
        if (!config)
            return config.error();
        settings.config = *config;
        settings.hasConfigFile = true;
    }
    if (options.demo) {
        settings.databaseUrl = sqliteUrlForFile(Paths::demoDatabasePath());
    } else if (!options.databaseUrl.isEmpty()) {
        settings.databaseUrl = options.databaseUrl;
    } else if (!settings.config.databaseUrl.isEmpty()) {
        settings.databaseUrl = settings.config.databaseUrl;
    } else {
        // No configuration: the database this computer's desktop uses.
        const QSettings desktop(Paths::desktopSettingsFile(), QSettings::IniFormat);
        settings.databaseUrl = desktop.value(QStringLiteral("database/url"), Paths::defaultDatabaseUrl()).toString();
    }
    // [database] sslmode applies when the URL itself names none.
    if (!settings.config.databaseSslMode.isEmpty() && settings.databaseUrl.startsWith(QLatin1String("postgres"))
        && !settings.databaseUrl.contains(QLatin1String("sslmode="))) {
        settings.databaseUrl += (settings.databaseUrl.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
                                + QStringLiteral("sslmode=") + settings.config.databaseSslMode;
    }
    settings.secrets.credentialsFile = settings.config.secretsFile;
    settings.secrets.useKeychain = settings.config.secretsFile.isEmpty();
    return settings;
}

Result<std::unique_ptr<Office>> openOfficeWaiting(const StartupSettings &settings, SecretStore &secrets,
                                                  const models::Clock &clock, bool migrate)
{
    auto url = models::DatabaseUrl::parse(settings.databaseUrl);
    if (!url)
        return fromModels(url.error());
    OfficeOpener opener(secrets, clock, OfficeOpener::inlineThread());
    auto opened = await(opener.open(*url, OfficeOpener::Options{migrate, false}));
    if (!opened)
        return opened.error();
    return std::move((*opened)->office);
}

} // namespace lango::app
