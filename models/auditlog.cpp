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
    return m_db.execTogether({insertMany(entries)});
}

Statement AuditLog::insertMany(const QList<AuditEntry> &entries) const
{
    if (entries.isEmpty())
        return {};
    const QVariant noId(QMetaType::fromType<qint64>());
    QVariantList values;
    for (const AuditEntry &entry : entries) {
        values << (entry.at ? entry.at : m_clock.now()) << (entry.staffId ? QVariant(entry.staffId) : noId) << entry.actor
               << entry.action << entry.entity << (entry.entityId ? QVariant(entry.entityId) : noId) << entry.detail;
    }
    const qsizetype rows = padRows(values, 7, Padding::Nulls);
    return {insertManySql(rows), values};
}

QString AuditLog::insertManySql(qsizetype rows)
{
    return QStringLiteral("WITH v (at, staff_id, actor, action, entity, entity_id, detail) AS (VALUES %1)"
                          " INSERT INTO audit_log (at, staff_id, actor, action, entity, entity_id, detail)"
                          " SELECT at, staff_id, actor, action, entity, entity_id, detail FROM v WHERE at IS NOT NULL")
        .arg(repeated(QStringLiteral("(CAST(? AS BIGINT), CAST(? AS BIGINT), ?, ?, ?, CAST(? AS BIGINT), ?)"), rows));
}

void AuditLog::prepareGroupStatements(qsizetype mostRows) const
{
    m_db.prepareShapes(mostRows, &AuditLog::insertManySql);
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
