#pragma once

#include "app/core/config.h"
#include "app/core/error.h"
#include "app/core/office.h"
#include "app/core/secretstore.h"

#include <QCoreApplication>

#include <memory>

namespace lango::app {

// What the command line says before any face starts.
struct GlobalOptions
{
    QString configPath;     // --config or LANGO_CONFIG
    QString databaseUrl;    // --db
    QString language;       // --lang en|sw
    bool demo = false;      // --demo
    bool headless = false;  // --headless
    QStringList command;    // e.g. {"package", "list", "--json"}; empty = no command
    QString unknownOption;  // the first option before the command that Lango does not know
    QString missingValue;   // a valued option (--config, --db, --lang) given without its value

    // Splits argv into global options and the command with its own options.
    static GlobalOptions fromArguments(const QStringList &arguments);
};

// Settings resolved from the options, the configuration file and the
// desktop's settings: which database, where secrets live.
struct StartupSettings
{
    Q_DECLARE_TR_FUNCTIONS(StartupSettings)

public:
    Config config;
    bool hasConfigFile = false;
    QString databaseUrl;
    SecretStore::Options secrets;

    [[nodiscard]] static Result<StartupSettings> resolve(const GlobalOptions &options);
};

// Opens the office for the CLI and headless faces: OfficeOpener, waited for
// (the keychain may answer late, which only a GUI must not wait for).
[[nodiscard]] Result<std::unique_ptr<Office>> openOfficeWaiting(const StartupSettings &settings, SecretStore &secrets,
                                                                const models::Clock &clock, bool migrate = true);

} // namespace lango::app
