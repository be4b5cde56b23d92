#pragma once

#include "models/dbexecutor.h"

#include <QFuture>
#include <QObject>
#include <QTimer>

namespace lango::models {

class Database;

// Keeps an SQLite database's write-ahead log short from a thread of its own.
// By default SQLite copies the log back into the database file inside the
// commit that takes it past 1,000 pages, and that commit's callers wait for
// the copy and its fsync: at load about 5 ms, every ten or so groups of
// M-Pesa callbacks (issue 16). Here a PASSIVE checkpoint, which takes no
// writer's lock, runs beside the writers every interval. Connections still
// checkpoint themselves past kBackstopPages, so the log stays bounded if
// this thread ever falls behind. PostgreSQL: does nothing.
class WalCheckpointer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WalCheckpointer)

public:
    static constexpr int kBackstopPages = 10000;   // 40 MB of 4 KiB pages

    explicit WalCheckpointer(Database &db, int intervalMs = 100, QObject *parent = nullptr);
    ~WalCheckpointer() override;   // waits for a checkpoint under way

    void start();
    void stop();

private:
    void checkpoint();

    Database &m_db;
    DbExecutor m_thread{1};
    QTimer m_timer;
    QFuture<void> m_running;
    bool m_warned = false;   // a failure is logged once, until one succeeds
};

} // namespace lango::models
