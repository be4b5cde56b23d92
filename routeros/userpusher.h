#pragma once

// Pushes many hotspot users over one connection, pipelined: up to
// maxInFlight add commands on the wire at once, each next one sent as soon
// as an answer frees a slot. Duplicates count as "existed", not failures,
// so a retried batch is harmless. Used by the voucher push.

#include "routeros/connectionconfig.h"
#include "routeros/error.h"
#include "routeros/hotspottypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <utility>

namespace lango::routeros {

class ApiConnection;

struct PushReport
{
    int total = 0;
    int added = 0;
    int existed = 0;         // "already have user with this name": treat as present
    QStringList existing;    // their names
    QList<std::pair<QString, Error>> failures;  // name, error
    bool cancelled = false;  // users never sent are in none of the lists
    qint64 elapsedMs = 0;
};

class UserPusher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserPusher)

public:
    UserPusher(ApiConnection *connection, QList<HotspotUser> users, QObject *parent = nullptr);

    void setMaxInFlight(int count) { m_maxInFlight = std::max(1, count); }
    [[nodiscard]] int maxInFlight() const { return m_maxInFlight; }
    void setCommandOptions(const CommandOptions &options) { m_options = options; }
    void start();
    // Stops sending; what is in flight still finishes, then finished().
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const PushReport &report() const { return m_report; }

signals:
    void progressed(int done, int total);
    void finished(const lango::routeros::PushReport &report);

private:
    void pump();
    void onReply(int index, const Result<Reply> &reply);
    void finishIfDone();

    QPointer<ApiConnection> m_connection;
    QList<HotspotUser> m_users;
    CommandOptions m_options;
    PushReport m_report;
    QElapsedTimer m_timer;
    int m_maxInFlight = 64;
    int m_next = 0;
    int m_inFlight = 0;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_pumping = false;
};

} // namespace lango::routeros
