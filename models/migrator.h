#pragma once

#include <limits>

#include "models/database.h"

#include <QList>

namespace lango::models {

struct Migration
{
    int version = 0;
    QString name;
    QString sql;   // with the dialect's tokens replaced and its own part appended
};

// Applies the numbered SQL files of resources/migrations, each in one
// transaction, recording them in schema_migrations. A database whose schema
// is newer than this binary knows is refused, never touched.
class Migrator final
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    explicit Migrator(const Database &db);

    static QList<Migration> available(Backend backend);
    static int latestKnownVersion();
    static QStringList splitStatements(const QString &sql);

    [[nodiscard]] Result<int> currentVersion() const;
    [[nodiscard]] Result<int> migrate(int upTo = std::numeric_limits<int>::max());   // number applied
    [[nodiscard]] Result<void> checkCompatible() const;  // newer schema -> Migration error

private:
    Result<void> ensureLedger() const;
    Result<void> apply(const Migration &migration) const;

    const Database &m_db;
};

} // namespace lango::models
