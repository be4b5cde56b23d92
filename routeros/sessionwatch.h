#pragma once

// A live view of /ip/hotspot/active: a listen stream plus a full print, kept
// in step (.dead=yes removes), and started again after every reconnect
// because a router does not replay changes missed while disconnected.

#include "routeros/error.h"
#include "routeros/hotspottypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace lango::routeros {

class ApiConnection;
class ApiStream;

class SessionWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionWatch)

public:
    explicit SessionWatch(ApiConnection *connection, QObject *parent = nullptr);

    void start();
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }
    // The sessions as last seen, by .id.
    [[nodiscard]] const QHash<QString, ActiveSession> &sessions() const { return m_sessions; }

signals:
    // The full list after start() and after every reconnect.
    void snapshotReady(const QList<lango::routeros::ActiveSession> &sessions);
    void sessionChanged(const lango::routeros::ActiveSession &session);  // added or updated
    void sessionRemoved(const lango::routeros::ActiveSession &session);
    // The stream ended with an error; it restarts when the connection is back.
    void interrupted(const lango::routeros::Error &error);

private:
    void begin();
    void onItem(const Sentence &item);
    void apply(const Sentence &item);

    QPointer<ApiConnection> m_connection;
    QPointer<ApiStream> m_stream;
    QHash<QString, ActiveSession> m_sessions;
    QList<Sentence> m_early;  // changes that arrived before the snapshot
    bool m_running = false;
    bool m_haveSnapshot = false;
    quint64 m_round = 0;
};

} // namespace lango::routeros
