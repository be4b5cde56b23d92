#pragma once

#include "app/core/error.h"
#include "models/auditlog.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace lango::models {
class Database;
}

namespace lango::app {
class Office;
class SecretStore;
struct StartupSettings;
}

namespace lango::app::cli {

// Exit codes of every command (DESIGN.md, Interfaces).
enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

// What a command may reach: output streams, and the office database, opened
// on first use (so `lango sim ...` and `--help` never touch a database).
class CliContext final
{
    Q_DISABLE_COPY_MOVE(CliContext)

public:
    using OfficeOpener = std::function<Result<Office *>(bool migrate)>;
    using DatabaseOpener = std::function<Result<models::Database *>()>;
    struct Environment
    {
        StartupSettings *settings = nullptr;
        SecretStore *secrets = nullptr;
    };
    using EnvironmentResolver = std::function<Result<Environment>()>;

    CliContext(OfficeOpener officeOpener, DatabaseOpener databaseOpener, EnvironmentResolver environment);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    [[nodiscard]] Result<Office *> office(bool migrate = true) { return m_opener(migrate); }
    // The database alone, unmigrated and without the office key (db status).
    [[nodiscard]] Result<models::Database *> database() { return m_databaseOpener(); }
    // The resolved configuration and this computer's secret store.
    [[nodiscard]] Result<Environment> environment() { return m_environment(); }
    // Who acts, for the audit log: the staff member the CLI signed in as
    // ("staff:amina"), or "cli:<login name>" with the server's own credentials.
    QString actor() const;
    models::AuditEntry who() const;
    void setStaff(qint64 staffId, const QString &username) { m_staffId = staffId; m_staffName = username; }

    // Prints an error's message (and detail with LANGO_DEBUG) and returns Failed.
    int fail(const Error &error);
    int fail(const QString &message);
    int usage(const QString &message, const QString &helpText);

private:
    OfficeOpener m_opener;
    DatabaseOpener m_databaseOpener;
    EnvironmentResolver m_environment;
    qint64 m_staffId = 0;
    QString m_staffName;
    QTextStream m_out;
    QTextStream m_err;
};

// One `lango <group>` (STYLE.md 2.11): parses its own arguments with
// QCommandLineParser and returns an exit code.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;         // "package"
    virtual QString synopsis() const = 0;     // one line per sub-command, for `lango --help`
    // args[0] is the group name; returns an ExitCode.
    virtual int run(const QStringList &args) = 0;
};

} // namespace lango::app::cli
