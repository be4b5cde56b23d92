#include "app/cli/packagecommand.h"

#include "app/staff/deskactions.h"

#include "app/cli/cliutil.h"
#include "app/core/jsonviews.h"
#include "app/core/office.h"
#include "models/units.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace lango::app::cli {

using models::Units;

namespace {

void addPackageOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("name"), PackageCommand::tr("Package name, as customers see it."), QStringLiteral("N")},
        {QStringLiteral("price"), PackageCommand::tr("Price in whole KES, e.g. 50."), QStringLiteral("KES")},
        {QStringLiteral("duration"), PackageCommand::tr("Validity: 30m, 1h, 1d, 7d, 1w."), QStringLiteral("D")},
        {QStringLiteral("down"), PackageCommand::tr("Download speed: 512k, 5M."), QStringLiteral("SPEED")},
        {QStringLiteral("up"), PackageCommand::tr("Upload speed: 512k, 1M."), QStringLiteral("SPEED")},
        {QStringLiteral("devices"), PackageCommand::tr("Devices at once (default 1)."), QStringLiteral("N")},
        {QStringLiteral("data"), PackageCommand::tr("Data cap: 500M, 1G; 'none' to clear."), QStringLiteral("SIZE")},
        {QStringLiteral("uptime"), PackageCommand::tr("Usage-time cap: 2h; 'none' to clear."), QStringLiteral("D")},
        {QStringLiteral("routers"), PackageCommand::tr("Routers that sell it, comma separated; 'all' for every router."),
         QStringLiteral("NAMES")},
        {QStringLiteral("paybill"), PackageCommand::tr("Sold by paybill from any phone: yes or no. The amount chooses the package."),
         QStringLiteral("yes|no")},
        {QStringLiteral("reminder"), PackageCommand::tr("Text a reminder before the time runs out: yes (default) or no."),
         QStringLiteral("yes|no")},
    });
}

Error badOption(const QString &option, const Error &cause)
{
    return Error{ErrorCode::BadInput, QStringLiteral("--%1: %2").arg(option, cause.message), cause.detail};
}

// Router names by id, so JSON shows names as `package list --json` does.
QHash<qint64, QString> routerNames(const Office &office)
{
    QHash<qint64, QString> names;
    if (auto routers = office.routers.list()) {
        for (const auto &r : *routers)
            names.insert(r.id, r.name);
    }
    return names;
}

} // namespace

QString PackageCommand::synopsis() const
{
    return QStringLiteral(
        "package add --name N --price KES --duration 1h --down 5M --up 1M\n"
        "            [--devices 1] [--data 1G] [--uptime 2h] [--routers a,b]\n"
        "            [--paybill yes|no] [--reminder yes|no]   (prints the id)\n"
        "package list [--all] [--json] | edit ID [options of add] | remove ID");
}

int PackageCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Manage the packages Lango sells."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), tr("add, list, edit or remove"));
    parser.addOption({QStringLiteral("json"), tr("Print JSON for scripts.")});
    parser.addOption({QStringLiteral("all"), tr("List retired packages too.")});
    addPackageOptions(parser);
    if (!parser.parse(args))
        return m_context.usage(parser.errorText(), parser.helpText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_context.out() << parser.helpText();
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == QLatin1String("add") && positional.size() == 1)
        return add(parser);
    if (action == QLatin1String("list") && positional.size() == 1)
        return list(parser);
    if (action == QLatin1String("edit") && positional.size() == 2)
        return edit(parser, positional.at(1));
    if (action == QLatin1String("remove") && positional.size() == 2)
        return remove(parser, positional.at(1));
    return m_context.usage(tr("Usage: lango %1").arg(synopsis()), parser.helpText());
}

