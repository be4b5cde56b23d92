#include "app/cli/routeractions.h"

#include "app/cli/cliutil.h"
#include "app/core/office.h"
#include "app/core/platform.h"
#include "app/cli/portalcli.h"
#include "app/routers/profilesync.h"
#include "app/routers/routerprofiles.h"
#include "app/routers/routerreporttext.h"
#include "app/routers/routertest.h"
#include "app/tunnel/tunnelstatus.h"
#include "routeros/apiconnection.h"
#include "routeros/apistream.h"
#include "routeros/command.h"
#include "routeros/hotspotapi.h"
#include "routeros/routercheck.h"
#include "routeros/sentence.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <memory>

namespace lango::app::cli {

Result<routeros::ConnectionConfig> routerConnectionConfig(CliContext &context, const QString &routerName)
{
    auto office = context.office();
    if (!office)
        return office.error();
    auto router = (*office)->routers.byName(routerName);
    if (!router)
        return fromModels(router.error());
    return RouterTest::connectionFor(*router, (*office)->box());
}

int RouterActions::check(const QString &routerName, bool json)
{
    auto config = routerConnectionConfig(m_context, routerName);
    if (!config)
        return m_context.fail(config.error());
    RouterTest test(*config);
    const routeros::RouterReport report = await(test.run());
    const PortalCli::Check portal = report.loggedIn ? PortalCli(m_context).check(test.connection(), routerName) : PortalCli::Check{};
    // A router behind NAT: how its tunnel looks from the server.
    std::optional<tunnel::TunnelStatus> tunnelStatus;
    QJsonValue tunnelJson;
    auto office = m_context.office();
    if (auto router = office ? (*office)->routers.byName(routerName) : models::Result<models::Router>(models::invalid({}))) {
        if (auto peer = (*office)->tunnels.forRouter(router->id)) {
            tunnelStatus = tunnel::TunnelStatus::of(*peer, QDateTime::currentSecsSinceEpoch());
            tunnelJson = QJsonObject{{QStringLiteral("address"), peer->address}, {QStringLiteral("public_key"), peer->publicKey},
                                     {QStringLiteral("state"), tunnel::TunnelStatus::stateName(tunnelStatus->state)},
                                     {QStringLiteral("handshake_at"), peer->handshakeAt}, {QStringLiteral("rx_bytes"), peer->rxBytes},
                                     {QStringLiteral("tx_bytes"), peer->txBytes}, {QStringLiteral("endpoint"), peer->endpoint},
                                     {QStringLiteral("api_answers"), peer->apiAnswers}, {QStringLiteral("observed_at"), peer->observedAt}};
        }
    }
    const bool tunnelUp = !tunnelStatus || tunnelStatus->state == tunnel::TunnelStatus::State::Up;

    if (json) {
        QJsonArray servers, problems;
        for (const auto &s : report.servers)
            servers.append(QJsonObject{{QStringLiteral("name"), s.name}, {QStringLiteral("interface"), s.interface},
                                       {QStringLiteral("profile"), s.profile}, {QStringLiteral("disabled"), s.disabled}});
        for (const auto &p : report.problems)
            problems.append(QJsonObject{{QStringLiteral("blocking"), p.blocking}, {QStringLiteral("text"), p.text}});
        printJson(m_context.out(), QJsonObject{
            {QStringLiteral("router"), report.router}, {QStringLiteral("reachable"), report.reachable},
            {QStringLiteral("logged_in"), report.loggedIn}, {QStringLiteral("identity"), report.identity},
            {QStringLiteral("version"), report.versionText}, {QStringLiteral("uptime_s"), report.uptime},
            {QStringLiteral("board"), report.board}, {QStringLiteral("rtt_ms"), report.rttMs},
            {QStringLiteral("clock_skew_s"), report.clockSkewSeconds ? QJsonValue(*report.clockSkewSeconds) : QJsonValue()},
            {QStringLiteral("hotspot_servers"), servers}, {QStringLiteral("problems"), problems}, {QStringLiteral("portal"), portal.json},
            {QStringLiteral("tunnel"), tunnelJson}, {QStringLiteral("healthy"), report.isHealthy() && tunnelUp}});
        return report.isHealthy() && tunnelUp ? Ok : Failed;
    }
    QTextStream &out = m_context.out();
    out << tr("Router %1 (%2:%3)").arg(routerName, config->host).arg(config->effectivePort()) << Qt::endl;
    if (tunnelStatus) {
        out << QStringLiteral("  ") << tunnelStatus->summary << Qt::endl;
        // Through a tunnel that is down, "API unreachable" is not the news.
        if (!tunnelStatus->advice.isEmpty())
            out << (tunnelUp ? tr("warning: ") : tr("problem: ")) << tunnelStatus->advice << Qt::endl;
        if (!tunnelUp && !report.reachable)
            return Failed;
    }
    for (const QString &line : RouterReportText::facts(report))
        out << QStringLiteral("  ") << line << Qt::endl;
    if (!portal.line.isEmpty())
        out << QStringLiteral("  ") << portal.line << Qt::endl;
    if (!portal.warning.isEmpty())
        out << tr("warning: ") << portal.warning << Qt::endl;
    if (report.problems.isEmpty()) {
        out << tr("All good: Lango can use this router.") << Qt::endl;
        return Ok;
    }
    for (const QString &line : RouterReportText::problems(report))
        out << line << Qt::endl;
    return report.isHealthy() ? Ok : Failed;
}

int RouterActions::sync(const QString &routerName, bool json)
{
    auto config = routerConnectionConfig(m_context, routerName);
    if (!config)
        return m_context.fail(config.error());
    auto office = m_context.office();
    auto router = (*office)->routers.byName(routerName);
    auto packages = (*office)->packages.forRouter(router->id);
    if (!packages)
        return m_context.fail(fromModels(packages.error()));
    routeros::ApiConnection connection(*config);
    routeros::HotspotApi api(&connection);
    const ProfileSyncSummary summary = await(ProfileSync::run(api, *packages));
    (void)(*office)->audit.record({0, 0, m_context.who().staffId, m_context.actor(), QStringLiteral("router.sync"), QStringLiteral("router"), router->id,
                                   tr("%1 created, %2 updated, %3 unchanged, %4 failed").arg(summary.created.size())
                                       .arg(summary.updated.size()).arg(summary.unchanged.size()).arg(summary.failed.size())});
    if (json) {
        printJson(m_context.out(), QJsonObject{{QStringLiteral("created"), QJsonArray::fromStringList(summary.created)},
                                               {QStringLiteral("updated"), QJsonArray::fromStringList(summary.updated)},
                                               {QStringLiteral("unchanged"), QJsonArray::fromStringList(summary.unchanged)},
                                               {QStringLiteral("failed"), QJsonArray::fromStringList(summary.failed)}});
        return summary.ok() ? Ok : Failed;
    }
    QTextStream &out = m_context.out();
    for (const QString &name : summary.created)
        out << tr("created   %1").arg(name) << Qt::endl;
    for (const QString &name : summary.updated)
        out << tr("updated   %1").arg(name) << Qt::endl;
    for (const QString &name : summary.unchanged)
        out << tr("unchanged %1").arg(name) << Qt::endl;
    for (const QString &line : summary.failed)
        m_context.err() << tr("failed    %1").arg(line) << Qt::endl;
    out << tr("Router %1: %2 profile(s) created, %3 updated, %4 already right.")
               .arg(routerName).arg(summary.created.size()).arg(summary.updated.size()).arg(summary.unchanged.size())
        << Qt::endl;
    return summary.ok() ? Ok : Failed;
}

namespace {

// Streaming commands never send !done on their own: `…/listen`, and
// `print` with follow or follow-only.
bool isStreaming(const QStringList &words)
{
    if (words.value(0).endsWith(QLatin1String("/listen")))
        return true;
    for (const QString &word : words.mid(1)) {
        QString name = word.startsWith(QLatin1Char('=')) ? word.mid(1) : word;
        if (name.endsWith(QLatin1Char('=')))
            name.chop(1);
        if (name == QLatin1String("follow") || name == QLatin1String("follow-only"))
            return true;
    }
    return false;
}

} // namespace

int RosCommand::run(const QStringList &args)
{
    if (args.size() < 3 || args.contains(QStringLiteral("--help")) || !args.at(2).startsWith(QLatin1Char('/')))
        return m_context.usage(tr("Usage: lango %1").arg(synopsis()),
                               tr("Words after the command are RouterOS API words: =name=value attributes, ?name=value "
                                  "queries, .proplist=a,b. Commands ending in /listen, or with =follow= or =follow-only=, "
                                  "print each reply as it arrives until Ctrl+C.\n"));
    auto config = routerConnectionConfig(m_context, args.at(1));
    if (!config)
        return m_context.fail(config.error());
    routeros::ApiConnection connection(*config);
    if (isStreaming(args.mid(2))) {
        QStringList words = args.mid(2);
        for (QString &word : words) {   // `follow` alone means the attribute =follow=
            if (word == QLatin1String("follow") || word == QLatin1String("follow-only") || word == QLatin1String("=follow")
                || word == QLatin1String("=follow-only"))
                word = (word.startsWith(QLatin1Char('=')) ? word : QLatin1Char('=') + word) + QLatin1Char('=');
        }
        return follow(connection, routeros::Command::fromArguments(words));
    }
    const auto reply = await(connection.request(routeros::Command::fromArguments(args.mid(2))));
    if (!reply)
        return m_context.fail(fromRouteros(reply.error()));
    for (const routeros::Sentence &item : reply->items)
        printItem(item);
    m_context.out() << "!done" << (reply->ret.isEmpty() ? QString() : QStringLiteral(" ret=") + reply->ret) << Qt::endl;
    return Ok;
}

void RosCommand::printItem(const routeros::Sentence &item)
{
    m_context.out() << "!re" << Qt::endl;
    const auto attributes = item.attributes();
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        m_context.out() << "  " << it.key() << '=' << it.value() << Qt::endl;
}

int RosCommand::follow(routeros::ApiConnection &connection, const routeros::Command &command)
{
    std::unique_ptr<routeros::ApiStream> stream(connection.stream(command));
    routeros::Result<void> outcome;
    bool done = false;
    QEventLoop loop;
    QObject::connect(stream.get(), &routeros::ApiStream::itemReceived, &loop,
                     [this](const routeros::Sentence &item) { printItem(item); });
    QObject::connect(stream.get(), &routeros::ApiStream::finished, &loop, [&](const routeros::Result<void> &result) {
        outcome = result;
        done = true;
        loop.quit();
    });
    // First Ctrl+C asks the router to stop (it answers at once); a second
    // one, or a router that no longer answers, ends the wait anyway.
    bool stopping = false;
    platform::onTerminationRequest([&] {
        if (stopping) {
            loop.quit();
            return;
        }
        stopping = true;
        stream->cancel();
        QTimer::singleShot(3000, &loop, &QEventLoop::quit);
    });
    if (!done)
        loop.exec();
    platform::onTerminationRequest({});   // the handler above captures this frame
    if (done && !outcome)
        return m_context.fail(fromRouteros(outcome.error()));
    m_context.out() << "!done" << Qt::endl;
    return Ok;
}

} // namespace lango::app::cli
