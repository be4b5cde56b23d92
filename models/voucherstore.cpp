#include "models/voucherstore.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace lango::models {

namespace {

// Rows per multi-row statement: 200 x 4 values stays far below SQLite's
// and PostgreSQL's bind limits and makes 10,000 vouchers 50 statements
// (measured: larger chunks gain nothing, SQLite gets slower).
constexpr int kChunk = 200;
constexpr int kMaxDraws = 20;

const QString kColumns = QStringLiteral(
    "v.id, v.batch_id, v.code, COALESCE(v.pin_sealed, ''), v.state, COALESCE(v.pushed_at, 0), COALESCE(v.sold_at, 0),"
    " COALESCE(v.sold_by, 0), COALESCE(v.first_used_at, 0), v.mac, COALESCE(v.expires_at, 0), COALESCE(v.used_router_id, 0),"
    " v.updated_at, b.package_id, COALESCE(b.router_id, 0), b.price_cents, v.sold_to"
    " FROM vouchers v JOIN voucher_batches b ON b.id = v.batch_id");

const QString kBatchColumns = QStringLiteral(
    "b.id, b.package_id, COALESCE(b.router_id, 0), COALESCE(b.seller_id, 0), b.voucher_count, b.price_cents, b.code_length,"
    " b.prefix, b.with_pin, b.note, COALESCE(b.created_by, 0), b.created_at, COALESCE(b.retired_at, 0),"
    " p.name, COALESCE(r.name, ''), COALESCE(NULLIF(s.display_name, ''), s.username, ''),"
    " SUM(CASE WHEN v.state = 'unused' THEN 1 ELSE 0 END), SUM(CASE WHEN v.state = 'in_use' THEN 1 ELSE 0 END),"
    " SUM(CASE WHEN v.state = 'expired' THEN 1 ELSE 0 END), SUM(CASE WHEN v.state = 'retired' THEN 1 ELSE 0 END),"
    " SUM(CASE WHEN v.pushed_at IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN v.sold_at IS NOT NULL THEN 1 ELSE 0 END),"
    " b.for_paybill"
    " FROM voucher_batches b JOIN packages p ON p.id = b.package_id LEFT JOIN routers r ON r.id = b.router_id"
    " LEFT JOIN staff s ON s.id = b.seller_id LEFT JOIN vouchers v ON v.batch_id = b.id");

const QString kBatchGroup = QStringLiteral(" GROUP BY b.id, p.name, r.name, s.display_name, s.username");

Voucher readVoucher(const QSqlQuery &q)
{
    Voucher v;
    v.id = q.value(0).toLongLong();
    v.batchId = q.value(1).toLongLong();
    v.code = q.value(2).toString();
    v.pinSealed = q.value(3).toString();
    v.state = Voucher::stateFromKey(q.value(4).toString()).value_or(VoucherState::Retired);
    v.pushedAt = q.value(5).toLongLong();
    v.soldAt = q.value(6).toLongLong();
    v.soldBy = q.value(7).toLongLong();
    v.firstUsedAt = q.value(8).toLongLong();
    v.mac = q.value(9).toString();
    v.expiresAt = q.value(10).toLongLong();
    v.usedRouterId = q.value(11).toLongLong();
    v.updatedAt = q.value(12).toLongLong();
    v.packageId = q.value(13).toLongLong();
    v.batchRouterId = q.value(14).toLongLong();
    v.priceCents = q.value(15).toLongLong();
    v.soldTo = q.value(16).toString();
    return v;
}

VoucherBatch readBatch(const QSqlQuery &q)
{
    VoucherBatch b;
    b.id = q.value(0).toLongLong();
    b.packageId = q.value(1).toLongLong();
    b.routerId = q.value(2).toLongLong();
    b.sellerId = q.value(3).toLongLong();
    b.count = q.value(4).toInt();
    b.priceCents = q.value(5).toLongLong();
    b.codeLength = q.value(6).toInt();
    b.prefix = q.value(7).toString();
    b.withPin = q.value(8).toInt() != 0;
    b.note = q.value(9).toString();
    b.createdBy = q.value(10).toLongLong();
    b.createdAt = q.value(11).toLongLong();
    b.retiredAt = q.value(12).toLongLong();
    b.packageName = q.value(13).toString();
    b.routerName = q.value(14).toString();
    b.sellerName = q.value(15).toString();
    b.unused = q.value(16).toInt();
    b.inUse = q.value(17).toInt();
    b.expired = q.value(18).toInt();
    b.retired = q.value(19).toInt();
    b.pushed = q.value(20).toInt();
    b.sold = q.value(21).toInt();
    b.forPaybill = q.value(22).toInt() != 0;
    return b;
}

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QString placeholders(qsizetype count)
{
    QString text;
    text.reserve(count * 3);
    for (qsizetype i = 0; i < count; ++i)
        text += i ? QStringLiteral(", ?") : QStringLiteral("?");
    return text;
}

} // namespace

