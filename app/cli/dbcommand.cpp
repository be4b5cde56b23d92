#include "app/cli/dbcommand.h"

#include "app/cli/cliutil.h"
#include "app/core/office.h"
#include "models/migrator.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace lango::app::cli {

int DbCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Set up and inspect the office database."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), tr("migrate or status"));
    parser.addOption({QStringLiteral("json"), tr("Print JSON for scripts.")});
    if (!parser.parse(args))
        return m_context.usage(parser.errorText(), parser.helpText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_context.out() << parser.helpText();
        return Ok;
    }
    const QString action = parser.positionalArguments().value(0);
    if (parser.positionalArguments().size() != 1 || (action != QLatin1String("migrate") && action != QLatin1String("status")))
        return m_context.usage(tr("Usage: lango %1").arg(synopsis()), parser.helpText());

    auto db = m_context.database();
    if (!db)
        return m_context.fail(db.error());
    models::Migrator migrator(**db);
    const int known = models::Migrator::latestKnownVersion();
    if (action == QLatin1String("migrate")) {
        auto before = migrator.currentVersion();
        if (!before)
            return m_context.fail(fromModels(before.error()));
        auto applied = migrator.migrate();
        if (!applied)
            return m_context.fail(fromModels(applied.error()));
        auto after = migrator.currentVersion();
        if (!after)
            return m_context.fail(fromModels(after.error()));
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray versions;
            for (const models::Migration &migration : models::Migrator::available((*db)->backend())) {
                if (migration.version > *before && migration.version <= *after)
                    versions.append(migration.version);
            }
            printJson(m_context.out(), QJsonObject{{QStringLiteral("url"), (*db)->url().toString()},
                                                   {QStringLiteral("applied"), versions},
                                                   {QStringLiteral("version"), *after}});
            return Ok;
        }
        m_context.out() << tr("Database %1 is at schema version %2 (migrations applied now: %3).")
                               .arg((*db)->url().toString()).arg(*after).arg(*applied) << Qt::endl;
        return Ok;
    }
    auto current = migrator.currentVersion();
    if (!current)
        return m_context.fail(fromModels(current.error()));
    const bool newer = *current > known;
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(m_context.out(), QJsonObject{{QStringLiteral("url"), (*db)->url().toString()},
                                               {QStringLiteral("backend"), (*db)->isSqlite() ? QStringLiteral("sqlite") : QStringLiteral("postgresql")},
                                               {QStringLiteral("schema_version"), *current},
                                               {QStringLiteral("known_version"), known},
                                               {QStringLiteral("pending"), std::max(0, known - *current)}});
    } else {
        m_context.out() << tr("Database:        %1").arg((*db)->url().toString()) << Qt::endl
                        << tr("Schema version:  %1 (this Lango knows %2)").arg(*current).arg(known) << Qt::endl;
        if (newer)
            m_context.out() << tr("This database is newer than this Lango: install the newer Lango.") << Qt::endl;
        else if (*current < known)
            m_context.out() << tr("%1 migration(s) pending: run `lango db migrate`.").arg(known - *current) << Qt::endl;
        else
            m_context.out() << tr("Up to date.") << Qt::endl;
    }
    return newer ? Failed : Ok;
}

} // namespace lango::app::cli
