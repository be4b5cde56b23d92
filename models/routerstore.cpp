#include "models/routerstore.h"

#include <QSqlQuery>
#include <QVariant>

namespace lango::models {

namespace {

const QString kColumns = QStringLiteral(
    "id, name, host, port, use_tls, tls_fingerprint, tls_insecure, api_user, api_password_sealed, hotspot_server,"
    " location, enabled, created_at, updated_at");
// What a login without the router secrets may read (a seller): the same row
// shape, with how to reach and log in to the router left out.
const QString kPublicColumns = QStringLiteral(
    "id, name, '', 0, 0, '', 0, '', '', hotspot_server, location, enabled, 0, 0");

Router readRouter(const QSqlQuery &q)
{
    Router r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.host = q.value(2).toString();
    r.port = q.value(3).toInt();
    r.useTls = q.value(4).toInt() != 0;
    r.tlsFingerprint = q.value(5).toString();
    r.tlsInsecure = q.value(6).toInt() != 0;
    r.apiUser = q.value(7).toString();
    r.apiPasswordSealed = q.value(8).toString();
    r.hotspotServer = q.value(9).toString();
    r.location = q.value(10).toString();
    r.enabled = q.value(11).toInt() != 0;
    r.createdAt = q.value(12).toLongLong();
    r.updatedAt = q.value(13).toLongLong();
    return r;
}

} // namespace

RouterStore::RouterStore(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<QList<Router>> RouterStore::list() const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM routers ORDER BY name").arg(m_db.secretsHidden() ? kPublicColumns : kColumns));
    if (!q)
        return q.error();
    QList<Router> routers;
    while (q->next())
        routers << readRouter(*q);
    return routers;
}

Result<Router> RouterStore::one(const QString &where, const QVariant &key, const QString &notFound) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM routers WHERE %2 = ?").arg(m_db.secretsHidden() ? kPublicColumns : kColumns, where),
                       {key});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, notFound, {}};
    return readRouter(*q);
}

Result<Router> RouterStore::byId(qint64 id) const
{
    return one(QStringLiteral("id"), id, tr("There is no router with id %1.").arg(id));
}

Result<Router> RouterStore::byName(const QString &name) const
{
    return one(QStringLiteral("name"), name,
               tr("There is no router named \"%1\". `lango router list` shows the routers Lango knows.").arg(name));
}

Result<qint64> RouterStore::add(const Router &router) const
{
    if (auto valid = router.validate(); !valid)
        return valid.error();
    const qint64 now = m_clock.now();
    auto q = m_db.exec(QStringLiteral(
        "INSERT INTO routers (name, host, port, use_tls, tls_fingerprint, tls_insecure, api_user, api_password_sealed,"
        " hotspot_server, location, enabled, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {router.name, router.host, router.port, router.useTls ? 1 : 0, router.tlsFingerprint, router.tlsInsecure ? 1 : 0,
         router.apiUser, router.apiPasswordSealed, router.hotspotServer, router.location, router.enabled ? 1 : 0, now, now});
    if (!q) {
        Error error = q.error();
        if (error.code == ErrorCode::Conflict)
            error.message = tr("A router named \"%1\" already exists.").arg(router.name);
        return error;
    }
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<void> RouterStore::update(const Router &router) const
{
    if (auto valid = router.validate(); !valid)
        return valid.error();
    auto q = m_db.exec(QStringLiteral(
        "UPDATE routers SET name = ?, host = ?, port = ?, use_tls = ?, tls_fingerprint = ?, tls_insecure = ?, api_user = ?,"
        " api_password_sealed = ?, hotspot_server = ?, location = ?, enabled = ?, updated_at = ? WHERE id = ?"),
        {router.name, router.host, router.port, router.useTls ? 1 : 0, router.tlsFingerprint, router.tlsInsecure ? 1 : 0,
         router.apiUser, router.apiPasswordSealed, router.hotspotServer, router.location, router.enabled ? 1 : 0,
         m_clock.now(), router.id});
    if (!q) {
        Error error = q.error();
        if (error.code == ErrorCode::Conflict)
            error.message = tr("A router named \"%1\" already exists.").arg(router.name);
        return error;
    }
    if (q->numRowsAffected() == 0)
        return Error{ErrorCode::NotFound, tr("There is no router with id %1.").arg(router.id), {}};
    return {};
}

Result<void> RouterStore::remove(qint64 id) const
{
    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto router = byId(id);
    if (!router)
        return router.error();
    auto used = m_db.exec(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM purchases WHERE router_id = ?) + (SELECT COUNT(*) FROM grants WHERE router_id = ?)"
        " + (SELECT COUNT(*) FROM voucher_batches WHERE router_id = ?)"), {id, id, id});
    if (!used)
        return used.error();
    const bool hasHistory = used->next() && used->value(0).toLongLong() > 0;
    used->finish();
    if (hasHistory)
        return Error{ErrorCode::Conflict,
                     tr("Router \"%1\" has sales history, so it cannot be removed. Disable it instead.").arg(router->name), {}};
    auto jobs = m_db.exec(QStringLiteral("DELETE FROM jobs WHERE router_id = ?"), {id});
    if (!jobs)
        return jobs.error();
    auto deleted = m_db.exec(QStringLiteral("DELETE FROM routers WHERE id = ?"), {id});
    if (!deleted)
        return deleted.error();
    return tx.commit();
}

} // namespace lango::models
