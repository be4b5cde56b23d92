#include "models/grantstore.h"

#include "models/packagestore.h"

#include <QSqlQuery>
#include <QVariant>

namespace lango::models {

namespace {

// The columns readGrant reads, of table `t` (an alias) when given.
QString grantColumns(const QString &t = {})
{
    return QStringLiteral("%1id, %1router_id, %1package_id, COALESCE(%1customer_id, 0), COALESCE(%1voucher_id, 0), %1username,"
                          " %1password_sealed, %1mac, %1ip, %1state, %1starts_at, %1expires_at, COALESCE(%1provisioned_at, 0),"
                          " COALESCE(%1ended_at, 0), %1created_at, %1updated_at")
        .arg(t.isEmpty() ? QString() : t + QLatin1Char('.'));
}
const QString kColumns = grantColumns();
constexpr int kColumnCount = 16;

Grant readGrant(const QSqlQuery &q, int first = 0)
{
    Grant g;
    g.id = q.value(first + 0).toLongLong();
    g.routerId = q.value(first + 1).toLongLong();
    g.packageId = q.value(first + 2).toLongLong();
    g.customerId = q.value(first + 3).toLongLong();
    g.voucherId = q.value(first + 4).toLongLong();
    g.username = q.value(first + 5).toString();
    g.passwordSealed = q.value(first + 6).toString();
    g.mac = q.value(first + 7).toString();
    g.ip = q.value(first + 8).toString();
    g.state = Grant::stateFromKey(q.value(first + 9).toString()).value_or(GrantState::Revoked);
    g.startsAt = q.value(first + 10).toLongLong();
    g.expiresAt = q.value(first + 11).toLongLong();
    g.provisionedAt = q.value(first + 12).toLongLong();
    g.endedAt = q.value(first + 13).toLongLong();
    g.createdAt = q.value(first + 14).toLongLong();
    g.updatedAt = q.value(first + 15).toLongLong();
    return g;
}

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

GrantStore::GrantStore(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<qint64> GrantStore::create(const Grant &g) const
{
    auto created = createMany({g});
    if (!created)
        return created.error();
    if (!created->first())
        return Error{ErrorCode::Conflict, tr("Router %1 has a grant for user %2 already.").arg(g.routerId).arg(g.username), {}};
    return *created->first();
}

QString GrantStore::createManySql(qsizetype rows)
{
    const QString columns = QStringLiteral("router_id, package_id, customer_id, voucher_id, username, password_sealed, mac, ip, state, starts_at,"
                                           " expires_at, created_at, updated_at");
    return QStringLiteral("WITH v (%1) AS (VALUES %2) INSERT INTO grants (%1) SELECT %1 FROM v WHERE router_id IS NOT NULL"
                          " ON CONFLICT DO NOTHING RETURNING id, router_id, username")
        .arg(columns, repeated(QStringLiteral("(CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT), ?, ?, ?, ?, ?,"
                                              " CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT))"), rows));
}

void GrantStore::prepareGroupStatements(qsizetype mostRows) const
{
    m_db.prepareShapes(mostRows, &GrantStore::createManySql);
}

Result<QList<std::optional<qint64>>> GrantStore::createMany(const QList<Grant> &grants) const
{
    QList<std::optional<qint64>> ids(grants.size());
    if (grants.isEmpty())
        return ids;
    const qint64 now = m_clock.now();
    QVariantList values;
    for (const Grant &g : grants) {
        values << g.routerId << g.packageId << idOrNull(g.customerId) << idOrNull(g.voucherId) << g.username << g.passwordSealed << g.mac
               << g.ip << Grant::stateKey(g.state) << g.startsAt << g.expiresAt << now << now;
    }
    // A clash (the user name on that router, or the voucher's grant) skips
    // that row and leaves the transaction usable on PostgreSQL too.
    const qsizetype rows = padRows(values, 13, Padding::Nulls);
    auto q = m_db.exec(createManySql(rows), values);
    if (!q)
        return q.error();
    QHash<QPair<qint64, QString>, qint64> made;
    while (q->next())
        made.insert(qMakePair(q->value(1).toLongLong(), q->value(2).toString()), q->value(0).toLongLong());
    for (qsizetype i = 0; i < grants.size(); ++i) {
        if (const auto id = made.constFind(qMakePair(grants.at(i).routerId, grants.at(i).username)); id != made.constEnd())
            ids[i] = *id;
    }
    return ids;
}

Result<Grant> GrantStore::byId(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM grants WHERE id = ?").arg(kColumns), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, tr("There is no grant %1.").arg(id), {}};
    return readGrant(*q);
}

Result<QHash<qint64, GrantOnRouter>> GrantStore::onRouter(const QList<qint64> &ids) const
{
    QHash<qint64, GrantOnRouter> found;
    if (ids.isEmpty())
        return found;
    QVariantList values;
    for (const qint64 id : ids)
        values << id;
    const qsizetype rows = padRows(values, 1, Padding::RepeatLast);
    // Grant columns from 0, the package's next, then the router's two.
    constexpr int kPackageFirst = kColumnCount;
    auto q = m_db.exec(QStringLiteral("SELECT g.*, %1, r.name, r.hotspot_server FROM (SELECT %2 FROM grants WHERE id IN (%3)) g"
                                      " JOIN packages p ON p.id = g.package_id JOIN routers r ON r.id = g.router_id")
                           .arg(PackageStore::columns(QStringLiteral("p")), kColumns, repeated(QStringLiteral("?"), rows)),
                       values);
    if (!q)
        return q.error();
    const int routerFirst = kPackageFirst + PackageStore::columnCount();
    while (q->next()) {
        GrantOnRouter grant{readGrant(*q), PackageStore::read(*q, kPackageFirst), q->value(routerFirst).toString(),
                            q->value(routerFirst + 1).toString()};
        found.insert(grant.grant.id, grant);
    }
    return found;
}

Result<std::optional<Grant>> GrantStore::firstLive(const QString &where, const QVariantList &args) const
{
    QVariantList all = args;
    all << m_clock.now();
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM grants WHERE %2 AND state IN ('pending', 'active') AND expires_at > ?"
                                      " ORDER BY expires_at DESC LIMIT 1").arg(kColumns, where), all);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Grant>();
    return std::optional<Grant>(readGrant(*q));
}

Result<std::optional<Grant>> GrantStore::activeForDevice(qint64 routerId, const QString &mac) const
{
    if (mac.isEmpty())
        return std::optional<Grant>();
    return firstLive(QStringLiteral("router_id = ? AND mac = ?"), {routerId, mac});
}

QString GrantStore::columns(const QString &table)
{
    return grantColumns(table);
}

int GrantStore::columnCount()
{
    return kColumnCount;
}

Grant GrantStore::read(const QSqlQuery &q, int first)
{
    return readGrant(q, first);
}

Result<std::optional<Grant>> GrantStore::activeForCustomer(qint64 routerId, qint64 customerId) const
{
    if (!customerId)
        return std::optional<Grant>();
    return firstLive(QStringLiteral("router_id = ? AND customer_id = ? AND voucher_id IS NULL"), {routerId, customerId});
}

Result<QList<Grant>> GrantStore::live(qint64 routerId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM grants WHERE ended_at IS NULL AND state IN ('pending', 'active') AND (? = 0 OR router_id = ?)"
                                      " ORDER BY expires_at").arg(kColumns), {routerId, routerId});
    if (!q)
        return q.error();
    QList<Grant> grants;
    while (q->next())
        grants << readGrant(*q);
    return grants;
}

