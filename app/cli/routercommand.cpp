#include "app/cli/routercommand.h"

#include "app/staff/deskactions.h"

#include "app/cli/cliutil.h"
#include "app/core/jsonviews.h"
#include "app/core/office.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace lango::app::cli {

void RouterCommand::addAction(const QString &name, const QString &synopsis, Action action,
                              const QList<QCommandLineOption> &options)
{
    m_actions.insert(name, std::move(action));
    m_actionSynopses << synopsis;
    m_actionOptions << options;
}

QString RouterCommand::synopsis() const
{
    QString text = QStringLiteral(
        "router add NAME --host H [--port 8728] [--tls] [--fingerprint SHA256] [--insecure]\n"
        "           --user U --password-stdin [--server all] [--location L]\n"
        "router list [--json] | remove NAME");
    for (const QString &line : m_actionSynopses)
        text += QLatin1Char('\n') + line;   // each action's line names its group
    return text;
}

int RouterCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Manage the MikroTik routers Lango drives."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), tr("add, list, remove, check, sync, install-portal, tunnel"));
    parser.addOptions({
        {QStringLiteral("json"), tr("Print JSON for scripts.")},
        {QStringLiteral("host"), tr("Router address (IP or host name)."), QStringLiteral("H")},
        {QStringLiteral("port"), tr("API port: 8728, or 8729 with --tls."), QStringLiteral("PORT")},
        {QStringLiteral("tls"), tr("Use API-SSL.")},
        {QStringLiteral("fingerprint"), tr("Pin the router certificate's SHA-256 fingerprint."), QStringLiteral("SHA256")},
        {QStringLiteral("insecure"), tr("API-SSL without verifying the router (for routers without a certificate).")},
        {QStringLiteral("user"), tr("RouterOS user with the api, read and write policies."), QStringLiteral("U")},
        {QStringLiteral("password-stdin"), tr("Read the RouterOS password from standard input.")},
        {QStringLiteral("server"), tr("Hotspot server name (default all)."), QStringLiteral("NAME")},
        {QStringLiteral("location"), tr("Where the router is, for staff."), QStringLiteral("TEXT")},
    });
    parser.addOptions(m_actionOptions);
    if (!parser.parse(args))
        return m_context.usage(parser.errorText(), parser.helpText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_context.out() << parser.helpText();
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == QLatin1String("list") && positional.size() == 1)
        return list(parser);
    if (action == QLatin1String("add") && positional.size() == 2)
        return add(parser, positional.at(1));
    if (action == QLatin1String("remove") && positional.size() == 2)
        return remove(positional.at(1), parser.isSet(QStringLiteral("json")));
    if (m_actions.contains(action) && positional.size() >= 2)
        return m_actions.value(action)(positional.at(1), positional.mid(2), parser);
    return m_context.usage(tr("Usage: lango %1").arg(synopsis()), parser.helpText());
}

int RouterCommand::add(QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(QStringLiteral("host")) || !parser.isSet(QStringLiteral("user")))
        return m_context.usage(tr("router add needs --host and --user."), parser.helpText());
    if (!parser.isSet(QStringLiteral("password-stdin")))
        return m_context.usage(tr("router add needs --password-stdin: passwords are never given on the command line, "
                                  "where other users could see them."), parser.helpText());
    models::Router router;
    router.name = name;
    router.host = parser.value(QStringLiteral("host"));
    router.useTls = parser.isSet(QStringLiteral("tls"));
    router.port = router.useTls ? 8729 : 8728;
    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        router.port = parser.value(QStringLiteral("port")).toInt(&ok);
        if (!ok)
            return m_context.fail(tr("--port: \"%1\" is not a number.").arg(parser.value(QStringLiteral("port"))));
    }
    router.tlsFingerprint = parser.value(QStringLiteral("fingerprint")).remove(QLatin1Char(':')).toLower();
    router.tlsInsecure = parser.isSet(QStringLiteral("insecure"));
    if ((router.tlsInsecure || !router.tlsFingerprint.isEmpty()) && !router.useTls)
        return m_context.fail(tr("--fingerprint and --insecure only apply with --tls."));
    router.apiUser = parser.value(QStringLiteral("user"));
    if (parser.isSet(QStringLiteral("server")))
        router.hotspotServer = parser.value(QStringLiteral("server"));
    router.location = parser.value(QStringLiteral("location"));
    const QString password = readLineFromStdin();
    if (password.isEmpty())
        return m_context.fail(tr("No password arrived on standard input. Example: echo 'secret' | lango router add ..."));

    auto office = m_context.office();
    if (!office)
        return m_context.fail(office.error());
    auto id = DeskActions(**office).saveRouter(router, password, m_context.who());   // sealed, added and audited at once
    if (!id)
        return m_context.fail(id.error());
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(m_context.out(), JsonViews::router(*(*office)->routers.byId(*id)));
    } else {
        m_context.out() << tr("Router %1 added (id %2). Check it with `lango router check %1`.").arg(router.name).arg(*id)
                        << Qt::endl;
    }
    return Ok;
}

int RouterCommand::list(QCommandLineParser &parser)
{
    auto office = m_context.office();
    if (!office)
        return m_context.fail(office.error());
    auto routers = (*office)->routers.list();
    if (!routers)
        return m_context.fail(fromModels(routers.error()));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &r : *routers)
            array.append(JsonViews::router(r));
        printJson(m_context.out(), array);
        return Ok;
    }
    TablePrinter table({tr("ID"), tr("NAME"), tr("ADDRESS"), tr("CONNECTION"), tr("USER"), tr("SERVER"), tr("STATUS")});
    for (const auto &r : *routers) {
        const QString connection = !r.useTls ? tr("api") : r.tlsInsecure ? tr("api-ssl (unverified)")
                                   : r.tlsFingerprint.isEmpty() ? tr("api-ssl") : tr("api-ssl (pinned)");
        table.addRow({QString::number(r.id), r.name, QStringLiteral("%1:%2").arg(r.host).arg(r.port), connection, r.apiUser,
                      r.hotspotServer, r.enabled ? tr("enabled") : tr("disabled")});
    }
    table.print(m_context.out());
    return Ok;
}

int RouterCommand::remove(const QString &name, bool json)
{
    auto office = m_context.office();
    if (!office)
        return m_context.fail(office.error());
    auto router = (*office)->routers.byName(name);
    if (!router)
        return m_context.fail(fromModels(router.error()));
    if (auto removed = DeskActions(**office).removeRouter(*router, m_context.who()); !removed)
        return m_context.fail(removed.error());
    if (json) {
        printJson(m_context.out(), QJsonObject{{QStringLiteral("id"), router->id}, {QStringLiteral("name"), router->name},
                                               {QStringLiteral("removed"), QStringLiteral("deleted")}});
        return Ok;
    }
    m_context.out() << tr("Router %1 removed.").arg(name) << Qt::endl;
    return Ok;
}

} // namespace lango::app::cli
