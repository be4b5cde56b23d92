#include "app/cli/clicommand.h"

#include <QProcessEnvironment>

#include <cstdio>

namespace lango::app::cli {

CliContext::CliContext(OfficeOpener officeOpener, DatabaseOpener databaseOpener, EnvironmentResolver environment)
    : m_opener(std::move(officeOpener))
    , m_databaseOpener(std::move(databaseOpener))
    , m_environment(std::move(environment))
    , m_out(stdout)
    , m_err(stderr)
{
}

QString CliContext::actor() const
{
    if (!m_staffName.isEmpty())
        return QStringLiteral("staff:") + m_staffName;
    const auto env = QProcessEnvironment::systemEnvironment();
    QString user = env.value(QStringLiteral("USER"), env.value(QStringLiteral("USERNAME")));
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    return QStringLiteral("cli:") + user;
}

models::AuditEntry CliContext::who() const
{
    return models::AuditEntry{0, 0, m_staffId, actor(), {}, {}, 0, {}};
}

int CliContext::fail(const Error &error)
{
    m_err << error.message << Qt::endl;
    if (!error.detail.isEmpty() && qEnvironmentVariableIsSet("LANGO_DEBUG"))
        m_err << "  " << error.detail << Qt::endl;
    return Failed;
}

int CliContext::fail(const QString &message)
{
    m_err << message << Qt::endl;
    return Failed;
}

int CliContext::usage(const QString &message, const QString &helpText)
{
    m_err << message << Qt::endl << Qt::endl << helpText;
    m_err.flush();
    return Usage;
}

} // namespace lango::app::cli