VoucherStore::VoucherStore(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<qint64> VoucherStore::createBatch(const VoucherBatch &batch, const CodeSource &next) const
{
    if (batch.count < 1 || batch.count > 100000)
        return invalid(tr("A batch holds 1 to 100,000 vouchers; %1 is not allowed.").arg(batch.count));
    const qint64 now = m_clock.now();
    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto q = m_db.exec(QStringLiteral(
        "INSERT INTO voucher_batches (package_id, router_id, seller_id, voucher_count, price_cents, code_length, prefix, with_pin,"
        " note, created_by, created_at, for_paybill) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {batch.packageId, idOrNull(batch.routerId), idOrNull(batch.sellerId), batch.count, batch.priceCents, batch.codeLength,
         batch.prefix, batch.withPin ? 1 : 0, batch.note, idOrNull(batch.createdBy), now, batch.forPaybill ? 1 : 0});
    if (!q)
        return q.error();
    const qint64 batchId = q->next() ? q->value(0).toLongLong() : 0;
    q->finish();   // SQLite: a RETURNING statement holds the savepoint until finished

    // Draw, insert, and draw again only for codes someone already holds.
    QSet<QString> drawn;
    drawn.reserve(batch.count);
    int stored = 0;
    for (int round = 0; stored < batch.count; ++round) {
        if (round == kMaxDraws)
            return Error{ErrorCode::Conflict, tr("Could not find enough free voucher codes. Use longer codes and try again."), {}};
        QList<NewVoucher> fresh;
        fresh.reserve(batch.count - stored);
        while (fresh.size() < batch.count - stored) {
            NewVoucher candidate = next();
            if (!drawn.contains(candidate.code)) {
                drawn.insert(candidate.code);
                fresh.append(std::move(candidate));
            }
        }
        for (qsizetype i = 0; i < fresh.size(); i += kChunk) {
            auto inserted = insertChunk(batchId, fresh.mid(i, kChunk), now);
            if (!inserted)
                return inserted.error();
            stored += *inserted;
        }
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return batchId;
}

Result<int> VoucherStore::insertChunk(qint64 batchId, const QList<NewVoucher> &chunk, qint64 now) const
{
    QString sql = QStringLiteral("INSERT INTO vouchers (batch_id, code, pin_sealed, state, updated_at) VALUES ");
    QVariantList args;
    args.reserve(chunk.size() * 4);
    for (qsizetype i = 0; i < chunk.size(); ++i) {
        sql += i ? QStringLiteral(", (?, ?, ?, 'unused', ?)") : QStringLiteral("(?, ?, ?, 'unused', ?)");
        const NewVoucher &v = chunk.at(i);
        args << batchId << v.code
             << (v.pinSealed.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(v.pinSealed)) << now;
    }
    sql += QStringLiteral(" ON CONFLICT (code) DO NOTHING");
    auto q = m_db.exec(sql, args);
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Result<VoucherBatch> VoucherStore::batch(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 WHERE b.id = ?%2").arg(kBatchColumns, kBatchGroup), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, tr("There is no voucher batch %1. `lango voucher batches` lists them.").arg(id), {}};
    return readBatch(*q);
}

Result<QList<VoucherBatch>> VoucherStore::batches(const VoucherBatchFilter &filter) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 WHERE (? = 0 OR b.seller_id = ?) AND (? = 1 OR b.retired_at IS NULL)%2"
                                      " ORDER BY b.id DESC").arg(kBatchColumns, kBatchGroup),
                       {filter.sellerId, filter.sellerId, filter.includeRetired ? 1 : 0});
    if (!q)
        return q.error();
    QList<VoucherBatch> list;
    while (q->next())
        list << readBatch(*q);
    return list;
}

