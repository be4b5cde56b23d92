#pragma once

#include "models/clock.h"
#include "models/database.h"
#include "models/package.h"

namespace lango::models {

class PackageStore final
{
    Q_DECLARE_TR_FUNCTIONS(PackageStore)

public:
    enum class Removal { Deleted, Retired };

    PackageStore(const Database &db, const Clock &clock);

    [[nodiscard]] Result<QList<Package>> list(bool includeRetired = false) const;
    [[nodiscard]] Result<QList<Package>> forRouter(qint64 routerId) const;   // live ones it sells
    [[nodiscard]] Result<Package> byId(qint64 id) const;
    // The package without the routers that sell it: what a sale or a
    // router job needs, in one statement.
    [[nodiscard]] Result<Package> terms(qint64 id) const;
    // The package on sale by paybill at exactly this price, if any.
    [[nodiscard]] Result<std::optional<Package>> soldByPaybillAt(qint64 priceCents) const;
    [[nodiscard]] Result<qint64> add(Package package) const;
    [[nodiscard]] Result<void> update(const Package &package) const;
    // Deletes a package nobody bought; retires one with history, so old
    // purchases keep their package.
    [[nodiscard]] Result<Removal> remove(qint64 id) const;

    // For a statement that joins packages: the columns read() reads (of
    // `table`, an alias, when given), and a row's package from column `first`.
    // How many columns columns() names, for the ones a join reads after them.
    static int columnCount();
    static QString columns(const QString &table = {});
    static Package read(const QSqlQuery &q, int first = 0);

private:
    Result<void> checkPaybillPrice(const Package &package) const;
    static Error conflictExplained(Error error, const Package &package);
    Result<QString> freeSlug(const QString &name, qint64 exceptId) const;
    Result<void> writeRouters(qint64 packageId, const QList<qint64> &routerIds) const;
    Result<void> loadRouters(QList<Package> &packages) const;

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace lango::models
