#include "models/jobqueue.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace lango::models {

namespace {

const QString kColumns = QStringLiteral(
    "id, kind, COALESCE(router_id, 0), COALESCE(grant_id, 0), payload, state, attempts, max_attempts, run_at,"
    " COALESCE(lease_until, 0), COALESCE(worker, ''), COALESCE(last_error, ''), created_at, updated_at,"
    " COALESCE(finished_at, 0)");

Job readJob(const QSqlQuery &q)
{
    Job j;
    j.id = q.value(0).toLongLong();
    j.kind = q.value(1).toString();
    j.routerId = q.value(2).toLongLong();
    j.grantId = q.value(3).toLongLong();
    j.payload = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    j.state = q.value(5).toString();
    j.attempts = q.value(6).toInt();
    j.maxAttempts = q.value(7).toInt();
    j.runAt = q.value(8).toLongLong();
    j.leaseUntil = q.value(9).toLongLong();
    j.worker = q.value(10).toString();
    j.lastError = q.value(11).toString();
    j.createdAt = q.value(12).toLongLong();
    j.updatedAt = q.value(13).toLongLong();
    j.finishedAt = q.value(14).toLongLong();
    return j;
}

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

JobQueue::JobQueue(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

qint64 JobQueue::backoffSeconds(int attempts)
{
    const int exponent = std::clamp(attempts - 1, 0, 16);
    return std::min<qint64>(qint64(2) << exponent, 300);
}

Result<std::optional<qint64>> JobQueue::openWith(const QString &kind, const QJsonObject &payload) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id FROM jobs WHERE kind = ? AND state IN ('queued', 'running') AND payload = ? LIMIT 1"),
                       {kind, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<qint64>();
    return std::optional<qint64>(q->value(0).toLongLong());
}

Result<qint64> JobQueue::enqueue(const QString &kind, qint64 routerId, qint64 grantId, const QJsonObject &payload,
                                 qint64 runAt, int maxAttempts) const
{
    const qint64 now = m_clock.now();
    auto q = m_db.exec(QStringLiteral(
        "INSERT INTO jobs (kind, router_id, grant_id, payload, state, attempts, max_attempts, run_at, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, 'queued', 0, ?, ?, ?, ?) RETURNING id"),
        {kind, idOrNull(routerId), idOrNull(grantId),
         QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), maxAttempts, runAt ? runAt : now, now, now});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<Job> JobQueue::enqueueClaimed(const QString &kind, qint64 routerId, qint64 grantId, const QString &worker,
                                    const QJsonObject &payload, int leaseSeconds, int maxAttempts) const
{
    auto jobs = enqueueClaimedMany({NewJob{kind, routerId, grantId, payload}}, worker, leaseSeconds, maxAttempts);
    if (!jobs)
        return jobs.error();
    if (jobs->isEmpty())
        return Error{ErrorCode::Database, tr("The new job was not returned."), {}};
    return jobs->first();
}

QString JobQueue::enqueueClaimedManySql(qsizetype rows)
{
    const QString columns = QStringLiteral("kind, router_id, grant_id, payload, max_attempts, run_at, lease_until, worker, created_at, updated_at");
    return QStringLiteral("WITH v (%1) AS (VALUES %2) INSERT INTO jobs (%1, state, attempts) SELECT %1, 'running', 1 FROM v"
                          " WHERE kind IS NOT NULL RETURNING %3")
        .arg(columns,
             repeated(QStringLiteral("(?, CAST(? AS BIGINT), CAST(? AS BIGINT), ?, CAST(? AS INTEGER), CAST(? AS BIGINT),"
                                     " CAST(? AS BIGINT), ?, CAST(? AS BIGINT), CAST(? AS BIGINT))"), rows),
             kColumns);
}

void JobQueue::prepareGroupStatements(qsizetype mostRows) const
{
    m_db.prepareShapes(mostRows, &JobQueue::enqueueClaimedManySql);
}

Result<QList<Job>> JobQueue::enqueueClaimedMany(const QList<NewJob> &jobs, const QString &worker, int leaseSeconds, int maxAttempts) const
{
    QList<Job> made;
    if (jobs.isEmpty())
        return made;
    const qint64 now = m_clock.now();
    QVariantList values;
    for (const NewJob &job : jobs) {
        values << job.kind << idOrNull(job.routerId) << idOrNull(job.grantId)
               << QString::fromUtf8(QJsonDocument(job.payload).toJson(QJsonDocument::Compact)) << maxAttempts << now << now + leaseSeconds
               << worker << now << now;
    }
    const qsizetype rows = padRows(values, 10, Padding::Nulls);
    auto q = m_db.exec(enqueueClaimedManySql(rows), values);
    if (!q)
        return q.error();
    while (q->next())
        made << readJob(*q);
    if (made.size() != jobs.size())
        return Error{ErrorCode::Database, tr("The new job was not returned."), {}};
    return made;
}

namespace {

// " AND kind IN (?, ?)" and its values; nothing for "any kind".
QString kindFilter(const QStringList &kinds, QVariantList &args)
{
    if (kinds.isEmpty())
        return {};
    QStringList marks;
    for (const QString &kind : kinds) {
        marks << QStringLiteral("?");
        args << kind;
    }
    return QStringLiteral(" AND kind IN (%1)").arg(marks.join(QStringLiteral(", ")));
}

} // namespace

Result<QList<Job>> JobQueue::claim(const QString &worker, int limit, int leaseSeconds, const QStringList &kinds) const
{
    const qint64 now = m_clock.now();
    const QString lock = m_db.isSqlite() ? QString() : QStringLiteral(" FOR UPDATE SKIP LOCKED");
    QVariantList args{worker, now + leaseSeconds, now, now, now};
    const QString filter = kindFilter(kinds, args);
    args << limit;
    auto q = m_db.exec(QStringLiteral(
        "UPDATE jobs SET state = 'running', worker = ?, lease_until = ?, attempts = attempts + 1, updated_at = ?"
        " WHERE id IN (SELECT id FROM jobs WHERE ((state = 'queued' AND run_at <= ?) OR (state = 'running' AND lease_until < ?))%3"
        " ORDER BY run_at, id LIMIT ?%1) RETURNING %2").arg(lock, kColumns, filter),
        args);
    if (!q)
        return q.error();
    QList<Job> jobs;
    while (q->next())
        jobs << readJob(*q);
    std::sort(jobs.begin(), jobs.end(), [](const Job &a, const Job &b) { return a.id < b.id; });
    return jobs;
}

Result<void> JobQueue::complete(qint64 id, const QString &worker) const
{
    auto completed = completeMany({id}, worker);
    if (!completed)
        return completed.error();
    if (!completed->contains(id))
        return Error{ErrorCode::Conflict, tr("Job %1 is no longer held by this worker (its lease ran out).").arg(id), {}};
    return {};
}

Result<QSet<qint64>> JobQueue::completeMany(const QList<qint64> &ids, const QString &worker) const
{
    QSet<qint64> completed;
    if (ids.isEmpty())
        return completed;
    const qint64 now = m_clock.now();
    QVariantList args;
    for (const qint64 id : ids)
        args << id;
    const qsizetype rows = padRows(args, 1, Padding::RepeatLast);
    auto q = m_db.exec(QStringLiteral(
        "UPDATE jobs SET state = 'done', lease_until = NULL, last_error = NULL, finished_at = ?, updated_at = ?"
        " WHERE id IN (%1) AND worker = ? AND state = 'running' RETURNING id").arg(repeated(QStringLiteral("?"), rows)),
        QVariantList{now, now} + args + QVariantList{worker});
    if (!q)
        return q.error();
    while (q->next())
        completed.insert(q->value(0).toLongLong());
    return completed;
}

Result<JobQueue::Failure> JobQueue::fail(qint64 id, const QString &worker, const QString &error, bool retryable) const
{
    auto job = byId(id);
    if (!job)
        return job.error();
    const qint64 now = m_clock.now();
    Failure outcome;
    outcome.willRetry = retryable && job->attempts < job->maxAttempts;
    outcome.nextRunAt = outcome.willRetry ? now + backoffSeconds(job->attempts) : 0;
    auto q = outcome.willRetry
        ? m_db.exec(QStringLiteral(
              "UPDATE jobs SET state = 'queued', run_at = ?, lease_until = NULL, last_error = ?, updated_at = ?"
              " WHERE id = ? AND worker = ? AND state = 'running'"), {outcome.nextRunAt, error, now, id, worker})
        : m_db.exec(QStringLiteral(
              "UPDATE jobs SET state = 'failed', lease_until = NULL, last_error = ?, finished_at = ?, updated_at = ?"
              " WHERE id = ? AND worker = ? AND state = 'running'"), {error, now, now, id, worker});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error{ErrorCode::Conflict, tr("Job %1 is no longer held by this worker (its lease ran out).").arg(id), {}};
    return outcome;
}

Result<void> JobQueue::retry(qint64 id) const
{
    const qint64 now = m_clock.now();
    auto q = m_db.exec(QStringLiteral(
        "UPDATE jobs SET state = 'queued', run_at = ?, attempts = 0, finished_at = NULL, updated_at = ?"
        " WHERE id = ? AND state = 'failed'"), {now, now, id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error{ErrorCode::NotFound, tr("Job %1 has not failed, so there is nothing to retry.").arg(id), {}};
    return {};
}

Result<int> JobQueue::releaseDeadWorkers(const QString &prefix, const std::function<bool(const QString &)> &alive) const
{
    // An exact prefix, not LIKE: a host name may hold '_' and must not match another's.
    auto q = m_db.exec(QStringLiteral("SELECT DISTINCT worker FROM jobs WHERE state = 'running' AND substr(worker, 1, ?) = ?"),
                       {prefix.size(), prefix});
    if (!q)
        return q.error();
    QStringList dead;
    while (q->next()) {
        const QString worker = q->value(0).toString();
        if (!alive(worker))
            dead << worker;
    }
    q->finish();
    int released = 0;
    for (const QString &worker : dead) {
        auto update = m_db.exec(QStringLiteral(
            "UPDATE jobs SET state = 'queued', run_at = ?, lease_until = NULL, worker = NULL, updated_at = ?"
            " WHERE state = 'running' AND worker = ?"), {m_clock.now(), m_clock.now(), worker});
        if (!update)
            return update.error();
        released += update->numRowsAffected();
    }
    return released;
}

Result<QList<Job>> JobQueue::list(const QString &state, int limit) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM jobs WHERE (? = '' OR state = ?) ORDER BY id DESC LIMIT ?").arg(kColumns),
                       {state, state, limit});
    if (!q)
        return q.error();
    QList<Job> jobs;
    while (q->next())
        jobs << readJob(*q);
    return jobs;
}

Result<Job> JobQueue::byId(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM jobs WHERE id = ?").arg(kColumns), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, tr("There is no job %1.").arg(id), {}};
    return readJob(*q);
}

Result<std::optional<Job>> JobQueue::latestFor(const QString &kind, qint64 grantId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM jobs WHERE kind = ? AND grant_id = ? ORDER BY id DESC LIMIT 1").arg(kColumns),
                       {kind, grantId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Job>();
    return std::optional<Job>(readJob(*q));
}

Result<JobStats> JobQueue::stats() const
{
    const qint64 now = m_clock.now();
    auto q = m_db.exec(QStringLiteral(
        "SELECT SUM(CASE WHEN state = 'queued' THEN 1 ELSE 0 END), SUM(CASE WHEN state = 'running' THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN state = 'failed' THEN 1 ELSE 0 END),"
        " MIN(CASE WHEN state = 'queued' AND run_at <= ? THEN run_at END) FROM jobs WHERE state <> 'done'"), {now});
    if (!q)
        return q.error();
    JobStats stats;
    if (q->next()) {
        stats.queued = q->value(0).toInt();
        stats.running = q->value(1).toInt();
        stats.failed = q->value(2).toInt();
        stats.oldestQueuedAge = q->value(3).isNull() ? 0 : now - q->value(3).toLongLong();
    }
    return stats;
}

Result<bool> JobQueue::hasOpenJob(const QString &kind, qint64 grantId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT 1 FROM jobs WHERE kind = ? AND grant_id = ? AND state IN ('queued', 'running') LIMIT 1"),
                       {kind, grantId});
    if (!q)
        return q.error();
    return q->next();
}

Result<qint64> JobQueue::nextDueAt(const QStringList &kinds) const
{
    QVariantList args;
    const QString filter = kindFilter(kinds, args);
    auto q = m_db.exec(QStringLiteral(
        "SELECT MIN(CASE WHEN state = 'queued' THEN run_at ELSE lease_until END) FROM jobs WHERE state IN ('queued', 'running')%1")
                           .arg(filter), args);
    if (!q)
        return q.error();
    return q->next() && !q->value(0).isNull() ? q->value(0).toLongLong() : qint64(0);
}

} // namespace lango::models