Result<QList<Voucher>> VoucherStore::select(const QString &where, const QVariantList &args) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 WHERE %2 ORDER BY v.id").arg(kColumns, where), args);
    if (!q)
        return q.error();
    QList<Voucher> list;
    while (q->next())
        list << readVoucher(*q);
    return list;
}

Result<QList<Voucher>> VoucherStore::vouchers(qint64 batchId, std::optional<VoucherState> state) const
{
    if (state)
        return select(QStringLiteral("v.batch_id = ? AND v.state = ?"), {batchId, Voucher::stateKey(*state)});
    return select(QStringLiteral("v.batch_id = ?"), {batchId});
}

Result<Voucher> VoucherStore::byCode(const QString &code) const
{
    auto found = select(QStringLiteral("v.code = ?"), {code});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{ErrorCode::NotFound, tr("No voucher has that code. Check it against the card."), {}};
    return found->first();
}

Result<QList<Voucher>> VoucherStore::unpushed(qint64 batchId, qint64 routerId) const
{
    return select(QStringLiteral("v.batch_id = ? AND v.state = 'unused' AND NOT EXISTS"
                                 " (SELECT 1 FROM voucher_pushes p WHERE p.voucher_id = v.id AND p.router_id = ?)"),
                  {batchId, routerId});
}

Result<void> VoucherStore::markPushed(qint64 routerId, const QList<qint64> &voucherIds) const
{
    const qint64 now = m_clock.now();
    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    for (qsizetype i = 0; i < voucherIds.size(); i += kChunk) {
        const QList<qint64> chunk = voucherIds.mid(i, kChunk);
        QString sql = QStringLiteral("INSERT INTO voucher_pushes (voucher_id, router_id, pushed_at) VALUES ");
        QVariantList args;
        QVariantList ids{now, now};
        for (qsizetype k = 0; k < chunk.size(); ++k) {
            sql += k ? QStringLiteral(", (?, ?, ?)") : QStringLiteral("(?, ?, ?)");
            args << chunk.at(k) << routerId << now;
            ids << chunk.at(k);
        }
        sql += QStringLiteral(" ON CONFLICT (voucher_id, router_id) DO NOTHING");
        if (auto q = m_db.exec(sql, args); !q)
            return q.error();
        if (auto q = m_db.exec(QStringLiteral("UPDATE vouchers SET pushed_at = ?, updated_at = ? WHERE pushed_at IS NULL AND id IN (%1)")
                                   .arg(placeholders(chunk.size())), ids); !q)
            return q.error();
    }
    return tx.commit();
}

Result<void> VoucherStore::unmarkPushed(qint64 routerId, const QList<qint64> &voucherIds) const
{
    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    for (qsizetype i = 0; i < voucherIds.size(); i += kChunk) {
        const QList<qint64> chunk = voucherIds.mid(i, kChunk);
        QVariantList args{routerId};
        for (const qint64 id : chunk)
            args << id;
        if (auto q = m_db.exec(QStringLiteral("DELETE FROM voucher_pushes WHERE router_id = ? AND voucher_id IN (%1)")
                                   .arg(placeholders(chunk.size())), args); !q)
            return q.error();
    }
    return tx.commit();
}

Result<QList<Voucher>> VoucherStore::onRouter(qint64 routerId) const
{
    return select(QStringLiteral("EXISTS (SELECT 1 FROM voucher_pushes p WHERE p.voucher_id = v.id AND p.router_id = ?)"),
                  {routerId});
}

Result<QList<qint64>> VoucherStore::routersOf(qint64 batchId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT DISTINCT p.router_id FROM voucher_pushes p JOIN vouchers v ON v.id = p.voucher_id"
                                      " WHERE v.batch_id = ? ORDER BY p.router_id"), {batchId});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    return ids;
}

Result<Voucher> VoucherStore::markSold(const QString &code, qint64 staffId) const
{
    const qint64 now = m_clock.now();
    auto q = m_db.exec(QStringLiteral("UPDATE vouchers SET sold_at = ?, sold_by = ?, updated_at = ?"
                                      " WHERE code = ? AND sold_at IS NULL AND state <> 'retired'"),
                       {now, idOrNull(staffId), now, code});
    if (!q)
        return q.error();
    const bool changed = q->numRowsAffected() > 0;
    auto voucher = byCode(code);
    if (!voucher || changed)
        return voucher;
    if (voucher->state == VoucherState::Retired)
        return invalid(tr("That voucher was retired and cannot be sold."));
    return Error{ErrorCode::Conflict, tr("That voucher was sold already."), {}};
}

