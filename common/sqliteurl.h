#pragma once

#include <QDir>
#include <QString>

namespace lango {

// The database URL of a SQLite file: sqlite:///var/lib/lango/lango.db, or
// sqlite:///C:/Lango/lango.db on Windows (no slash before the drive).
inline QString sqliteUrlForFile(const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    return QStringLiteral("sqlite:///") + (clean.startsWith(QLatin1Char('/')) ? clean.mid(1) : clean);
}

} // namespace lango
