#include "app/core/paths.h"
#include "common/sqliteurl.h"

#include <QDir>
#include <QStandardPaths>

namespace lango::app {

namespace {

QString home()
{
    const QString dir = qEnvironmentVariable("LANGO_HOME");
    return dir.isEmpty() ? dir : QDir::cleanPath(QDir(dir).absolutePath());
}

} // namespace

QString Paths::dataDir()
{
    if (const QString dir = home(); !dir.isEmpty())
        return dir;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/lango");
}

QString Paths::configDir()
{
    if (const QString dir = home(); !dir.isEmpty())
        return dir;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/lango");
}

QString Paths::defaultDatabaseUrl()
{
    return sqliteUrlForFile(dataDir() + QStringLiteral("/lango.db"));
}

QString Paths::keychainService()
{
    const QString dir = home();
    return dir.isEmpty() ? QStringLiteral("lango") : QStringLiteral("lango ") + dir;
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
