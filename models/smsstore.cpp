#include "models/smsstore.h"

#include <QSqlQuery>
#include <QVariant>

namespace lango::models {

namespace {

const QString kColumns = QStringLiteral(
    "id, kind, event_key, phone, body, state, provider_id, cost, error, created_at, sent_at, delivered_at");

SmsMessage readMessage(const QSqlQuery &q)
{
    SmsMessage m;
    m.id = q.value(0).toLongLong();
    m.kind = q.value(1).toString();
    m.eventKey = q.value(2).toString();
    m.phone = q.value(3).toString();
    m.body = q.value(4).toString();
    m.state = q.value(5).toString();
    m.providerId = q.value(6).toString();
    m.cost = q.value(7).toString();
    m.error = q.value(8).toString();
    m.createdAt = q.value(9).toLongLong();
    m.sentAt = q.value(10).toLongLong();
    m.deliveredAt = q.value(11).toLongLong();
    return m;
}

} // namespace

SmsStore::SmsStore(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<qint64> SmsStore::queue(const QString &kind, const QString &eventKey, const QString &phone, const QString &body) const
{
    const qint64 now = m_clock.now();
    auto q = m_db.exec(QStringLiteral("INSERT INTO sms_messages (kind, event_key, phone, body, created_at, updated_at)"
                                      " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (kind, event_key) DO NOTHING RETURNING id"),
                       {kind, eventKey, phone, body, now, now});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<SmsMessage> SmsStore::byId(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM sms_messages WHERE id = ?").arg(kColumns), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, tr("There is no text message %1.").arg(id), {}};
    return readMessage(*q);
}

Result<QList<SmsMessage>> SmsStore::recent(int limit) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM sms_messages ORDER BY id DESC LIMIT ?").arg(kColumns), {limit});
    if (!q)
        return q.error();
    QList<SmsMessage> messages;
    while (q->next())
        messages << readMessage(*q);
    return messages;
}

Result<bool> SmsStore::startSending(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("UPDATE sms_messages SET state = 'sending', updated_at = ? WHERE id = ? AND state = 'queued'"),
                       {m_clock.now(), id});
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1;
}

Result<void> SmsStore::markSent(qint64 id, const QString &providerId, const QString &cost) const
{
    const qint64 now = m_clock.now();
    auto q = m_db.exec(QStringLiteral("UPDATE sms_messages SET state = 'sent', provider_id = ?, cost = ?, error = '', sent_at = ?,"
                                      " updated_at = ? WHERE id = ? AND state = 'sending'"),
                       {providerId, cost, now, now, id});
    if (!q)
        return q.error();
    // Its delivery report may have come first (the provider can report
    // before its answer to the send reaches Lango).
    auto early = m_db.exec(QStringLiteral("SELECT delivered, reason FROM sms_early_reports WHERE provider_id = ?"), {providerId});
    if (!early)
        return early.error();
    if (!early->next())
        return {};
    const bool delivered = early->value(0).toInt() != 0;
    const QString reason = early->value(1).toString();
    early->finish();
    if (auto applied = markDelivery(providerId, delivered, reason); !applied)
        return applied.error();
    if (auto removed = m_db.exec(QStringLiteral("DELETE FROM sms_early_reports WHERE provider_id = ?"), {providerId}); !removed)
        return removed.error();
    return {};
}

Result<void> SmsStore::markRetry(qint64 id, const QString &error) const
{
    auto q = m_db.exec(QStringLiteral("UPDATE sms_messages SET state = 'queued', error = ?, updated_at = ? WHERE id = ? AND state = 'sending'"),
                       {error.left(500), m_clock.now(), id});
    if (!q)
        return q.error();
    return {};
}

Result<void> SmsStore::markFailed(qint64 id, const QString &error) const
{
    auto q = m_db.exec(QStringLiteral("UPDATE sms_messages SET state = 'failed', error = ?, updated_at = ? WHERE id = ?"
                                      " AND state IN ('queued', 'sending')"),
                       {error.left(500), m_clock.now(), id});
    if (!q)
        return q.error();
    return {};
}

Result<QList<DueReminder>> SmsStore::dueReminders(qint64 from, qint64 to, int limit) const
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT g.id, g.expires_at, COALESCE(c.phone, v.sold_to), p.name,"
        " COALESCE((SELECT pu.language FROM purchases pu WHERE pu.grant_id = g.id ORDER BY pu.id DESC LIMIT 1), '')"
        " FROM grants g JOIN packages p ON p.id = g.package_id LEFT JOIN customers c ON c.id = g.customer_id"
        " LEFT JOIN vouchers v ON v.id = g.voucher_id"
        " WHERE g.ended_at IS NULL AND g.state = 'active' AND g.expires_at > ? AND g.expires_at <= ? AND p.sms_reminder = 1"
        " AND (c.phone IS NOT NULL OR v.sold_to <> '')"
        " AND NOT EXISTS (SELECT 1 FROM sms_messages m WHERE m.kind = 'reminder'"
        "                 AND m.event_key = 'grant:' || CAST(g.id AS TEXT) || ':' || CAST(g.expires_at AS TEXT))"
        " ORDER BY g.expires_at LIMIT ?"), {from, to, limit});
    if (!q)
        return q.error();
    QList<DueReminder> due;
    while (q->next())
        due << DueReminder{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(), q->value(3).toString(),
                           q->value(4).toString()};
    return due;
}

Result<int> SmsStore::countTo(const QString &phone, qint64 since) const
{
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM sms_messages WHERE phone = ? AND created_at >= ?"
                                      " AND kind NOT IN ('receipt', 'voucher')"), {phone, since});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<bool> SmsStore::markDelivery(const QString &providerId, bool delivered, const QString &reason) const
{
    if (providerId.isEmpty())
        return false;
    const qint64 now = m_clock.now();
    auto q = m_db.exec(QStringLiteral("UPDATE sms_messages SET state = ?, error = ?, delivered_at = ?, updated_at = ?"
                                      " WHERE provider_id = ? AND state IN ('sent', 'delivered', 'failed')"),
                       {delivered ? QStringLiteral("delivered") : QStringLiteral("failed"), delivered ? QString() : reason.left(500),
                        delivered ? now : qint64(0), now, providerId});
    if (!q)
        return q.error();
    if (q->numRowsAffected() > 0)
        return true;
    // Not known as sent (yet): kept for markSent, which may be a moment
    // away. Bounded: a day's worth at most, and never more than 10,000.
    if (auto purged = m_db.exec(QStringLiteral("DELETE FROM sms_early_reports WHERE received_at < ?"), {now - 86400}); !purged)
        return purged.error();
    auto kept = m_db.exec(QStringLiteral(
        "INSERT INTO sms_early_reports (provider_id, delivered, reason, received_at)"
        " SELECT ?, ?, ?, ? WHERE (SELECT COUNT(*) FROM sms_early_reports) < 10000"
        " ON CONFLICT (provider_id) DO UPDATE SET delivered = excluded.delivered, reason = excluded.reason"),
        {providerId.left(100), delivered ? 1 : 0, delivered ? QString() : reason.left(500), now});
    if (!kept)
        return kept.error();
    return false;
}

} // namespace lango::models
