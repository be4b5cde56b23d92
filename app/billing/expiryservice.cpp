#include "app/billing/expiryservice.h"

#include "app/core/logging.h"
#include "app/core/office.h"
#include "models/dbexecutor.h"
#include "models/kinds.h"

namespace lango::app {

namespace {

// Grants ended in one statement each for their purchases and their jobs:
// a minute in which thousands end stays within any bound-value limit.
constexpr qsizetype kEndedPerStatement = 256;

} // namespace

ExpiryService::ExpiryService(Office &office, QString worker, models::DbExecutor *database, QObject *parent)
    : QObject(parent)
    , m_office(office)
    , m_worker(std::move(worker))
    , m_database(database)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ExpiryService::expireDue);
}

void ExpiryService::start()
{
    m_started = true;
    expireDue();   // catch up what ended while Lango was down, then sleep
}

void ExpiryService::stop()
{
    m_started = false;
    m_timer.stop();
}

void ExpiryService::rearm()
{
    if (m_started)
        startPass(false);
}

void ExpiryService::rearmSoon()
{
    if (m_rearmQueued)
        return;
    m_rearmQueued = true;
    // At most one look per kRearmGapMs: a burst of payments spread over
    // many passes of the event loop still reads the next expiry a few
    // times, and an access taken back ends at most that much later.
    const qint64 since = m_lastRearm.isValid() ? m_lastRearm.elapsed() : kRearmGapMs;
    QTimer::singleShot(int(std::max<qint64>(0, kRearmGapMs - since)), this, [this] {
        m_rearmQueued = false;
        rearm();
    });
}

void ExpiryService::expireDue()
{
    if (m_started)
        startPass(true);
}

void ExpiryService::startPass(bool expire)
{
    if (m_passRunning) {
        m_rearmAsked = true;
        m_expireAsked = m_expireAsked || expire;
        return;
    }
    m_passRunning = true;
    m_lastRearm.start();
    auto work = [office = &m_office, worker = m_worker, expire] { return runPass(*office, worker, expire); };
    if (!m_database) {
        passDone(work());
        return;
    }
    m_database->run(std::move(work)).then(this, [this](const Pass &pass) { passDone(pass); });
}

ExpiryService::Pass ExpiryService::runPass(Office &office, const QString &worker, bool expire)
{
    Pass pass;
    if (expire) {
        models::Transaction tx(office.db());
        auto written = [&]() -> models::Result<QList<models::Job>> {
            if (auto begun = tx.begin(); !begun)
                return begun.error();
            auto ended = office.grants.expireDue();
            if (!ended)
                return ended.error();
            QList<models::Job> claimed;
            for (qsizetype from = 0; from < ended->size(); from += kEndedPerStatement) {
                const QList<models::Grant> some = ended->mid(from, kEndedPerStatement);
                QList<qint64> ids;
                QList<models::JobQueue::NewJob> jobs;
                for (const models::Grant &grant : some) {
                    ids << grant.id;
                    jobs << models::JobQueue::NewJob{models::JobKind::Expire, grant.routerId, grant.id,
                                                     {{QStringLiteral("username"), grant.username}}};
                }
                if (auto purchases = office.purchases.markExpiredMany(ids); !purchases)
                    return purchases.error();
                auto queued = office.jobs.enqueueClaimedMany(jobs, worker);
                if (!queued)
                    return queued.error();
                claimed += *queued;
            }
            if (auto committed = tx.commit(); !committed)
                return committed.error();
            return claimed;
        }();
        if (!written) {
            pass.failed = written.error();
            return pass;   // the next expiry is now: tried again after a pause
        }
        pass.claimed = *written;
    }
    pass.next = office.grants.nextExpiry();
    return pass;
}

void ExpiryService::passDone(const Pass &pass)
{
    m_passRunning = false;
    if (!m_started)
        return;   // jobs claimed by a stopping server run again when their lease ends
    if (pass.failed) {
        qCWarning(lcApp).noquote() << "expiry pass failed; trying again in 2 s:" << pass.failed->message << pass.failed->detail;
        m_timer.start(2000);
    } else {
        if (!pass.claimed.isEmpty()) {
            qCInfo(lcApp).noquote() << "expired" << pass.claimed.size() << "grant(s)";
            Q_EMIT grantsExpired(int(pass.claimed.size()));
        }
        for (const models::Job &job : pass.claimed)
            Q_EMIT jobClaimed(job);
        if (!pass.next) {
            qCWarning(lcApp).noquote() << "cannot read the next expiry:" << pass.next.error().message;
            m_timer.start(5000);
        } else {
            m_nextExpiry = *pass.next;
            const qint64 waitMs = m_nextExpiry ? std::max<qint64>(0, m_nextExpiry * 1000 - m_office.clock().nowMs()) : m_longestSleepMs;
            m_timer.start(int(std::min(waitMs, m_longestSleepMs)));
        }
    }
    if (std::exchange(m_rearmAsked, false))
        startPass(std::exchange(m_expireAsked, false));
}

} // namespace lango::app
