#include "models/packagestore.h"

#include "models/units.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace lango::models {

namespace {

const QString kColumns = QStringLiteral(
    "id, name, slug, price_cents, duration_s, down_kbps, up_kbps, devices, data_bytes, uptime_s, retired, created_at, updated_at,"
    " sold_by_paybill, sms_reminder");

Package readPackageAt(const QSqlQuery &q, int first)
{
    Package p;
    p.id = q.value(first + 0).toLongLong();
    p.name = q.value(first + 1).toString();
    p.slug = q.value(first + 2).toString();
    p.priceCents = q.value(first + 3).toLongLong();
    p.durationSeconds = q.value(first + 4).toLongLong();
    p.downKbps = q.value(first + 5).toInt();
    p.upKbps = q.value(first + 6).toInt();
    p.devices = q.value(first + 7).toInt();
    if (!q.value(first + 8).isNull())
        p.dataBytes = q.value(first + 8).toLongLong();
    if (!q.value(first + 9).isNull())
        p.uptimeSeconds = q.value(first + 9).toLongLong();
    p.retired = q.value(first + 10).toInt() != 0;
    p.createdAt = q.value(first + 11).toLongLong();
    p.updatedAt = q.value(first + 12).toLongLong();
    p.soldByPaybill = q.value(first + 13).toInt() != 0;
    p.smsReminder = q.value(first + 14).toInt() != 0;
    return p;
}

Package readPackage(const QSqlQuery &q)
{
    return readPackageAt(q, 0);
}

QVariant optionalValue(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

PackageStore::PackageStore(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<QList<Package>> PackageStore::list(bool includeRetired) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM packages %2 ORDER BY price_cents, name")
                           .arg(kColumns, includeRetired ? QString() : QStringLiteral("WHERE retired = 0")));
    if (!q)
        return q.error();
    QList<Package> packages;
    while (q->next())
        packages << readPackage(*q);
    if (auto loaded = loadRouters(packages); !loaded)
        return loaded.error();
    return packages;
}

Result<QList<Package>> PackageStore::forRouter(qint64 routerId) const
{
    auto all = list(false);
    if (!all)
        return all.error();
    QList<Package> sold;
    for (const Package &p : *all) {
        if (p.soldOn(routerId))
            sold << p;
    }
    return sold;
}

QString PackageStore::columns(const QString &table)
{
    if (table.isEmpty())
        return kColumns;
    QStringList qualified = kColumns.split(QStringLiteral(", "));
    for (QString &column : qualified)
        column.prepend(table + QLatin1Char('.'));
    return qualified.join(QStringLiteral(", "));
}

int PackageStore::columnCount()
{
    static const int count = int(kColumns.count(QLatin1Char(',')) + 1);
    return count;
}

Package PackageStore::read(const QSqlQuery &q, int first)
{
    return readPackageAt(q, first);
}

Result<Package> PackageStore::terms(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM packages WHERE id = ?").arg(kColumns), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, tr("There is no package with id %1.").arg(id), {}};
    return readPackage(*q);
}

Result<Package> PackageStore::byId(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM packages WHERE id = ?").arg(kColumns), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, tr("There is no package with id %1.").arg(id), {}};
    QList<Package> one{readPackage(*q)};
    if (auto loaded = loadRouters(one); !loaded)
        return loaded.error();
    return one.first();
}

Result<void> PackageStore::checkPaybillPrice(const Package &package) const
{
    if (!package.soldByPaybill || package.retired)
        return {};
    // The amount paid at the paybill picks the package: a second one at the
    // same price could not be told apart.
    auto clash = m_db.exec(QStringLiteral("SELECT name FROM packages WHERE sold_by_paybill = 1 AND retired = 0 AND price_cents = ?"
                                          " AND id <> ?"), {package.priceCents, package.id});
    if (!clash)
        return clash.error();
    if (!clash->next())
        return {};
    return Error{ErrorCode::Conflict,
                 tr("\"%1\" is sold by paybill at %2 already. At the paybill the amount chooses the package, so give \"%3\" "
                    "another price or do not sell it by paybill.")
                     .arg(clash->value(0).toString(), Units::formatMoney(package.priceCents), package.name),
                 QStringLiteral("price_cents")};
}

Error PackageStore::conflictExplained(Error error, const Package &package)
{
    if (error.code != ErrorCode::Conflict)
        return error;
    // Another desk saved the same paybill price a moment ago (the unique index).
    if (error.detail.contains(QLatin1String("paybill")) || error.detail.contains(QLatin1String("price_cents")))
        error.message = tr("Another package sold by paybill costs %1 now. Give \"%2\" another price or do not sell it by paybill.")
                            .arg(Units::formatMoney(package.priceCents), package.name);
    else
        error.message = tr("A package named \"%1\" already exists. Choose another name.").arg(package.name);
    return error;
}

Result<std::optional<Package>> PackageStore::soldByPaybillAt(qint64 priceCents) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM packages WHERE sold_by_paybill = 1 AND retired = 0 AND price_cents = ?")
                           .arg(kColumns), {priceCents});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Package>();
    return std::optional<Package>(readPackage(*q));
}

