#include "models/purchasestore.h"

#include "models/grantstore.h"
#include "models/packagestore.h"
#include "models/secretbox.h"

#include <QSqlQuery>
#include <QVariant>

namespace lango::models {

namespace {

const QString kColumns = QStringLiteral(
    "id, package_id, router_id, COALESCE(customer_id, 0), COALESCE(grant_id, 0), phone, mac, ip, amount_cents, state, source,"
    " COALESCE(checkout_request_id, ''), COALESCE(merchant_request_id, ''), COALESCE(mpesa_receipt, ''), COALESCE(paid_cents, 0),"
    " COALESCE(result_code, ''), COALESCE(result_desc, ''), query_attempts, COALESCE(next_query_at, 0), created_at, updated_at,"
    " COALESCE(paid_at, 0), COALESCE(online_at, 0), public_id, COALESCE(confirm_state, ''), COALESCE(confirm_next_at, 0),"
    " confirm_attempts, language");
constexpr int kColumnCount = 28;   // kColumns' count: a join's own columns come after

// The public id stands for the purchase on the portal: unguessable, so a
// purchase's credentials cannot be fetched by counting ids.
const QString kPublicAlphabet = QStringLiteral("abcdefghjkmnpqrstuvwxyz23456789");

Purchase readPurchase(const QSqlQuery &q)
{
    Purchase p;
    p.id = q.value(0).toLongLong();
    p.packageId = q.value(1).toLongLong();
    p.routerId = q.value(2).toLongLong();
    p.customerId = q.value(3).toLongLong();
    p.grantId = q.value(4).toLongLong();
    p.phone = q.value(5).toString();
    p.mac = q.value(6).toString();
    p.ip = q.value(7).toString();
    p.amountCents = q.value(8).toLongLong();
    p.state = Purchase::stateFromKey(q.value(9).toString()).value_or(PurchaseState::Failed);
    p.source = q.value(10).toString();
    p.checkoutRequestId = q.value(11).toString();
    p.merchantRequestId = q.value(12).toString();
    p.mpesaReceipt = q.value(13).toString();
    p.paidCents = q.value(14).toLongLong();
    p.resultCode = q.value(15).toString();
    p.resultDesc = q.value(16).toString();
    p.queryAttempts = q.value(17).toInt();
    p.nextQueryAt = q.value(18).toLongLong();
    p.createdAt = q.value(19).toLongLong();
    p.updatedAt = q.value(20).toLongLong();
    p.paidAt = q.value(21).toLongLong();
    p.onlineAt = q.value(22).toLongLong();
    p.publicId = q.value(23).toString();
    p.confirmState = q.value(24).toString();
    p.language = q.value(27).toString();
    p.confirmNextAt = q.value(25).toLongLong();
    p.confirmAttempts = q.value(26).toInt();
    return p;
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

PurchaseStore::PurchaseStore(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<qint64> PurchaseStore::upsertCustomer(const QString &phone) const
{
    const qint64 now = m_clock.now();
    auto q = m_db.exec(QStringLiteral(
        "INSERT INTO customers (phone, name, created_at, last_seen_at) VALUES (?, '', ?, ?)"
        " ON CONFLICT (phone) DO UPDATE SET last_seen_at = excluded.last_seen_at RETURNING id"), {phone, now, now});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<Purchase> PurchaseStore::create(Purchase purchase) const
{
    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto customer = upsertCustomer(purchase.phone);
    if (!customer)
        return customer.error();
    const qint64 now = m_clock.now();
    purchase.customerId = *customer;
    purchase.publicId = SecureRandom::token(24, kPublicAlphabet);
    auto q = m_db.exec(QStringLiteral(
        "INSERT INTO purchases (public_id, package_id, router_id, customer_id, phone, mac, ip, amount_cents, state, source,"
        " created_at, updated_at, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?) RETURNING id"),
        {purchase.publicId, purchase.packageId, purchase.routerId, purchase.customerId, purchase.phone, purchase.mac,
         purchase.ip, purchase.amountCents, purchase.source, now, now, purchase.language});
    if (!q)
        return q.error();
    purchase.id = q->next() ? q->value(0).toLongLong() : 0;
    q->finish();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    purchase.state = PurchaseState::Pending;
    purchase.createdAt = purchase.updatedAt = now;
    return purchase;
}

Result<Purchase> PurchaseStore::one(const QString &where, const QVariant &key) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM purchases WHERE %2 = ?").arg(kColumns, where), {key});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, tr("There is no such purchase."), {}};
    return readPurchase(*q);
}

Result<Purchase> PurchaseStore::byId(qint64 id) const
{
    return one(QStringLiteral("id"), id);
}

Result<Purchase> PurchaseStore::byPublicId(const QString &publicId) const
{
    return one(QStringLiteral("public_id"), publicId);
}

Result<Purchase> PurchaseStore::byCheckoutId(const QString &checkoutRequestId) const
{
    return one(QStringLiteral("checkout_request_id"), checkoutRequestId);
}

QString PurchaseStore::byCheckoutIdsSql(qsizetype rows)
{
    // (byCheckoutIds says what each row holds.)
    return QStringLiteral("SELECT pu.*, %1, %2 FROM (SELECT %3 FROM purchases WHERE checkout_request_id IN (%4)) pu"
                          " LEFT JOIN packages p ON p.id = pu.package_id"
                          " LEFT JOIN grants g ON g.router_id = pu.router_id AND g.mac = pu.mac AND pu.mac <> '' AND g.expires_at > ?")
        .arg(PackageStore::columns(QStringLiteral("p")), GrantStore::columns(QStringLiteral("g")), kColumns, repeated(QStringLiteral("?"), rows));
}

QString PurchaseStore::markPaidManySql(qsizetype rows)
{
    return QStringLiteral(
        "WITH paid (id, receipt, cents, code, description, confirm, confirm_at, grant_id) AS (VALUES %1)"
        " UPDATE purchases SET state = 'paid', mpesa_receipt = paid.receipt, paid_cents = paid.cents, result_code = paid.code,"
        " result_desc = paid.description, paid_at = ?, next_query_at = NULL, confirm_state = paid.confirm, confirm_next_at = paid.confirm_at,"
        " confirm_attempts = 0, grant_id = COALESCE(paid.grant_id, purchases.grant_id), updated_at = ? FROM paid"
        " WHERE purchases.id = paid.id AND purchases.state IN ('pending', 'failed')"
        " AND (purchases.confirm_state IS NULL OR purchases.confirm_state <> 'refuted') RETURNING purchases.id")
        .arg(repeated(QStringLiteral("(CAST(? AS BIGINT), ?, CAST(? AS BIGINT), ?, ?, ?, CAST(? AS BIGINT), CAST(? AS BIGINT))"), rows));
}

void PurchaseStore::prepareGroupStatements(qsizetype mostRows) const
{
    m_db.prepareShapes(mostRows, &PurchaseStore::byCheckoutIdsSql);
    m_db.prepareShapes(mostRows, &PurchaseStore::markPaidManySql);
}

Result<PurchaseStore::CheckoutReads> PurchaseStore::byCheckoutIds(const QStringList &checkoutRequestIds) const
{
    CheckoutReads found;
    if (checkoutRequestIds.isEmpty())
        return found;
    QVariantList values;
    for (const QString &id : checkoutRequestIds)
        values << id;
    const qsizetype rows = padRows(values, 1, Padding::RepeatLast);
    values << m_clock.now();
    // The purchase's columns, its package's, then a grant of its device
    // whose time is not up (NULLs when there is none): a row for each such
    // grant. The device index answers the join; with the state in it too,
    // SQLite would walk every live grant instead, so the state is checked here.
    const int packageFirst = kColumnCount;
    const int grantFirst = packageFirst + PackageStore::columnCount();
    auto q = m_db.exec(byCheckoutIdsSql(rows), values);
    if (!q)
        return q.error();
    while (q->next()) {
        Purchase purchase = readPurchase(*q);
        if (!q->isNull(packageFirst))
            found.terms.insert(purchase.packageId, PackageStore::read(*q, packageFirst));
        if (!q->isNull(grantFirst)) {
            const Grant grant = GrantStore::read(*q, grantFirst);
            const auto device = qMakePair(grant.routerId, grant.mac);
            const auto known = found.live.constFind(device);
            if (grant.isLive() && (known == found.live.constEnd() || known->expiresAt < grant.expiresAt))
                found.live.insert(device, grant);
        }
        found.purchases.insert(purchase.checkoutRequestId, purchase);
    }
    return found;
}

Result<QList<Purchase>> PurchaseStore::list(const PurchaseFilter &filter) const
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT %1 FROM purchases WHERE (? = '' OR state = ?) AND (? = 0 OR router_id = ?) AND (? = '' OR phone = ?)"
        " AND (? = '' OR upper(mac) = ?) AND created_at >= ? AND (? = 0 OR created_at < ?) ORDER BY id DESC LIMIT ?").arg(kColumns),
        {filter.state ? Purchase::stateKey(*filter.state) : QString(), filter.state ? Purchase::stateKey(*filter.state) : QString(),
         filter.routerId, filter.routerId, filter.phone, filter.phone, filter.mac.toUpper(), filter.mac.toUpper(),
         filter.from, filter.to, filter.to, filter.limit});
    if (!q)
        return q.error();
    QList<Purchase> purchases;
    while (q->next())
        purchases << readPurchase(*q);
    return purchases;
}

Result<QList<Purchase>> PurchaseStore::forGrant(qint64 grantId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM purchases WHERE grant_id = ? ORDER BY id").arg(kColumns), {grantId});
    if (!q)
        return q.error();
    QList<Purchase> purchases;
    while (q->next())
        purchases << readPurchase(*q);
    return purchases;
}

Result<void> PurchaseStore::setCheckout(qint64 id, const QString &checkoutRequestId, const QString &merchantRequestId,
                                        qint64 firstQueryAt) const
{
    auto q = m_db.exec(QStringLiteral(
        "UPDATE purchases SET checkout_request_id = ?, merchant_request_id = ?, next_query_at = ?, updated_at = ? WHERE id = ?"),
        {checkoutRequestId, merchantRequestId, firstQueryAt, m_clock.now(), id});
    if (!q)
        return q.error();
    return {};
}

Result<bool> PurchaseStore::markPaid(qint64 id, const QString &receipt, qint64 paidCents, const QString &resultCode,
                                     const QString &resultDesc, qint64 confirmAt) const
{
    auto marked = markPaidMany({PaidMark{id, receipt, paidCents, resultCode, resultDesc, confirmAt}});
    if (!marked)
        return marked.error();
    return marked->contains(id);
}

Result<QSet<qint64>> PurchaseStore::markPaidMany(const QList<PaidMark> &marks) const
{
    QSet<qint64> marked;
    if (marks.isEmpty())
        return marked;
    const qint64 now = m_clock.now();
    const QVariant noTime(QMetaType::fromType<qint64>());
    // The values as a table; typed, as PostgreSQL takes untyped values for text.
    QVariantList values;
    for (const PaidMark &mark : marks) {
        values << mark.id << nullIfEmpty(mark.receipt) << mark.paidCents << mark.resultCode << mark.resultDesc
               << (mark.confirmAt > 0 ? QVariant(QStringLiteral("unconfirmed"))
                   : mark.confirmAt == 0 ? QVariant(QStringLiteral("confirmed")) : QVariant(QMetaType::fromType<QString>()))
               << (mark.confirmAt > 0 ? QVariant(mark.confirmAt) : noTime) << (mark.grantId ? QVariant(mark.grantId) : noTime);
    }
    const qsizetype rows = padRows(values, 8, Padding::RepeatLast);
    values << now << now;
    auto q = m_db.exec(markPaidManySql(rows), values);
    if (!q)
        return q.error();
    while (q->next())
        marked.insert(q->value(0).toLongLong());
    return marked;
}

Result<bool> PurchaseStore::markFailed(qint64 id, const QString &resultCode, const QString &resultDesc) const
{
    auto q = m_db.exec(QStringLiteral(
        "UPDATE purchases SET state = 'failed', result_code = ?, result_desc = ?, next_query_at = NULL, updated_at = ?"
        " WHERE id = ? AND state = 'pending'"), {resultCode, resultDesc, m_clock.now(), id});
    if (!q)
        return q.error();
    return q->numRowsAffected() > 0;
}

Result<void> PurchaseStore::attachGrant(qint64 id, qint64 grantId) const
{
    return attachGrants({qMakePair(id, grantId)});
}

Result<void> PurchaseStore::attachGrants(const QList<QPair<qint64, qint64>> &purchaseGrants) const
{
    if (purchaseGrants.isEmpty())
        return {};
    QVariantList values;
    for (const auto &[purchaseId, grantId] : purchaseGrants)
        values << purchaseId << grantId;
    const qsizetype rows = padRows(values, 2, Padding::RepeatLast);
    values << m_clock.now();
    auto q = m_db.exec(QStringLiteral("WITH attached (id, grant_id) AS (VALUES %1)"
                                      " UPDATE purchases SET grant_id = attached.grant_id, updated_at = ? FROM attached WHERE purchases.id = attached.id")
                           .arg(repeated(QStringLiteral("(CAST(? AS BIGINT), CAST(? AS BIGINT))"), rows)),
                       values);
    if (!q)
        return q.error();
    return {};
}

Result<int> PurchaseStore::markOnline(qint64 grantId) const
{
    return markOnlineMany({grantId});
}

Result<int> PurchaseStore::markOnlineMany(const QList<qint64> &grantIds) const
{
    if (grantIds.isEmpty())
        return 0;
    const qint64 now = m_clock.now();
    QVariantList ids;
    for (const qint64 id : grantIds)
        ids << id;
    const qsizetype rows = padRows(ids, 1, Padding::RepeatLast);
    auto q = m_db.exec(QStringLiteral(
        "UPDATE purchases SET state = 'active', online_at = COALESCE(online_at, ?), updated_at = ? WHERE grant_id IN (%1) AND state = 'paid'")
                           .arg(repeated(QStringLiteral("?"), rows)),
                       QVariantList{now, now} + ids);
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Result<int> PurchaseStore::markExpired(qint64 grantId) const
{
    return markExpiredMany({grantId});
}

Result<int> PurchaseStore::markExpiredMany(const QList<qint64> &grantIds) const
{
    if (grantIds.isEmpty())
        return 0;
    QVariantList values;
    for (const qint64 id : grantIds)
        values << id;
    const qsizetype rows = padRows(values, 1, Padding::RepeatLast);
    values.prepend(m_clock.now());
    auto q = m_db.exec(QStringLiteral(
        "UPDATE purchases SET state = 'expired', updated_at = ? WHERE grant_id IN (%1) AND state IN ('paid', 'active')")
                           .arg(repeated(QStringLiteral("?"), rows)),
        values);
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Result<void> PurchaseStore::scheduleQuery(qint64 id, qint64 nextQueryAt) const
{
    auto q = m_db.exec(QStringLiteral(
        "UPDATE purchases SET next_query_at = ?, query_attempts = query_attempts + 1, updated_at = ? WHERE id = ?"),
        {nextQueryAt ? QVariant(nextQueryAt) : QVariant(QMetaType::fromType<qint64>()), m_clock.now(), id});
    if (!q)
        return q.error();
    return {};
}

Result<QList<Purchase>> PurchaseStore::dueForQuery(int limit) const
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT %1 FROM purchases WHERE (state = 'pending' OR (state = 'failed' AND result_code = 'no_answer'))"
        " AND checkout_request_id IS NOT NULL AND next_query_at <= ? ORDER BY next_query_at LIMIT ?").arg(kColumns),
        {m_clock.now(), limit});
    if (!q)
        return q.error();
    QList<Purchase> purchases;
    while (q->next())
        purchases << readPurchase(*q);
    return purchases;
}

