#pragma once

#include "app/billing/billingservice.h"
#include "models/database.h"
#include "models/dbexecutor.h"

#include <QByteArray>
#include <QFuture>
#include <QList>
#include <QMutex>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace lango::app {

// Commits M-Pesa callbacks in groups (group commit): the callbacks that
// arrive while one group commits form the next, so a burst costs a few
// durable commits, not one each, and each sender is answered once its
// payment, grant and router job are committed.
//
// A group commits on a lane: a database thread with its own connection, so
// this thread (the HTTP server's) reads the next requests meanwhile. With
// PostgreSQL several groups commit at once, each on a lane of its own: the
// database's round trips overlap instead of queueing behind one another. A
// purchase's callbacks always take the same lane, so two groups never wait
// on each other's rows. SQLite has one writer at a time: its groups take
// one lane, the thread the server's other writers use too.
class CallbackCommitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackCommitter)

public:
    using Answer = std::function<void(const Result<StkOutcome> &outcome)>;

    // `lanes` threads of its own; 0: groups commit on this object's thread.
    CallbackCommitter(BillingService &billing, int lanes, QObject *parent = nullptr);
    // One lane, on `writer`: a thread shared with the server's other writers.
    CallbackCommitter(BillingService &billing, models::DbExecutor &writer, QObject *parent = nullptr);
    // Waits for the groups committing now and commits what is queued: a
    // payment M-Pesa already sent is not dropped by a stopping server.
    ~CallbackCommitter() override;

    // `answer` runs on this object's thread once the body is committed
    // (or refused), after the app was told what it decided.
    void submit(const QByteArray &body, Answer answer);

    // How many lanes a server runs on this database. SQLite: none of its
    // own (one writer anyway: see the second constructor). PostgreSQL: a
    // group costs about ten round trips whatever its size, so few lanes with
    // big groups beat many with small ones; a database across a network
    // wants a few more to hide its round trips (measured on 2 cores,
    // bench_callbacks: loopback 2 lanes ~1,850/s, 4 ~1,700/s; 1 ms away
    // 1 lane ~700/s, 2 ~860/s, 4 ~900/s, 8 ~720/s, 16 ~570/s). Measures the
    // round trip (a few SELECT 1).
    static int lanesFor(models::Database &db);

private:
    struct Pending
    {
        QByteArray body;
        Answer answer;
    };
    struct Lane
    {
        models::DbExecutor *executor = nullptr;
        std::unique_ptr<models::DbExecutor> owned;   // null when shared
        qsizetype maxGroup = 0;
        QList<Pending> queued;       // waiting for the group in flight
        QList<Pending> inFlight;
        QFuture<bool> committing;    // valid while inFlight commits
        QMutex doneLock;             // the lane's thread hands its group back here
        std::optional<BillingService::CallbackBatch> done;
    };

    void addLane(models::DbExecutor &executor, std::unique_ptr<models::DbExecutor> owned, qsizetype maxGroup);
    int laneOf(const QByteArray &body) const;
    void startInline();
    void start(Lane &lane);
    void finish(Lane &lane);
    void deliver(const QList<Pending> &pending, const BillingService::CallbackBatch &batch);

    BillingService &m_billing;
    std::vector<std::unique_ptr<Lane>> m_lanes;
    QList<Pending> m_inline;   // no lanes: this pass of the event loop's callbacks
    bool m_stopping = false;
};

} // namespace lango::app
