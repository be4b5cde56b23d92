#pragma once

// The bookkeeping of one connection's commands by tag: what is in flight,
// what waits for the session, which deadlines are next, and which tags were
// given up (timed out or cancelled) so their late replies are dropped.

#include "routeros/connectionconfig.h"
#include "routeros/error.h"

#include <QHash>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>
#include <queue>
#include <vector>

namespace lango::routeros {

class ApiStream;

struct PendingCommand
{
    std::function<void(const Result<Reply> &)> handler;
    QPointer<ApiStream> stream;
    bool isStream = false;
    bool sent = false;
    bool cancelling = false;  // stream: /cancel sent, waiting for its !done
    QByteArray path;
    QByteArray queued;        // encoded sentence while waiting for the session
    Reply reply;
    qint64 replyBytes = 0;    // what reply.items hold, counted against the connection's cap
    std::optional<QString> trap;
    std::optional<int> trapCategory;
    qint64 deadline = 0;      // ms on the connection's clock; 0 = none
    int timeoutMs = 0;
};

class PendingCommands final
{
public:
    [[nodiscard]] quint32 nextTag();
    void insert(quint32 tag, PendingCommand command);
    [[nodiscard]] PendingCommand *find(quint32 tag);
    // Removes a command (also from the queue).
    [[nodiscard]] std::optional<PendingCommand> take(quint32 tag);
    // Removes and returns the commands whose deadline is at or before `now`.
    [[nodiscard]] std::vector<std::pair<quint32, PendingCommand>> takeExpired(qint64 now);
    [[nodiscard]] std::optional<qint64> nextDeadline() const;
    // Tags queued while the session was down, in order; the queue is emptied.
    [[nodiscard]] std::vector<quint32> takeQueue();
    // Everything, for a teardown; the table is emptied.
    [[nodiscard]] QHash<quint32, PendingCommand> takeAll();

    void abandon(quint32 tag) { m_abandoned.insert(tag); }
    [[nodiscard]] bool isAbandoned(quint32 tag) const { return m_abandoned.contains(tag); }
    void forgetAbandoned(quint32 tag) { m_abandoned.remove(tag); }

    [[nodiscard]] int size() const { return static_cast<int>(m_commands.size()); }
    [[nodiscard]] int streams() const { return m_streams; }

private:
    void compactDeadlines();

    QHash<quint32, PendingCommand> m_commands;
    std::vector<quint32> m_queue;
    QSet<quint32> m_abandoned;
    using Deadline = std::pair<qint64, quint32>;
    // A min-heap with lazy deletion: entries of finished commands are skipped.
    std::priority_queue<Deadline, std::vector<Deadline>, std::greater<>> m_deadlines;
    quint32 m_nextTag = 1;
    int m_streams = 0;
};

} // namespace lango::routeros
