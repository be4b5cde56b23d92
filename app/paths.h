#pragma once

#include <QString>

namespace lango::app {

// Where Lango keeps its files for the user running it, on every platform:
// data  ~/.local/share/lango  (Windows: %LOCALAPPDATA%/lango)
// config ~/.config/lango      (Windows: %LOCALAPPDATA%/lango)
struct Paths
{
    static QString dataDir();
    static QString configDir();
    static QString defaultDatabaseUrl();     // sqlite:///<data>/lango.db
    static QString demoDatabasePath();       // <data>/demo.db
    static QString desktopSettingsFile();    // <config>/desktop.ini: the desktop's QSettings
};

} // namespace lango::app
