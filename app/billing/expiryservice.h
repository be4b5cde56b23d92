#pragma once

#include "models/jobqueue.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace lango::app {

class Office;

// Ends grants at their time: sleeps until the next expiry (no minute
// polling), then in one transaction marks every due grant expired and
// queues its removal, born claimed by this process. On start it catches up
// everything that expired while Lango was down. With several servers each
// grant is ended once (GrantStore::expireDue is one conditional UPDATE).
class ExpiryService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpiryService)

public:
    ExpiryService(Office &office, QString worker, QObject *parent = nullptr);

    void start();
    void stop();
    qint64 nextExpiry() const { return m_nextExpiry; }
    // The longest sleep when nothing is due or the next expiry is far: a
    // safety net for grants written by someone this process does not hear.
    // Short (a minute) without a change feed, long with one.
    void setLongestSleep(qint64 ms) { m_longestSleepMs = ms; }

public Q_SLOTS:
    // Grants changed (new, extended, another server): look at the next expiry again.
    void rearm();
    // The same once the event loop is free, and at most every 20 ms: many
    // changes at once (a burst of payments) read the next expiry once.
    void rearmSoon();
    // Ends what is due now.
    void expireDue();

Q_SIGNALS:
    void jobClaimed(const lango::models::Job &job);
    void grantsExpired(int count);

private:
    Office &m_office;
    QString m_worker;
    QTimer m_timer;
    qint64 m_nextExpiry = 0;
    qint64 m_longestSleepMs = 60 * 1000;
    bool m_started = false;
    bool m_rearmQueued = false;
    QElapsedTimer m_lastRearm;
    static constexpr qint64 kRearmGapMs = 20;
};

} // namespace lango::app