Result<int> PurchaseStore::failUnsent(qint64 olderThan) const
{
    // A pending purchase has no result yet: the condition picks the purchases_unsent index.
    auto q = m_db.exec(QStringLiteral(
        "UPDATE purchases SET state = 'failed', result_code = 'not_sent', result_desc = 'The M-Pesa prompt was never sent',"
        " updated_at = ? WHERE checkout_request_id IS NULL AND result_code IS NULL AND state = 'pending' AND created_at < ?"),
        {m_clock.now(), olderThan});
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Result<QList<Purchase>> PurchaseStore::dueForConfirmation(int limit) const
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT %1 FROM purchases WHERE confirm_state = 'unconfirmed' AND confirm_next_at <= ? ORDER BY confirm_next_at LIMIT ?")
        .arg(kColumns), {m_clock.now(), limit});
    if (!q)
        return q.error();
    QList<Purchase> purchases;
    while (q->next())
        purchases << readPurchase(*q);
    return purchases;
}

Result<bool> PurchaseStore::fillReceipt(qint64 id, const QString &receipt) const
{
    auto q = m_db.exec(QStringLiteral("UPDATE purchases SET mpesa_receipt = ?, updated_at = ? WHERE id = ? AND mpesa_receipt IS NULL"),
                       {receipt, m_clock.now(), id});
    if (!q)
        return q.error();
    return q->numRowsAffected() > 0;
}

