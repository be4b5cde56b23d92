#include "app/paths.h"
#include "common/sqliteurl.h"

#include <QDir>
#include <QStandardPaths>

namespace lango::app {

QString Paths::dataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/lango");
}

QString Paths::configDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/lango");
}

QString Paths::defaultDatabaseUrl()
{
    return sqliteUrlForFile(dataDir() + QStringLiteral("/lango.db"));
}

QString Paths::demoDatabasePath()
{
    return dataDir() + QStringLiteral("/demo.db");
}

QString Paths::desktopSettingsFile()
{
    return configDir() + QStringLiteral("/desktop.ini");
}

} // namespace lango::app
