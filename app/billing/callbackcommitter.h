#pragma once

#include "app/billing/billingservice.h"
#include "models/database.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <vector>

namespace lango::app {

// Commits M-Pesa callbacks in groups (group commit): the callbacks that
// arrive while one group commits form the next, so a burst costs a few
// durable commits, not one each, and each sender is answered once its
// payment, grant and router job are committed.
//
// With PostgreSQL several groups commit at once, each on a thread and
// connection of its own ("lanes"): the database's round trips overlap
// instead of queueing behind one another. A purchase's callbacks always
// take the same lane, so two groups never wait on each other's rows.
// SQLite has one writer at a time: its groups commit on this thread.
class CallbackCommitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackCommitter)

public:
    using Answer = std::function<void(const Result<StkOutcome> &outcome)>;

    // lanes = 0: groups commit on this object's thread.
    CallbackCommitter(BillingService &billing, int lanes, QObject *parent = nullptr);
    // Waits for the groups committing now and commits what is queued: a
    // payment M-Pesa already sent is not dropped by a stopping server.
    ~CallbackCommitter() override;

    // `answer` runs on this object's thread once the body is committed
    // (or refused), after the app was told what it decided.
    void submit(const QByteArray &body, Answer answer);

    // How many lanes a server runs on this database. SQLite: none, groups
    // commit inline (one writer anyway). PostgreSQL: a group costs about
    // ten round trips whatever its size, so few lanes with big groups beat
    // many with small ones; a database across a network wants a few more to
    // hide its round trips (measured on 2 cores, bench_callbacks: loopback
    // 2 lanes ~1,850/s, 4 ~1,700/s; 1 ms away 1 lane ~700/s, 2 ~860/s,
    // 4 ~900/s, 8 ~720/s, 16 ~570/s). Measures the round trip (a few SELECT 1).
    static int lanesFor(models::Database &db);

private:
    struct Pending
    {
        QByteArray body;
        Answer answer;
    };
    struct Lane
    {
        QThread thread;
        QObject *worker = nullptr;   // lives in `thread`; runs the groups
        QList<Pending> queued;       // waiting for the group in flight
        QList<Pending> inFlight;
        bool busy = false;
        QMutex doneLock;             // the worker hands its group back here
        std::optional<BillingService::CallbackBatch> done;
    };

    int laneOf(const QByteArray &body) const;
    void startInline();
    void start(Lane &lane);
    void finish(Lane &lane);
    void deliver(const QList<Pending> &pending, const BillingService::CallbackBatch &batch);

    BillingService &m_billing;
    std::vector<std::unique_ptr<Lane>> m_lanes;
    QList<Pending> m_inline;   // lanes = 0: this pass of the event loop's callbacks
    bool m_stopping = false;
};

} // namespace lango::app
