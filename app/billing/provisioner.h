#pragma once

#include "app/core/error.h"
#include "models/grantstore.h"
#include "models/jobqueue.h"

#include <QHash>
#include <QFuture>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

namespace lango::models {
class DbExecutor;
}

namespace lango::app {

class Office;
class RouterDirectory;

// Runs the router work queue: claims due jobs (or takes the ones it was
// handed at birth) and carries them out through the router pool. Every job
// is idempotent: it makes the router match the database, so running it
// twice leaves the router as running it once. A router that is down delays
// its jobs with backoff; after a few failures the purchase shows as a
// problem with the router's own words, and the job keeps trying.
class Provisioner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Provisioner)

public:
    struct Options
    {
        QString worker;              // unique per process: host, pid, random
        int maxInFlight = 32;        // jobs running at once (they are asynchronous)
        int leaseSeconds = 60;
        int problemAfterAttempts = 3;
        int pollIntervalMs = 5000;   // safety net for work other servers left
        // Where the queue's bookkeeping runs (claiming, reading a grant,
        // recording jobs done). Null: inline, on this object's thread (an
        // SQLite file answers in microseconds). For PostgreSQL, a thread of
        // its own with its own connection, so database round trips never
        // hold up the thread that answers M-Pesa and the portal.
        models::DbExecutor *database = nullptr;
    };

    // Runs jobs of other kinds that come through the same queue (a desk's
    // M-Pesa prompt "stk_push", a seller's batch "voucher_push"), returning
    // when done; a failure is retried when `retryable` says so.
    using OtherJobRunner = std::function<QFuture<Result<void>>(const models::Job &)>;

    Provisioner(Office &office, RouterDirectory &routers, Options options, QObject *parent = nullptr);
    // "host/boot/pid/random": exact enough that a restarted server takes
    // back only its own machine's dead workers' jobs (not web-1's as web's).
    static QString workerName();
    void setJobRunner(const QString &kind, OtherJobRunner runner, bool retryable) { m_otherJobs.insert(kind, {std::move(runner), retryable}); }

    void start();
    void stop();
    const QString &worker() const { return m_options.worker; }
    int inFlight() const { return int(m_running.size()); }

public Q_SLOTS:
    // Claims and runs what is due now.
    void wake();
    // Runs a job this worker already holds (BillingService::jobClaimed).
    void run(const lango::models::Job &job);

Q_SIGNALS:
    void jobDone(qint64 jobId, const QString &kind, bool ok);
    // The grant's hotspot user exists on the router now (its add answered).
    void userOnRouter(qint64 grantId);
    // A paid customer's job is done; latency from payment, in ms.
    void grantOnline(qint64 grantId, qint64 payToOnlineMs);
    void grantRemoved(qint64 grantId);
    void problemRecorded(const QString &message);

private:
    // Runs work (a database call) where Options::database says, then
    // `then` with its result on this object's thread.
    template <typename Work, typename Then>
    void onDatabase(Work work, Then then);
    // Provision and expire jobs: their grants read (together), then on the router.
    void readGrant(const models::Job &job);
    void readGrants();
    void provisionOnRouter(const models::Job &job, const models::GrantOnRouter &found);
    void expireOnRouter(const models::Job &job, const models::Grant &grant);
    void syncProfiles(const models::Job &job);
    // Done on the router: recorded with the other jobs done in the same
    // pass of the event loop, in one transaction (one durable commit for a
    // burst of payments); `after` runs once it is recorded.
    void succeed(const models::Job &job, std::function<void()> after = {});
    void recordSucceeded();
    struct Succeeded
    {
        models::Job job;
        std::function<void()> after;
    };
    struct Recorded
    {
        QSet<qint64> jobIds;
        QSet<qint64> endedMeanwhile;   // jobs whose grant ended while on the router
    };
    // Touches only the database: runs where Options::database says.
    static Recorded record(Office &office, const QString &worker, const QList<Succeeded> &done);
    void recorded(const QList<Succeeded> &done, const Recorded &outcome);
    struct Claimed
    {
        models::Result<QList<models::Job>> jobs;
        models::Result<qint64> nextDueAt;   // 0: nothing waiting
    };
    void claimed(const Claimed &claim);
    void endedBeforeOnline(const models::Job &job, const QString &why);
    void fail(const models::Job &job, const Error &error, bool retryable);
    void finish(qint64 jobId);
    void wakeSoon();

    Office &m_office;
    RouterDirectory &m_routers;
    Options m_options;
    QSet<qint64> m_running;
    struct OtherJob
    {
        OtherJobRunner run;
        bool retryable = false;
    };
    QHash<QString, OtherJob> m_otherJobs;
    QHash<QString, QString> m_ensuredProfiles;   // "router/profile" -> spec signature
    // Jobs waiting for a profile another job is ensuring right now.
    QHash<QString, QList<std::function<void(std::optional<Error>)>>> m_ensuring;
    QTimer m_pollTimer;
    QTimer m_dueTimer;
    bool m_started = false;
    bool m_waking = false;
    bool m_wakeQueued = false;
    bool m_reading = false;        // jobs' grants are being read
    QList<models::Job> m_toRead;   // jobs waiting for that read
    bool m_recording = false;      // a batch of done jobs is being recorded
    QList<Succeeded> m_succeeded;  // done on the router, not yet recorded
};

} // namespace lango::app
