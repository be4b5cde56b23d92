#pragma once

#include "app/core/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace lango::app {

// The credentials file of DESIGN.md: `key = value` lines, mode 0600. A file
// that others can read is refused with the command that fixes it.
class CredentialsFile final
{
    Q_DECLARE_TR_FUNCTIONS(CredentialsFile)

public:
    static const QStringList &knownKeys();

    [[nodiscard]] static Result<QHash<QString, QString>> read(const QString &path);
    // Rewrites one key, keeping the others; creates the file owner-only.
    [[nodiscard]] static Result<void> write(const QString &path, const QString &key, const QString &value);
};

} // namespace lango::app