Result<void> PackageCommand::applyOptions(QCommandLineParser &parser, Office &office, models::Package &p)
{
    auto value = [&parser](const char *name) { return parser.value(QString::fromLatin1(name)); };
    auto isSet = [&parser](const char *name) { return parser.isSet(QString::fromLatin1(name)); };
    if (isSet("name"))
        p.name = value("name");
    if (isSet("price")) {
        auto cents = Units::parseKes(value("price"));
        if (!cents)
            return badOption(QStringLiteral("price"), fromModels(cents.error()));
        p.priceCents = *cents;
    }
    if (isSet("duration")) {
        auto seconds = Units::parseDuration(value("duration"));
        if (!seconds)
            return badOption(QStringLiteral("duration"), fromModels(seconds.error()));
        p.durationSeconds = *seconds;
    }
    for (const char *option : {"down", "up"}) {
        if (!isSet(option))
            continue;
        auto kbps = Units::parseSpeed(value(option));
        if (!kbps)
            return badOption(QString::fromLatin1(option), fromModels(kbps.error()));
        (qstrcmp(option, "down") == 0 ? p.downKbps : p.upKbps) = *kbps;
    }
    if (isSet("devices")) {
        bool ok = false;
        p.devices = value("devices").toInt(&ok);
        if (!ok)
            return Error{ErrorCode::BadInput, tr("--devices: \"%1\" is not a number.").arg(value("devices")), {}};
    }
    if (isSet("data")) {
        if (value("data") == QLatin1String("none")) {
            p.dataBytes.reset();
        } else {
            auto bytes = Units::parseDataSize(value("data"));
            if (!bytes)
                return badOption(QStringLiteral("data"), fromModels(bytes.error()));
            p.dataBytes = *bytes;
        }
    }
    if (isSet("uptime")) {
        if (value("uptime") == QLatin1String("none")) {
            p.uptimeSeconds.reset();
        } else {
            auto seconds = Units::parseDuration(value("uptime"));
            if (!seconds)
                return badOption(QStringLiteral("uptime"), fromModels(seconds.error()));
            p.uptimeSeconds = *seconds;
        }
    }
    if (isSet("routers")) {
        p.routerIds.clear();
        if (value("routers") != QLatin1String("all")) {
            const QStringList names = value("routers").split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString &name : names) {
                auto router = office.routers.byName(name.trimmed());
                if (!router)
                    return badOption(QStringLiteral("routers"), fromModels(router.error()));
                p.routerIds << router->id;
            }
        }
    }
    for (const auto &[option, flag] : {std::pair{QStringLiteral("paybill"), &p.soldByPaybill},
                                       std::pair{QStringLiteral("reminder"), &p.smsReminder}}) {
        if (!parser.isSet(option))
            continue;
        const QString answer = parser.value(option).toLower();
        if (answer != QLatin1String("yes") && answer != QLatin1String("no"))
            return Error{ErrorCode::BadInput, tr("--%1: say yes or no, not \"%2\".").arg(option, parser.value(option)), {}};
        *flag = answer == QLatin1String("yes");
    }
    if (auto valid = p.validate(); !valid)
        return fromModels(valid.error());
    return {};
}

int PackageCommand::add(QCommandLineParser &parser)
{
    for (const char *required : {"name", "price", "duration", "down", "up"}) {
        if (!parser.isSet(QString::fromLatin1(required)))
            return m_context.usage(tr("package add needs --%1.").arg(QString::fromLatin1(required)), parser.helpText());
    }
    auto office = m_context.office();
    if (!office)
        return m_context.fail(office.error());
    models::Package package;
    if (auto applied = applyOptions(parser, **office, package); !applied)
        return m_context.fail(applied.error());
    // The change and its audit entry commit together, or neither does.
    auto id = DeskActions(**office).savePackage(package, m_context.who());
    if (!id)
        return m_context.fail(id.error());
    if (parser.isSet(QStringLiteral("json")))
        printJson(m_context.out(), JsonViews::package(*(*office)->packages.byId(*id)));
    else
        m_context.out() << *id << Qt::endl;
    return Ok;
}

