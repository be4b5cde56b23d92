#pragma once

#include "app/portal/portalrenderer.h"

#include <QJsonObject>

namespace lango::routeros {
class ApiConnection;
}

namespace lango::app::cli {

class CliContext;

// The portal on the command line: `lango router install-portal NAME
// [PUBLIC_URL]` (registered by main.cpp through RouterCommand::addAction),
// and the portal's line in `lango router check`.
class PortalCli final
{
    Q_DECLARE_TR_FUNCTIONS(PortalCli)

public:
    struct Check
    {
        QString line;      // "  portal:         up to date ..."
        QString warning;   // set when the portal is missing or outdated
        QJsonObject json;  // {"state": "current|outdated|missing|no_hotspot", "reasons": [...]}
    };

    explicit PortalCli(cli::CliContext &context) : m_context(context) {}

    int install(const QString &routerName, const QStringList &extraArgs, bool json);
    // Reads the portal's state over an open connection to the router.
    Check check(routeros::ApiConnection &connection, const QString &routerName);

private:
    Result<PortalBundle> bundleFor(const QString &routerName, const QString &givenUrl);

    cli::CliContext &m_context;
};

} // namespace lango::app::cli
