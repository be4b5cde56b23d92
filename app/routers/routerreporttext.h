#pragma once

#include "routeros/routercheck.h"

#include <QStringList>

namespace lango::app {

// A router check in sentences, for the CLI and the Routers panel alike.
struct RouterReportText
{
    static QStringList facts(const routeros::RouterReport &report);     // "identity: Ofisi", ...
    static QStringList problems(const routeros::RouterReport &report);  // "PROBLEM: ...", "warning: ..."
};

} // namespace lango::app
