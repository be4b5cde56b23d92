#pragma once

#include "models/jobqueue.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <optional>

namespace lango::models {
class DbExecutor;
}

namespace lango::app {

class Office;

// Ends grants at their time: sleeps until the next expiry (no minute
// polling), then in one transaction marks every due grant expired and
// queues its removal, born claimed by this process. On start it catches up
// everything that expired while Lango was down. With several servers each
// grant is ended once (GrantStore::expireDue is one conditional UPDATE).
// Its database work runs on `database`'s thread when given (PostgreSQL): a
// minute in which many grants end, or a burst of payments that each move
// the next expiry, must not hold up the thread that answers M-Pesa.
class ExpiryService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpiryService)

public:
    // database: where the reads and writes run; null: on this thread (an
    // SQLite file answers in microseconds).
    ExpiryService(Office &office, QString worker, models::DbExecutor *database = nullptr, QObject *parent = nullptr);

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
    // One trip to the database: the due grants ended (when `expire`), then
    // the next expiry read.
    struct Pass
    {
        std::optional<models::Error> failed;   // ending the due grants failed: nothing written
        QList<models::Job> claimed;
        models::Result<qint64> next = qint64(0);
    };
    static Pass runPass(Office &office, const QString &worker, bool expire);
    // One pass at a time; what is asked meanwhile runs once it is done.
    void startPass(bool expire);
    void passDone(const Pass &pass);

    Office &m_office;
    QString m_worker;
    models::DbExecutor *m_database = nullptr;
    bool m_passRunning = false;
    bool m_rearmAsked = false;    // asked while a pass ran
    bool m_expireAsked = false;
    QTimer m_timer;
    qint64 m_nextExpiry = 0;
    qint64 m_longestSleepMs = 60 * 1000;
    bool m_started = false;
    bool m_rearmQueued = false;
    QElapsedTimer m_lastRearm;
    static constexpr qint64 kRearmGapMs = 20;
};

} // namespace lango::app
