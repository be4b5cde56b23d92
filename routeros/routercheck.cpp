#include "routeros/routercheck.h"

#include "routeros/apiconnection.h"
#include "routeros/menuops.h"
#include "routeros/routerprobe.h"

namespace lango::routeros {

bool RouterReport::isHealthy() const
{
    for (const RouterProblem &p : problems) {
        if (p.blocking)
            return false;
    }
    return true;
}

bool RouterReport::has(RouterProblem::Kind kind) const
{
    for (const RouterProblem &p : problems) {
        if (p.kind == kind)
            return true;
    }
    return false;
}

RouterCheck::RouterCheck(ApiConnection *connection, QObject *parent) : QObject(parent), m_connection(connection) {}

void RouterCheck::addConnectionProblem(RouterReport &report, const Error &error)
{
    // The connection's own sentence already says what to check.
    const bool login = error.code == ErrorCode::Login;
    report.reachable = login;
    report.problems.append({login ? RouterProblem::Kind::LoginRefused : RouterProblem::Kind::Unreachable, true,
                            error.message});
}

QFuture<RouterReport> RouterCheck::run()
{
    SharedPromise<RouterReport> promise;
    QPointer<RouterCheck> self(this);
    QPointer<ApiConnection> connection = m_connection;
    RouterProbe::run(connection).then(this, [self, promise, connection](const ProbeResult &probe) {
        RouterReport report;
        report.router = connection ? connection->routerName() : QString();
        if (probe.error && !probe.resource) {
            addConnectionProblem(report, *probe.error);
            promise.finish(report);
            return;
        }
        report.reachable = true;
        report.loggedIn = true;
        report.identity = probe.identity;
        report.rttMs = probe.rttMs;
        report.legacyLogin = probe.legacyLogin;
        if (probe.resource) {
            report.versionText = probe.resource->versionText;
            report.version = probe.resource->version;
            report.uptime = probe.resource->uptime;
            report.board = probe.resource->boardName;
        }
        if (probe.clock && probe.clock->routerTime.isValid())
            report.clockSkewSeconds = probe.clock->skewSeconds;
        MenuOps::list<HotspotServer>(connection, Command(u"/ip/hotspot/print"), &HotspotServer::fromSentence)
            .then(self, [self, promise, report](const Result<QList<HotspotServer>> &servers) {
                RouterReport full = report;
                if (self)
                    self->finish(full, servers);
                promise.finish(full);
            });
    });
    return promise.future();
}

void RouterCheck::finish(RouterReport &report, const Result<QList<HotspotServer>> &servers)
{
    using Kind = RouterProblem::Kind;
    const QString r = report.router;
    if (!servers) {
        report.problems.append({Kind::NoHotspotServer, true,
                                tr("Lango could not read the hotspot servers of router %1: %2").arg(r, servers.error().message)});
    } else {
        report.servers = *servers;
        if (servers->isEmpty()) {
            report.problems.append({Kind::NoHotspotServer, true,
                                    tr("Router %1 has no hotspot server. Run the hotspot setup (IP > Hotspot > "
                                       "Hotspot Setup) on the interface your customers connect to.").arg(r)});
        }
        for (const HotspotServer &s : *servers) {
            if (s.disabled || s.invalid) {
                report.problems.append({Kind::HotspotServerDown, true,
                                        tr("Hotspot server %1 on router %2 is %3. Enable it and check its interface "
                                           "and address pool.")
                                            .arg(s.name, r, s.disabled ? tr("disabled") : tr("invalid"))});
            }
        }
    }
    if (report.clockSkewSeconds && std::llabs(*report.clockSkewSeconds) > m_clockToleranceSeconds) {
        report.problems.append({Kind::ClockSkew, true,
                                tr("The clock of router %1 is off by %2 s. Check its NTP client (/system ntp "
                                   "client) and time zone, or expiry times shown by the router will be wrong.")
                                    .arg(r)
                                    .arg(*report.clockSkewSeconds)});
    }
    if (report.legacyLogin || (!report.version.isNull() && report.version < QVersionNumber(6, 43))) {
        report.problems.append({Kind::InsecureLogin, false,
                                tr("Router %1 runs RouterOS %2, older than 6.43, whose API login is weak. Upgrade "
                                   "RouterOS when you can.").arg(r, report.versionText)});
    }
    if (m_connection && !m_connection->config().tls) {
        report.problems.append({Kind::PlainTextApi, false,
                                tr("Lango talks to router %1 without encryption (API port %2), so its password "
                                   "crosses the network in clear text. Prefer API-SSL (port 8729) with a "
                                   "certificate.").arg(r).arg(m_connection->config().effectivePort())});
    }
}

} // namespace lango::routeros
