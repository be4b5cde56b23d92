#pragma once

#include "models/clock.h"
#include "models/database.h"

namespace lango::models {

struct AuditEntry
{
    qint64 id = 0;
    qint64 at = 0;
    qint64 staffId = 0;     // 0 = not a staff member (CLI, headless, system)
    QString actor;          // "staff:amina", "cli", "headless", "system"
    QString action;         // "package.add", "router.remove", "purchase.resolve"
    QString entity;         // "package"
    qint64 entityId = 0;
    QString detail;         // a short human sentence; never a secret
};

// Evidence of what people and services did (STYLE.md 2.6): payments,
// grants, staff actions. Written in the caller's transaction.
class AuditLog final
{
public:
    AuditLog(const Database &db, const Clock &clock);

    [[nodiscard]] Result<void> record(const AuditEntry &entry) const;
    // Several at once, in one statement (payments applied together).
    [[nodiscard]] Result<void> recordMany(const QList<AuditEntry> &entries) const;
    // recordMany's statement, for the caller to send with others.
    Statement insertMany(const QList<AuditEntry> &entries) const;
    // Prepares insertMany's statement in every shape up to `mostRows` rows
    // on this thread's connection (a group's first use does not wait).
    void prepareGroupStatements(qsizetype mostRows) const;
    [[nodiscard]] Result<QList<AuditEntry>> recent(int limit = 500, qint64 beforeId = 0) const;

private:
    static QString insertManySql(qsizetype rows);
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace lango::models
