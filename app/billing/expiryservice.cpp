#include "app/billing/expiryservice.h"

#include "app/core/logging.h"
#include "app/core/office.h"
#include "models/kinds.h"

namespace lango::app {

ExpiryService::ExpiryService(Office &office, QString worker, QObject *parent)
    : QObject(parent)
    , m_office(office)
    , m_worker(std::move(worker))
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
    if (!m_started)
        return;
    auto next = m_office.grants.nextExpiry();
    if (!next) {
        qCWarning(lcApp).noquote() << "cannot read the next expiry:" << next.error().message;
        m_timer.start(5000);
        return;
    }
    m_lastRearm.start();
    m_nextExpiry = *next;
    const qint64 waitMs = m_nextExpiry ? std::max<qint64>(0, m_nextExpiry * 1000 - m_office.clock().nowMs()) : m_longestSleepMs;
    m_timer.start(int(std::min(waitMs, m_longestSleepMs)));
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
    if (!m_started)
        return;
    QList<models::Job> claimed;
    {
        models::Transaction tx(m_office.db());
        bool ok = tx.begin().ok();
        auto ended = ok ? m_office.grants.expireDue() : models::Result<QList<models::Grant>>();
        if (ok && ended) {
            for (const models::Grant &grant : *ended) {
                auto purchases = m_office.purchases.markExpired(grant.id);
                auto job = m_office.jobs.enqueueClaimed(models::JobKind::Expire, grant.routerId, grant.id, m_worker,
                                                        {{QStringLiteral("username"), grant.username}});
                if (!purchases || !job) {
                    ok = false;
                    break;
                }
                claimed << *job;
            }
            ok = ok && tx.commit().ok();
        } else {
            ok = false;
        }
        if (!ok) {
            qCWarning(lcApp) << "expiry pass failed; trying again in 2 s";
            claimed.clear();
            m_timer.start(2000);
            return;
        }
    }
    if (!claimed.isEmpty()) {
        qCInfo(lcApp).noquote() << "expired" << claimed.size() << "grant(s)";
        Q_EMIT grantsExpired(int(claimed.size()));
    }
    for (const models::Job &job : claimed)
        Q_EMIT jobClaimed(job);
    rearm();
}

} // namespace lango::app
