#include "models/auditlog.h"

#include <QSqlQuery>
#include <QVariant>

namespace lango::models {

AuditLog::AuditLog(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<void> AuditLog::record(const AuditEntry &entry) const
{
    return recordMany({entry});
}

Result<void> AuditLog::recordMany(const QList<AuditEntry> &entries) const
{
    if (entries.isEmpty())
        return {};
    const QVariant noId(QMetaType::fromType<qint64>());
    QStringList rows;
    QVariantList values;
    for (const AuditEntry &entry : entries) {
        rows << QStringLiteral("(?, ?, ?, ?, ?, ?, ?)");
        values << (entry.at ? entry.at : m_clock.now()) << (entry.staffId ? QVariant(entry.staffId) : noId) << entry.actor
               << entry.action << entry.entity << (entry.entityId ? QVariant(entry.entityId) : noId) << entry.detail;
    }
    auto q = m_db.exec(QStringLiteral("INSERT INTO audit_log (at, staff_id, actor, action, entity, entity_id, detail) VALUES ")
                           + rows.join(QLatin1Char(',')),
                       values);
    if (!q)
        return q.error();
    return {};
}

Result<QList<AuditEntry>> AuditLog::recent(int limit, qint64 beforeId) const
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT id, at, COALESCE(staff_id, 0), actor, action, entity, COALESCE(entity_id, 0), detail FROM audit_log"
        " WHERE (? = 0 OR id < ?) ORDER BY id DESC LIMIT ?"), {beforeId, beforeId, limit});
    if (!q)
        return q.error();
    QList<AuditEntry> entries;
    while (q->next()) {
        AuditEntry e;
        e.id = q->value(0).toLongLong();
        e.at = q->value(1).toLongLong();
        e.staffId = q->value(2).toLongLong();
        e.actor = q->value(3).toString();
        e.action = q->value(4).toString();
        e.entity = q->value(5).toString();
        e.entityId = q->value(6).toLongLong();
        e.detail = q->value(7).toString();
        entries << e;
    }
    return entries;
}

} // namespace lango::models