int PackageCommand::list(QCommandLineParser &parser)
{
    auto office = m_context.office();
    if (!office)
        return m_context.fail(office.error());
    auto packages = (*office)->packages.list(parser.isSet(QStringLiteral("all")));
    if (!packages)
        return m_context.fail(fromModels(packages.error()));
    const QHash<qint64, QString> names = routerNames(**office);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &p : *packages)
            array.append(JsonViews::package(p, names));
        printJson(m_context.out(), array);
        return Ok;
    }
    TablePrinter table({tr("ID"), tr("NAME"), tr("PRICE"), tr("VALID"), tr("DOWN/UP"), tr("DEVICES"), tr("CAPS"), tr("ROUTERS"),
                        tr("STATUS")});
    for (const auto &p : *packages) {
        QStringList caps;
        if (p.dataBytes)
            caps << Units::formatDataSize(*p.dataBytes);
        if (p.uptimeSeconds)
            caps << Units::formatDuration(*p.uptimeSeconds) + tr(" use");
        QStringList routers;
        for (const qint64 id : p.routerIds)
            routers << names.value(id);
        table.addRow({QString::number(p.id), p.name, Units::formatMoney(p.priceCents), Units::formatDuration(p.durationSeconds),
                      Units::formatSpeed(p.downKbps) + QLatin1Char('/') + Units::formatSpeed(p.upKbps),
                      QString::number(p.devices), caps.isEmpty() ? QStringLiteral("-") : caps.join(QLatin1Char(' ')),
                      routers.isEmpty() ? tr("all") : routers.join(QLatin1Char(',')),
                      p.retired ? tr("retired") : p.soldByPaybill ? tr("on sale, paybill") : tr("on sale")});
    }
    table.print(m_context.out());
    return Ok;
}

Result<std::pair<Office *, models::Package>> PackageCommand::named(const QString &idText)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok)
        return Error{ErrorCode::BadInput, tr("\"%1\" is not a package id; `lango package list` shows them.").arg(idText), {}};
    auto office = m_context.office();
    if (!office)
        return office.error();
    auto package = (*office)->packages.byId(id);
    if (!package)
        return fromModels(package.error());
    return std::make_pair(*office, *package);
}

int PackageCommand::edit(QCommandLineParser &parser, const QString &idText)
{
    auto found = named(idText);
    if (!found)
        return m_context.fail(found.error());
    auto [office, package] = *found;
    const qint64 id = package.id;
    if (auto applied = applyOptions(parser, *office, package); !applied)
        return m_context.fail(applied.error());
    if (auto updated = DeskActions(*office).savePackage(package, m_context.who()); !updated)
        return m_context.fail(updated.error());
    if (parser.isSet(QStringLiteral("json"))) {
        auto stored = office->packages.byId(id);
        printJson(m_context.out(), JsonViews::package(stored ? *stored : package, routerNames(*office)));
        return Ok;
    }
    m_context.out() << tr("Package %1 updated. Run `lango router sync NAME` to update the routers.").arg(id) << Qt::endl;
    return Ok;
}

int PackageCommand::remove(QCommandLineParser &parser, const QString &idText)
{
    auto found = named(idText);
    if (!found)
        return m_context.fail(found.error());
    auto [office, package] = *found;
    const qint64 id = package.id;
    auto removed = DeskActions(*office).removePackage(package, m_context.who());
    if (!removed)
        return m_context.fail(removed.error());
    const bool retired = *removed == models::PackageStore::Removal::Retired;
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(m_context.out(), QJsonObject{{QStringLiteral("id"), id},
                                               {QStringLiteral("removed"), retired ? QStringLiteral("retired") : QStringLiteral("deleted")}});
        return Ok;
    }
    m_context.out() << (retired ? tr("Package %1 has sales history, so it was retired: no longer sold, history kept.").arg(id)
                                : tr("Package %1 removed.").arg(id)) << Qt::endl;
    return Ok;
}

} // namespace lango::app::cli