Result<QList<Grant>> GrantStore::list(const QString &state, int limit) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM grants WHERE (? = '' OR state = ?) ORDER BY id DESC LIMIT ?").arg(kColumns),
                       {state, state, limit});
    if (!q)
        return q.error();
    QList<Grant> grants;
    while (q->next())
        grants << readGrant(*q);
    return grants;
}

Result<QList<Grant>> GrantStore::history(const QString &phone, const QString &mac, int limit) const
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT %1 FROM grants WHERE (? <> '' AND (customer_id IN (SELECT id FROM customers WHERE phone = ?)"
        " OR id IN (SELECT grant_id FROM purchases WHERE phone = ?))) OR (? <> '' AND upper(mac) = ?)"
        " ORDER BY id DESC LIMIT ?").arg(kColumns), {phone, phone, phone, mac, mac.toUpper(), limit});
    if (!q)
        return q.error();
    QList<Grant> grants;
    while (q->next())
        grants << readGrant(*q);
    return grants;
}

Result<bool> GrantStore::usernameTaken(qint64 routerId, const QString &username) const
{
    auto q = m_db.exec(QStringLiteral("SELECT 1 FROM grants WHERE router_id = ? AND username = ?"), {routerId, username});
    if (!q)
        return q.error();
    return q->next();
}

