#include "models/tunnelstore.h"

#include <QSqlQuery>
#include <QVariant>

namespace lango::models {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT t.router_id, r.name, t.address, t.public_key, t.created_at, t.updated_at, t.handshake_at, t.rx_bytes,"
    " t.tx_bytes, t.endpoint, t.api_answers, t.observed_at FROM tunnel_peers t JOIN routers r ON r.id = t.router_id");

TunnelPeer readPeer(const QSqlQuery &q)
{
    TunnelPeer p;
    p.routerId = q.value(0).toLongLong();
    p.routerName = q.value(1).toString();
    p.address = q.value(2).toString();
    p.publicKey = q.value(3).toString();
    p.createdAt = q.value(4).toLongLong();
    p.updatedAt = q.value(5).toLongLong();
    p.handshakeAt = q.value(6).toLongLong();
    p.rxBytes = q.value(7).toLongLong();
    p.txBytes = q.value(8).toLongLong();
    p.endpoint = q.value(9).toString();
    p.apiAnswers = q.value(10).toInt() != 0;
    p.observedAt = q.value(11).toLongLong();
    return p;
}

} // namespace

TunnelStore::TunnelStore(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<QList<TunnelPeer>> TunnelStore::list() const
{
    auto q = m_db.exec(kSelect + QStringLiteral(" ORDER BY r.name"));
    if (!q)
        return q.error();
    QList<TunnelPeer> peers;
    while (q->next())
        peers << readPeer(*q);
    return peers;
}

Result<TunnelPeer> TunnelStore::forRouter(qint64 routerId) const
{
    auto q = m_db.exec(kSelect + QStringLiteral(" WHERE t.router_id = ?"), {routerId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, tr("This router has no tunnel."), {}};
    return readPeer(*q);
}

Result<QStringList> TunnelStore::addresses() const
{
    auto q = m_db.exec(QStringLiteral("SELECT address FROM tunnel_peers"));
    if (!q)
        return q.error();
    QStringList used;
    while (q->next())
        used << q->value(0).toString();
    return used;
}

Result<void> TunnelStore::save(qint64 routerId, const QString &address, const QString &publicKey) const
{
    if (publicKey.size() != 44)
        return invalid(tr("A WireGuard public key is 44 characters of base64."));
    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto owner = m_db.exec(QStringLiteral("SELECT r.name FROM tunnel_peers t JOIN routers r ON r.id = t.router_id"
                                          " WHERE t.public_key = ? AND t.router_id <> ?"), {publicKey, routerId});
    if (!owner)
        return owner.error();
    if (owner->next())
        return Error{ErrorCode::Conflict,
                     tr("Router \"%1\" already uses this public key: every router needs a key of its own.")
                         .arg(owner->value(0).toString()), {}};
    owner->finish();
    const qint64 now = m_clock.now();
    auto updated = m_db.exec(QStringLiteral("UPDATE tunnel_peers SET public_key = ?, updated_at = ?, handshake_at = 0,"
                                            " api_answers = 0 WHERE router_id = ?"), {publicKey, now, routerId});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() == 0) {
        auto inserted = m_db.exec(QStringLiteral("INSERT INTO tunnel_peers (router_id, address, public_key, created_at, updated_at)"
                                                 " VALUES (?, ?, ?, ?, ?)"), {routerId, address, publicKey, now, now});
        if (!inserted) {
            Error error = inserted.error();
            if (error.code == ErrorCode::Conflict)
                error.message = tr("The tunnel address %1 was just given to another router; try again.").arg(address);
            return error;
        }
    }
    return tx.commit();
}

Result<void> TunnelStore::observe(const QList<TunnelObservation> &seen) const
{
    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    const qint64 now = m_clock.now();
    for (const TunnelObservation &o : seen) {
        auto q = m_db.exec(QStringLiteral("UPDATE tunnel_peers SET handshake_at = ?, rx_bytes = ?, tx_bytes = ?, endpoint = ?,"
                                          " api_answers = ?, observed_at = ? WHERE public_key = ?"),
                           {o.handshakeAt, o.rxBytes, o.txBytes, o.endpoint, o.apiAnswers ? 1 : 0, now, o.publicKey});
        if (!q)
            return q.error();
    }
    return tx.commit();
}

Result<void> TunnelStore::remove(qint64 routerId) const
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM tunnel_peers WHERE router_id = ?"), {routerId});
    if (!q)
        return q.error();
    return {};
}

} // namespace lango::models
