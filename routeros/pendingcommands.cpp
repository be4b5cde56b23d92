#include "routeros/pendingcommands.h"

#include <algorithm>

namespace lango::routeros {

quint32 PendingCommands::nextTag()
{
    if (m_nextTag == 0)
        ++m_nextTag;
    return m_nextTag++;
}

void PendingCommands::insert(quint32 tag, PendingCommand command)
{
    if (command.deadline > 0) {
        compactDeadlines();
        m_deadlines.emplace(command.deadline, tag);
    }
    if (!command.sent)
        m_queue.push_back(tag);
    if (command.isStream)
        ++m_streams;
    m_commands.insert(tag, std::move(command));
}

PendingCommand *PendingCommands::find(quint32 tag)
{
    auto it = m_commands.find(tag);
    return it == m_commands.end() ? nullptr : &it.value();
}

std::optional<PendingCommand> PendingCommands::take(quint32 tag)
{
    auto it = m_commands.find(tag);
    if (it == m_commands.end())
        return std::nullopt;
    PendingCommand command = std::move(it.value());
    m_commands.erase(it);
    if (!command.sent)
        m_queue.erase(std::remove(m_queue.begin(), m_queue.end(), tag), m_queue.end());
    if (command.isStream)
        --m_streams;
    return command;
}

std::vector<std::pair<quint32, PendingCommand>> PendingCommands::takeExpired(qint64 now)
{
    std::vector<std::pair<quint32, PendingCommand>> expired;
    while (!m_deadlines.empty() && m_deadlines.top().first <= now) {
        const auto [deadline, tag] = m_deadlines.top();
        m_deadlines.pop();
        const PendingCommand *command = find(tag);
        if (!command || command->deadline != deadline)
            continue;
        expired.emplace_back(tag, *take(tag));
    }
    return expired;
}

std::optional<qint64> PendingCommands::nextDeadline() const
{
    if (m_deadlines.empty())
        return std::nullopt;
    return m_deadlines.top().first;
}

std::vector<quint32> PendingCommands::takeQueue()
{
    std::vector<quint32> queue = std::move(m_queue);
    m_queue.clear();
    return queue;
}

QHash<quint32, PendingCommand> PendingCommands::takeAll()
{
    QHash<quint32, PendingCommand> all = std::move(m_commands);
    m_commands.clear();
    m_queue.clear();
    m_abandoned.clear();
    m_deadlines = {};
    m_streams = 0;
    return all;
}

void PendingCommands::compactDeadlines()
{
    // Finished commands leave their heap entries behind; rebuild the heap
    // when they dominate so it stays proportional to what is in flight.
    if (m_deadlines.size() <= 2 * static_cast<size_t>(m_commands.size()) + 1024)
        return;
    decltype(m_deadlines) fresh;
    for (auto it = m_commands.cbegin(); it != m_commands.cend(); ++it) {
        if (it->deadline > 0)
            fresh.emplace(it->deadline, it.key());
    }
    m_deadlines = std::move(fresh);
}

} // namespace lango::routeros