Result<qint64> PackageStore::add(Package package) const
{
    package.name = package.name.trimmed();
    if (auto valid = package.validate(); !valid)
        return valid.error();
    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    if (auto priced = checkPaybillPrice(package); !priced)
        return priced.error();
    auto slug = freeSlug(package.name, 0);
    if (!slug)
        return slug.error();
    const qint64 now = m_clock.now();
    auto q = m_db.exec(QStringLiteral(
        "INSERT INTO packages (name, slug, price_cents, duration_s, down_kbps, up_kbps, devices, data_bytes, uptime_s,"
        " retired, created_at, updated_at, sold_by_paybill, sms_reminder) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?) RETURNING id"),
        {package.name, *slug, package.priceCents, package.durationSeconds, package.downKbps, package.upKbps,
         package.devices, optionalValue(package.dataBytes), optionalValue(package.uptimeSeconds), now, now,
         package.soldByPaybill ? 1 : 0, package.smsReminder ? 1 : 0});
    if (!q)
        return conflictExplained(q.error(), package);
    const qint64 id = q->next() ? q->value(0).toLongLong() : 0;
    q->finish();
    if (auto routers = writeRouters(id, package.routerIds); !routers)
        return routers.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return id;
}

Result<void> PackageStore::update(const Package &input) const
{
    Package package = input;
    package.name = package.name.trimmed();
    if (auto valid = package.validate(); !valid)
        return valid.error();
    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto current = byId(package.id);
    if (!current)
        return current.error();
    if (auto priced = checkPaybillPrice(package); !priced)
        return priced.error();
    // The slug names the router profile: it follows a rename, so staff see
    // the new name on the router too; sync moves users to the new profile.
    QString slug = current->slug;
    if (Package::slugFor(package.name) != Package::slugFor(current->name)) {
        auto fresh = freeSlug(package.name, package.id);
        if (!fresh)
            return fresh.error();
        slug = *fresh;
    }
    auto q = m_db.exec(QStringLiteral(
        "UPDATE packages SET name = ?, slug = ?, price_cents = ?, duration_s = ?, down_kbps = ?, up_kbps = ?, devices = ?,"
        " data_bytes = ?, uptime_s = ?, retired = ?, updated_at = ?, sold_by_paybill = ?, sms_reminder = ? WHERE id = ?"),
        {package.name, slug, package.priceCents, package.durationSeconds, package.downKbps, package.upKbps,
         package.devices, optionalValue(package.dataBytes), optionalValue(package.uptimeSeconds),
         package.retired ? 1 : 0, m_clock.now(), package.soldByPaybill ? 1 : 0, package.smsReminder ? 1 : 0, package.id});
    if (!q)
        return conflictExplained(q.error(), package);
    if (auto routers = writeRouters(package.id, package.routerIds); !routers)
        return routers.error();
    return tx.commit();
}

Result<PackageStore::Removal> PackageStore::remove(qint64 id) const
{
    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto package = byId(id);
    if (!package)
        return package.error();
    auto used = m_db.exec(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM purchases WHERE package_id = ?) + (SELECT COUNT(*) FROM grants WHERE package_id = ?)"
        " + (SELECT COUNT(*) FROM voucher_batches WHERE package_id = ?)"), {id, id, id});
    if (!used)
        return used.error();
    const bool hasHistory = used->next() && used->value(0).toLongLong() > 0;
    used->finish();
    auto done = hasHistory
        ? m_db.exec(QStringLiteral("UPDATE packages SET retired = 1, updated_at = ? WHERE id = ?"), {m_clock.now(), id})
        : m_db.exec(QStringLiteral("DELETE FROM packages WHERE id = ?"), {id});
    if (!done)
        return done.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return hasHistory ? Removal::Retired : Removal::Deleted;
}

Result<QString> PackageStore::freeSlug(const QString &name, qint64 exceptId) const
{
    const QString base = Package::slugFor(name);
    for (int n = 1; n < 1000; ++n) {
        const QString candidate = n == 1 ? base : QStringLiteral("%1-%2").arg(base).arg(n);
        auto q = m_db.exec(QStringLiteral("SELECT 1 FROM packages WHERE slug = ? AND id <> ?"), {candidate, exceptId});
        if (!q)
            return q.error();
        if (!q->next())
            return candidate;
    }
    return invalid(tr("Too many packages share the name \"%1\".").arg(name));
}

Result<void> PackageStore::writeRouters(qint64 packageId, const QList<qint64> &routerIds) const
{
    auto cleared = m_db.exec(QStringLiteral("DELETE FROM package_routers WHERE package_id = ?"), {packageId});
    if (!cleared)
        return cleared.error();
    for (const qint64 routerId : routerIds) {
        auto added = m_db.exec(QStringLiteral("INSERT INTO package_routers (package_id, router_id) VALUES (?, ?)"),
                               {packageId, routerId});
        if (!added)
            return Error{ErrorCode::Invalid, tr("Router %1 does not exist.").arg(routerId), added.error().detail};
    }
    return {};
}

Result<void> PackageStore::loadRouters(QList<Package> &packages) const
{
    if (packages.isEmpty())
        return {};
    // One package (a sale, a router job) reads its own rows only.
    auto q = packages.size() == 1
        ? m_db.exec(QStringLiteral("SELECT package_id, router_id FROM package_routers WHERE package_id = ? ORDER BY router_id"),
                    {packages.first().id})
        : m_db.exec(QStringLiteral("SELECT package_id, router_id FROM package_routers ORDER BY router_id"));
    if (!q)
        return q.error();
    QHash<qint64, QList<qint64>> byPackage;
    while (q->next())
        byPackage[q->value(0).toLongLong()] << q->value(1).toLongLong();
    for (Package &p : packages)
        p.routerIds = byPackage.value(p.id);
    return {};
}

} // namespace lango::models
