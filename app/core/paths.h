#pragma once

#include <QString>

namespace lango::app {

// Where Lango keeps its files for the user running it, on every platform:
// data  ~/.local/share/lango  (Windows: %LOCALAPPDATA%/lango)
// config ~/.config/lango      (Windows: %LOCALAPPDATA%/lango)
// LANGO_HOME=DIR puts both in DIR, and keeps this copy's keychain entries
// apart from others: a portable copy, two offices on one account, or each
// test its own (Windows has no HOME or XDG_* to move them with).
struct Paths
{
    static QString dataDir();
    static QString configDir();
    static QString keychainService();        // "lango", or "lango <LANGO_HOME>"
    static QString defaultDatabaseUrl();     // sqlite:///<data>/lango.db
    static QString demoDatabasePath();       // <data>/demo.db
    static QString desktopSettingsFile();    // <config>/desktop.ini: the desktop's QSettings
};

} // namespace lango::app
