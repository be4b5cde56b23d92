#pragma once

#include <QElapsedTimer>

namespace lango::app {

// Lets a log line through at most once per interval and counts the ones it
// held back, so a flood of bad requests cannot flood the journal.
class LogThrottle final
{
public:
    explicit LogThrottle(qint64 intervalMs = 60 * 1000) : m_intervalMs(intervalMs) {}

    // True when this event may be logged; `suppressed` is how many were
    // held back since the last one that was.
    [[nodiscard]] bool allow(quint64 *suppressed)
    {
        if (m_clock.isValid() && m_clock.elapsed() < m_intervalMs) {
            ++m_suppressed;
            return false;
        }
        m_clock.start();
        *suppressed = m_suppressed;
        m_suppressed = 0;
        return true;
    }

private:
    qint64 m_intervalMs;
    QElapsedTimer m_clock;
    quint64 m_suppressed = 0;
};

} // namespace lango::app