Result<bool> PurchaseStore::markConfirmed(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral(
        "UPDATE purchases SET confirm_state = 'confirmed', confirm_next_at = NULL, updated_at = ? WHERE id = ? AND confirm_state = 'unconfirmed'"),
        {m_clock.now(), id});
    if (!q)
        return q.error();
    return q->numRowsAffected() > 0;
}

Result<void> PurchaseStore::scheduleConfirmation(qint64 id, qint64 nextAt) const
{
    auto q = m_db.exec(QStringLiteral(
        "UPDATE purchases SET confirm_next_at = ?, confirm_attempts = confirm_attempts + 1, updated_at = ?"
        " WHERE id = ? AND confirm_state = 'unconfirmed'"), {nextAt, m_clock.now(), id});
    if (!q)
        return q.error();
    return {};
}

Result<bool> PurchaseStore::markRefuted(qint64 id, const QString &resultCode, const QString &resultDesc) const
{
    auto q = m_db.exec(QStringLiteral(
        "UPDATE purchases SET state = 'failed', confirm_state = 'refuted', confirm_next_at = NULL, result_code = ?, result_desc = ?,"
        " updated_at = ? WHERE id = ? AND confirm_state = 'unconfirmed'"), {resultCode, resultDesc, m_clock.now(), id});
    if (!q)
        return q.error();
    return q->numRowsAffected() > 0;
}

Result<int> PurchaseStore::otherPaidForGrant(qint64 grantId, qint64 exceptPurchaseId) const
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT COUNT(*) FROM purchases WHERE grant_id = ? AND id <> ? AND state IN ('paid', 'active', 'expired')"),
        {grantId, exceptPurchaseId});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<int> PurchaseStore::countSince(const QString &column, const QString &value, qint64 since) const
{
    // The column comes from a fixed list, never from outside (STYLE.md 2.8).
    if (column != QLatin1String("phone") && column != QLatin1String("mac"))
        return Error{ErrorCode::Invalid, QStringLiteral("countSince: bad column"), {}};
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM purchases WHERE %1 = ? AND created_at >= ?").arg(column), {value, since});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QHash<QString, int>> PurchaseStore::countByState() const
{
    auto q = m_db.exec(QStringLiteral("SELECT state, COUNT(*) FROM purchases GROUP BY state"));
    if (!q)
        return q.error();
    QHash<QString, int> counts;
    while (q->next())
        counts.insert(q->value(0).toString(), q->value(1).toInt());
    return counts;
}

} // namespace lango::models
