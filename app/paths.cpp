#include "app/paths.h"

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
    QString path = QDir::cleanPath(dataDir() + QStringLiteral("/lango.db"));
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);   // sqlite:/// already has it; Windows paths start with a drive
    return QStringLiteral("sqlite:///") + path;
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
