#pragma once

#include "models/database.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QTimer>

namespace lango::models {

// Says "table X changed" whoever wrote it: another desk, the headless
// server or the CLI. PostgreSQL: LISTEN lango_changes (the migration's
// triggers NOTIFY with the table name). SQLite: polls PRAGMA data_version
// on its own connection and reads change_counters to see which tables moved.
// Bursts are coalesced: one signal per table per ~50 ms.
class ChangeFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeFeed)

public:
    explicit ChangeFeed(const Database &db, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // Starts listening on the calling thread (which needs an event loop).
    [[nodiscard]] Result<void> start(int pollIntervalMs = 250);
    void stop();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void tableChanged(const QString &table);
    void connectionLost(const QString &message);

private:
    Result<void> connectPostgres();
    void pollSqlite();
    void checkPostgres();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void mark(const QString &table);
    void flush();

    const Database &m_db;
    QString m_connectionName;
    QTimer m_pollTimer;
    QTimer m_flushTimer;
    QSet<QString> m_pending;
    QHash<QString, qint64> m_versions;
    qint64 m_dataVersion = -1;
    bool m_running = false;
    bool m_lost = false;
};

} // namespace lango::models