Result<std::optional<qint64>> GrantStore::extendLive(qint64 id, qint64 seconds, qint64 packageId) const
{
    const qint64 now = m_clock.now();
    auto q = m_db.exec(QStringLiteral(
        "UPDATE grants SET expires_at = CASE WHEN expires_at > ? THEN expires_at ELSE ? END + ?, package_id = ?, updated_at = ?"
        " WHERE id = ? AND state IN ('pending', 'active') RETURNING expires_at"),
        {now, now, seconds, packageId, now, id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<qint64>();
    return std::optional<qint64>(q->value(0).toLongLong());
}

Result<void> GrantStore::shorten(qint64 id, qint64 seconds) const
{
    const qint64 now = m_clock.now();
    auto q = m_db.exec(QStringLiteral(
        "UPDATE grants SET expires_at = CASE WHEN expires_at - ? > ? THEN expires_at - ? ELSE ? END, updated_at = ?"
        " WHERE id = ? AND state IN ('pending', 'active')"), {seconds, now, seconds, now, now, id});
    if (!q)
        return q.error();
    return {};
}

Result<bool> GrantStore::markLive(qint64 id) const
{
    auto live = markLiveMany({id});
    if (!live)
        return live.error();
    return live->contains(id);
}

Result<QSet<qint64>> GrantStore::markLiveMany(const QList<qint64> &ids) const
{
    QSet<qint64> live;
    if (ids.isEmpty())
        return live;
    const qint64 now = m_clock.now();
    QVariantList args;
    for (const qint64 id : ids)
        args << id;
    const qsizetype rows = padRows(args, 1, Padding::RepeatLast);
    auto q = m_db.exec(QStringLiteral(
        "UPDATE grants SET state = 'active', provisioned_at = COALESCE(provisioned_at, ?), updated_at = ?"
        // State and expiry in one expression no index serves: as two, SQLite
        // would walk every live grant on their index instead of the ids.
        " WHERE id IN (%1) AND CASE WHEN state IN ('pending', 'active') THEN expires_at ELSE 0 END > ? RETURNING id")
            .arg(repeated(QStringLiteral("?"), rows)),
        QVariantList{now, now} + args + QVariantList{now});
    if (!q)
        return q.error();
    while (q->next())
        live.insert(q->value(0).toLongLong());
    return live;
}

Result<void> GrantStore::setDevice(qint64 id, const QString &mac, const QString &ip) const
{
    auto q = m_db.exec(QStringLiteral("UPDATE grants SET mac = ?, ip = ?, updated_at = ? WHERE id = ?"), {mac, ip, m_clock.now(), id});
    if (!q)
        return q.error();
    return {};
}

Result<QList<Grant>> GrantStore::expireDue() const
{
    const qint64 now = m_clock.now();
    auto q = m_db.exec(QStringLiteral(
        "UPDATE grants SET state = 'expired', ended_at = ?, updated_at = ? WHERE ended_at IS NULL AND state IN ('pending', 'active')"
        " AND expires_at <= ? RETURNING %1").arg(kColumns), {now, now, now});
    if (!q)
        return q.error();
    QList<Grant> ended;
    while (q->next())
        ended << readGrant(*q);
    return ended;
}

Result<bool> GrantStore::revoke(qint64 id) const
{
    const qint64 now = m_clock.now();
    auto q = m_db.exec(QStringLiteral(
        "UPDATE grants SET state = 'revoked', ended_at = ?, updated_at = ? WHERE id = ? AND state IN ('pending', 'active')"),
        {now, now, id});
    if (!q)
        return q.error();
    return q->numRowsAffected() > 0;
}

Result<qint64> GrantStore::nextExpiry() const
{
    // `ended_at IS NULL` (true of every grant not over) picks the grants_open index.
    auto q = m_db.exec(QStringLiteral("SELECT MIN(expires_at) FROM grants WHERE ended_at IS NULL AND state IN ('pending', 'active')"));
    if (!q)
        return q.error();
    return q->next() && !q->value(0).isNull() ? q->value(0).toLongLong() : qint64(0);
}

// --------------------------------------------------------------- ProblemStore

ProblemStore::ProblemStore(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<qint64> ProblemStore::record(const Problem &p) const
{
    auto q = m_db.exec(QStringLiteral(
        "INSERT INTO problems (kind, purchase_id, c2b_payment_id, router_id, message, detail, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {p.kind, idOrNull(p.purchaseId), idOrNull(p.c2bPaymentId), idOrNull(p.routerId), p.message, p.detail, m_clock.now()});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<QList<Problem>> ProblemStore::list(bool openOnly, int limit) const
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT id, kind, COALESCE(purchase_id, 0), COALESCE(c2b_payment_id, 0), COALESCE(router_id, 0), message, detail, created_at,"
        " COALESCE(resolved_at, 0), COALESCE(resolved_by, ''), COALESCE(resolution_note, '') FROM problems"
        " WHERE (? = 0 OR resolved_at IS NULL) ORDER BY id DESC LIMIT ?"), {openOnly ? 1 : 0, limit});
    if (!q)
        return q.error();
    QList<Problem> problems;
    while (q->next()) {
        Problem p;
        p.id = q->value(0).toLongLong();
        p.kind = q->value(1).toString();
        p.purchaseId = q->value(2).toLongLong();
        p.c2bPaymentId = q->value(3).toLongLong();
        p.routerId = q->value(4).toLongLong();
        p.message = q->value(5).toString();
        p.detail = q->value(6).toString();
        p.createdAt = q->value(7).toLongLong();
        p.resolvedAt = q->value(8).toLongLong();
        p.resolvedBy = q->value(9).toString();
        p.resolutionNote = q->value(10).toString();
        problems << p;
    }
    return problems;
}

Result<bool> ProblemStore::resolve(qint64 id, const QString &by, const QString &note) const
{
    auto q = m_db.exec(QStringLiteral(
        "UPDATE problems SET resolved_at = ?, resolved_by = ?, resolution_note = ? WHERE id = ? AND resolved_at IS NULL"),
        {m_clock.now(), by, note, id});
    if (!q)
        return q.error();
    return q->numRowsAffected() > 0;
}

Result<int> ProblemStore::countOpen() const
{
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM problems WHERE resolved_at IS NULL"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

// ---------------------------------------------------------------- CallbackLog

CallbackLog::CallbackLog(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<qint64> CallbackLog::record(const QString &kind, const QString &reference, const QString &body, const QString &outcome) const
{
    auto q = m_db.exec(QStringLiteral(
        "INSERT INTO callback_log (kind, reference, body, outcome, received_at) VALUES (?, ?, ?, ?, ?) RETURNING id"),
        {kind, reference, body, outcome, m_clock.now()});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<void> CallbackLog::recordMany(const QList<Entry> &entries) const
{
    return m_db.execTogether({insertMany(entries)});
}

Statement CallbackLog::insertMany(const QList<Entry> &entries) const
{
    if (entries.isEmpty())
        return {};
    QVariantList values;
    const qint64 now = m_clock.now();
    for (const Entry &e : entries)
        values << e.kind << e.reference << e.body << e.outcome << (e.receivedAt ? e.receivedAt : now);
    const qsizetype rows = padRows(values, 5, Padding::Nulls);
    return {insertManySql(rows), values};
}

QString CallbackLog::insertManySql(qsizetype rows)
{
    return QStringLiteral("WITH v (kind, reference, body, outcome, received_at) AS (VALUES %1)"
                          " INSERT INTO callback_log (kind, reference, body, outcome, received_at)"
                          " SELECT kind, reference, body, outcome, received_at FROM v WHERE kind IS NOT NULL")
        .arg(repeated(QStringLiteral("(?, ?, ?, ?, CAST(? AS BIGINT))"), rows));
}

void CallbackLog::prepareGroupStatements(qsizetype mostRows) const
{
    m_db.prepareShapes(mostRows, &CallbackLog::insertManySql);
}

Result<void> CallbackLog::setOutcome(qint64 id, const QString &outcome) const
{
    auto q = m_db.exec(QStringLiteral("UPDATE callback_log SET outcome = ? WHERE id = ?"), {outcome, id});
    if (!q)
        return q.error();
    return {};
}

Result<QList<CallbackLog::Entry>> CallbackLog::parked(const QString &reference, qint64 olderThan) const
{
    // Two shapes, each on its index: every new purchase asks for its own
    // reference, and the log only grows.
    const QString columns = QStringLiteral("SELECT id, kind, reference, body, outcome, received_at FROM callback_log WHERE outcome = 'parked'");
    auto q = reference.isEmpty()
        ? m_db.exec(columns + QStringLiteral(" AND (? = 0 OR received_at < ?) ORDER BY id"), {olderThan, olderThan})
        : m_db.exec(columns + QStringLiteral(" AND reference = ? AND (? = 0 OR received_at < ?) ORDER BY id"), {reference, olderThan, olderThan});
    if (!q)
        return q.error();
    QList<Entry> entries;
    while (q->next())
        entries << Entry{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                         q->value(4).toString(), q->value(5).toLongLong()};
    return entries;
}

} // namespace lango::models
