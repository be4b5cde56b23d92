#include "app/routers/routerreporttext.h"

#include "models/units.h"

#include <QCoreApplication>

namespace lango::app {

QStringList RouterReportText::facts(const routeros::RouterReport &report)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("RouterReportText", text); };
    QStringList lines;
    if (!report.loggedIn)
        return lines;
    lines << tr("identity: %1").arg(report.identity)
          << tr("RouterOS: %1 on %2").arg(report.versionText, report.board)
          << tr("uptime: %1").arg(models::Units::formatDuration(report.uptime))
          << tr("round trip: %1 ms").arg(report.rttMs);
    if (report.clockSkewSeconds)
        lines << tr("clock skew: %1 s").arg(*report.clockSkewSeconds);
    QStringList servers;
    for (const auto &s : report.servers)
        servers << QStringLiteral("%1 on %2%3").arg(s.name, s.interface, s.disabled ? tr(" (disabled)") : QString());
    lines << tr("hotspot: %1").arg(servers.isEmpty() ? tr("none") : servers.join(QStringLiteral(", ")));
    return lines;
}

QStringList RouterReportText::problems(const routeros::RouterReport &report)
{
    QStringList lines;
    for (const auto &problem : report.problems)
        lines << (problem.blocking ? QCoreApplication::translate("RouterReportText", "PROBLEM: %1")
                                   : QCoreApplication::translate("RouterReportText", "warning: %1")).arg(problem.text);
    return lines;
}

} // namespace lango::app
