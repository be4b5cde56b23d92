#include "app/billing/callbackcommitter.h"

#include "app/mpesa/stkcallback.h"

#include "app/core/logging.h"

#include <QElapsedTimer>
#include <QHash>

#include <algorithm>

namespace lango::app {

namespace {

// A database this close is on this machine (or its rack): few lanes.
constexpr double kNearRoundTripMs = 0.3;
constexpr int kNearLanes = 2;
constexpr int kFarLanes = 4;
// A group's statements grow with it (a row per callback): at most this
// many share one, so a burst stays within SQLite's bound values and the
// prepared statements per connection stay few.
constexpr qsizetype kMaxGroup = 64;
// SQLite has no round trips to save, and it prepares a 64-row statement
// slowly (a server's first groups spent 9 ms on it): 32 amortise the
// commit as well (bench_callbacks: the same answers/s, p99 25 ms, not 35).
constexpr qsizetype kMaxGroupOneWriter = 32;

template <typename T>
QList<T> takeGroup(QList<T> &queue, qsizetype most = kMaxGroup)
{
    const qsizetype n = std::min(queue.size(), most);
    QList<T> group = queue.mid(0, n);
    queue.remove(0, n);
    return group;
}

template<typename PendingList>
QList<QByteArray> bodiesOf(const PendingList &pending)
{
    QList<QByteArray> bodies;
    bodies.reserve(pending.size());
    for (const auto &item : pending)
        bodies << item.body;
    return bodies;
}

} // namespace

int CallbackCommitter::lanesFor(models::Database &db)
{
    if (db.isSqlite())
        return 0;
    QList<qint64> times;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!db.exec(QStringLiteral("SELECT 1")))
            return kFarLanes;
        times << timer.nsecsElapsed();
    }
    std::sort(times.begin(), times.end());
    const double roundTripMs = double(times.at(times.size() / 2)) / 1e6;
    const int lanes = roundTripMs < kNearRoundTripMs ? kNearLanes : kFarLanes;
    qCInfo(lcApp).noquote() << "callbacks: database round trip" << QString::number(roundTripMs, 'f', 3) << "ms," << lanes << "lanes";
    return lanes;
}

CallbackCommitter::CallbackCommitter(BillingService &billing, int lanes, QObject *parent)
    : QObject(parent)
    , m_billing(billing)
{
    for (int i = 0; i < lanes; ++i) {
        auto owned = std::make_unique<models::DbExecutor>(1);
        models::DbExecutor &executor = *owned;
        addLane(executor, std::move(owned), kMaxGroup);
    }
}

CallbackCommitter::CallbackCommitter(BillingService &billing, models::DbExecutor &writer, QObject *parent)
    : QObject(parent)
    , m_billing(billing)
{
    addLane(writer, nullptr, kMaxGroupOneWriter);
}

void CallbackCommitter::addLane(models::DbExecutor &executor, std::unique_ptr<models::DbExecutor> owned, qsizetype maxGroup)
{
    auto lane = std::make_unique<Lane>();
    lane->executor = &executor;
    lane->owned = std::move(owned);
    lane->maxGroup = maxGroup;
    // Its connection and statements now, not in front of the first
    // customers' callbacks (at start-up a burst of 50 waited 15-80 ms).
    (void)executor.run([billing = &m_billing, maxGroup] { return billing->prepareForGroups(maxGroup); });
    m_lanes.push_back(std::move(lane));
}

CallbackCommitter::~CallbackCommitter()
{
    m_stopping = true;
    for (auto &lane : m_lanes) {
        if (lane->committing.isValid()) {   // the group it runs, answered here
            lane->committing.waitForFinished();
            finish(*lane);
        }
        m_inline += std::exchange(lane->queued, {});
    }
    while (!m_inline.isEmpty())   // the rest, on this thread
        startInline();
}

void CallbackCommitter::submit(const QByteArray &body, Answer answer)
{
    if (m_lanes.empty()) {
        // Callbacks that arrive in the same pass of the event loop share a group.
        m_inline.append({body, std::move(answer)});
        if (m_inline.size() == 1)
            QMetaObject::invokeMethod(this, &CallbackCommitter::startInline, Qt::QueuedConnection);
        return;
    }
    Lane &lane = *m_lanes.at(laneOf(body));
    lane.queued.append({body, std::move(answer)});
    if (!lane.committing.isValid() && lane.queued.size() == 1)
        QMetaObject::invokeMethod(this, [this, &lane] {
            if (!lane.committing.isValid())
                start(lane);
        }, Qt::QueuedConnection);
}

int CallbackCommitter::laneOf(const QByteArray &body) const
{
    if (m_lanes.size() == 1)
        return 0;
    // Unreadable bodies are refused by whichever lane takes them.
    auto parsed = mpesa::StkCallback::parse(body);
    const QString key = parsed ? parsed->checkoutRequestId : QString();
    return int(qHash(key) % m_lanes.size());
}

void CallbackCommitter::startInline()
{
    const QList<Pending> pending = takeGroup(m_inline);
    if (pending.isEmpty())
        return;
    if (!m_inline.isEmpty() && !m_stopping)   // the rest, as the next group
        QMetaObject::invokeMethod(this, &CallbackCommitter::startInline, Qt::QueuedConnection);
    deliver(pending, m_billing.applyStkCallbacks(bodiesOf(pending)));
}

void CallbackCommitter::start(Lane &lane)
{
    if (lane.queued.isEmpty())
        return;
    lane.inFlight = takeGroup(lane.queued, lane.maxGroup);
    // On the lane's thread and its own database connection. The group comes
    // back by a queued call, not QFuture::then: a group done before then()
    // is attached runs its continuation inside then(), and finish() would
    // replace the very future then() is still working on (it hung).
    lane.committing = lane.executor->run([this, &lane, bodies = bodiesOf(lane.inFlight)] {
        BillingService::CallbackBatch batch = m_billing.applyStkCallbacks(bodies);
        {
            QMutexLocker locker(&lane.doneLock);
            lane.done = std::move(batch);
        }
        QMetaObject::invokeMethod(this, [this, &lane] { finish(lane); }, Qt::QueuedConnection);
        return true;
    });
}

void CallbackCommitter::finish(Lane &lane)
{
    std::optional<BillingService::CallbackBatch> batch;
    {
        QMutexLocker locker(&lane.doneLock);
        batch = std::exchange(lane.done, std::nullopt);
    }
    if (!batch)
        return;   // delivered already (a stopping server)
    lane.committing = {};
    const QList<Pending> pending = std::exchange(lane.inFlight, {});
    deliver(pending, *batch);
    if (!m_stopping)
        start(lane);   // what queued meanwhile is the next group
}

void CallbackCommitter::deliver(const QList<Pending> &pending, const BillingService::CallbackBatch &batch)
{
    m_billing.announce(batch);
    for (qsizetype i = 0; i < pending.size(); ++i)
        pending.at(i).answer(batch.outcomes.at(i));
}

} // namespace lango::app