Result<std::optional<Voucher>> VoucherStore::takeForPaybill(qint64 packageId, const QString &phone) const
{
    // One already on a router first (the code works the moment the text
    // arrives), oldest first; else one still waiting for its push (a router
    // down), rather than making more. The conditional update settles a race
    // with another server (or a desk selling by hand) over the same voucher.
    const qint64 now = m_clock.now();
    for (int attempt = 0; attempt < 5; ++attempt) {
        auto candidate = m_db.exec(QStringLiteral(
            "SELECT v.id FROM vouchers v JOIN voucher_batches b ON b.id = v.batch_id"
            " WHERE b.package_id = ? AND b.for_paybill = 1 AND b.retired_at IS NULL AND v.state = 'unused'"
            " AND v.sold_at IS NULL ORDER BY CASE WHEN v.pushed_at IS NULL THEN 1 ELSE 0 END, v.id LIMIT 1"), {packageId});
        if (!candidate)
            return candidate.error();
        if (!candidate->next())
            return std::optional<Voucher>();
        const qint64 id = candidate->value(0).toLongLong();
        candidate->finish();
        auto taken = m_db.exec(QStringLiteral("UPDATE vouchers SET sold_at = ?, sold_to = ?, updated_at = ?"
                                              " WHERE id = ? AND sold_at IS NULL AND state = 'unused'"), {now, phone, now, id});
        if (!taken)
            return taken.error();
        if (taken->numRowsAffected() > 0) {
            auto voucher = select(QStringLiteral("v.id = ?"), {id});
            if (!voucher)
                return voucher.error();
            if (!voucher->isEmpty())
                return std::optional<Voucher>(voucher->first());
        }
    }
    return std::optional<Voucher>();
}

Result<Voucher> VoucherStore::markSoldTo(qint64 voucherId, const QString &phone) const
{
    const qint64 now = m_clock.now();
    auto q = m_db.exec(QStringLiteral("UPDATE vouchers SET sold_at = ?, sold_to = ?, updated_at = ? WHERE id = ? AND sold_at IS NULL"),
                       {now, phone, now, voucherId});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error{ErrorCode::Conflict, tr("That voucher was sold already."), {}};
    auto voucher = select(QStringLiteral("v.id = ?"), {voucherId});
    if (!voucher)
        return voucher.error();
    if (voucher->isEmpty())
        return Error{ErrorCode::NotFound, tr("There is no such voucher."), {}};
    return voucher->first();
}

Result<int> VoucherStore::applyUsage(const QList<VoucherUsage> &usage) const
{
    const qint64 now = m_clock.now();
    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    int changed = 0;
    for (const VoucherUsage &u : usage) {
        // Expired and retired are final: a late read never brings a voucher back.
        auto q = m_db.exec(QStringLiteral(
            "UPDATE vouchers SET state = ?, first_used_at = ?, mac = ?, expires_at = ?, used_router_id = ?, updated_at = ?"
            " WHERE id = ? AND state NOT IN ('expired', 'retired')"),
            {Voucher::stateKey(u.state), idOrNull(u.firstUsedAt), u.mac, idOrNull(u.expiresAt), idOrNull(u.usedRouterId), now,
             u.voucherId});
        if (!q)
            return q.error();
        changed += q->numRowsAffected();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return changed;
}

Result<QList<Voucher>> VoucherStore::retireBatch(qint64 batchId) const
{
    const qint64 now = m_clock.now();
    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto q = m_db.exec(QStringLiteral("UPDATE voucher_batches SET retired_at = COALESCE(retired_at, ?) WHERE id = ?"),
                       {now, batchId});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error{ErrorCode::NotFound, tr("There is no voucher batch %1. `lango voucher batches` lists them.").arg(batchId), {}};
    if (auto u = m_db.exec(QStringLiteral("UPDATE vouchers SET state = 'retired', updated_at = ? WHERE batch_id = ? AND state = 'unused'"),
                           {now, batchId}); !u)
        return u.error();
    auto retired = vouchers(batchId, VoucherState::Retired);
    if (!retired)
        return retired.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return retired;
}

} // namespace lango::models
