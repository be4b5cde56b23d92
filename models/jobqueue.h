#pragma once

#include "models/clock.h"
#include "models/database.h"

#include <QJsonObject>
#include <QSet>

#include <functional>
#include <optional>

namespace lango::models {

struct Job
{
    qint64 id = 0;
    QString kind;           // "provision", "expire", "sync_profile", ...
    qint64 routerId = 0;
    qint64 grantId = 0;
    QJsonObject payload;
    QString state;          // queued, running, done, failed
    int attempts = 0;
    int maxAttempts = 20;
    qint64 runAt = 0;
    qint64 leaseUntil = 0;
    QString worker;
    QString lastError;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 finishedAt = 0;
};

struct JobStats
{
    int queued = 0;
    int running = 0;
    int failed = 0;
    qint64 oldestQueuedAge = 0;   // seconds since the oldest due job became due
};

// The router work queue. enqueue() joins the caller's transaction (outbox);
// claim() hands each due job to exactly one worker for a lease: PostgreSQL
// skips rows other workers hold (FOR UPDATE SKIP LOCKED), SQLite serialises
// writers. A job whose worker died is claimed again once its lease ends.
class JobQueue final
{
    Q_DECLARE_TR_FUNCTIONS(JobQueue)

public:
    struct Failure
    {
        bool willRetry = false;
        qint64 nextRunAt = 0;
    };

    JobQueue(const Database &db, const Clock &clock);

    [[nodiscard]] Result<qint64> enqueue(const QString &kind, qint64 routerId, qint64 grantId,
                                         const QJsonObject &payload = {}, qint64 runAt = 0, int maxAttempts = 20) const;
    // The job of `kind` with exactly this payload that is queued or running,
    // if any: asking for the same work twice does not do it twice.
    [[nodiscard]] Result<std::optional<qint64>> openWith(const QString &kind, const QJsonObject &payload) const;
    // A job born claimed by `worker`, which runs it at once (no claim round
    // trip on the payment path); if that worker dies, it is claimed again
    // once the lease ends, like any other.
    [[nodiscard]] Result<Job> enqueueClaimed(const QString &kind, qint64 routerId, qint64 grantId, const QString &worker,
                                             const QJsonObject &payload = {}, int leaseSeconds = 60, int maxAttempts = 20) const;
    struct NewJob
    {
        QString kind;
        qint64 routerId = 0;
        qint64 grantId = 0;
        QJsonObject payload;
    };
    // Prepares enqueueClaimedMany's statement in every shape up to
    // `mostRows` rows on this thread's connection.
    void prepareGroupStatements(qsizetype mostRows) const;
    // enqueueClaimed for several jobs in one statement.
    [[nodiscard]] Result<QList<Job>> enqueueClaimedMany(const QList<NewJob> &jobs, const QString &worker, int leaseSeconds = 60,
                                                        int maxAttempts = 20) const;
    // `kinds`: only jobs this worker can run (empty: any). A server without
    // [sms] must not take the texts another server would send.
    [[nodiscard]] Result<QList<Job>> claim(const QString &worker, int limit, int leaseSeconds = 60, const QStringList &kinds = {}) const;
    [[nodiscard]] Result<void> complete(qint64 id, const QString &worker) const;
    // complete for several jobs in one statement: those it completed (the
    // rest are no longer this worker's).
    [[nodiscard]] Result<QSet<qint64>> completeMany(const QList<qint64> &ids, const QString &worker) const;
    // Records the error; retries with exponential backoff (2 s doubling to 5 min)
    // until max attempts, or at once gives up when retryable is false.
    [[nodiscard]] Result<Failure> fail(qint64 id, const QString &worker, const QString &error, bool retryable = true) const;
    [[nodiscard]] Result<void> retry(qint64 id) const;   // staff: run a failed job again now
    // Hands back, at once, running jobs whose worker (named with `prefix`,
    // i.e. on this machine) is known dead, instead of waiting out the lease.
    [[nodiscard]] Result<int> releaseDeadWorkers(const QString &prefix, const std::function<bool(const QString &)> &alive) const;

    [[nodiscard]] Result<QList<Job>> list(const QString &state = {}, int limit = 500) const;
    [[nodiscard]] Result<Job> byId(qint64 id) const;
    // The newest job of a kind for a grant (staff retrying a problem), if any.
    [[nodiscard]] Result<std::optional<Job>> latestFor(const QString &kind, qint64 grantId) const;
    [[nodiscard]] Result<JobStats> stats() const;
    // Whether a job of this kind for this grant is queued or running.
    [[nodiscard]] Result<bool> hasOpenJob(const QString &kind, qint64 grantId) const;
    // When the next queued job falls due (0 = none), so workers sleep until then.
    [[nodiscard]] Result<qint64> nextDueAt(const QStringList &kinds = {}) const;

    static qint64 backoffSeconds(int attempts);

private:
    static QString enqueueClaimedManySql(qsizetype rows);

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace lango::models
