#pragma once

#include <QDateTime>
#include <QtGlobal>

#include <atomic>

namespace lango::models {

// Time for services and stores, passed in (STYLE.md 2.7): tests hand a
// ManualClock to check expiry without waiting. Times are UTC epoch seconds.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 now() const = 0;
    virtual qint64 nowMs() const { return now() * 1000; }
};

class SystemClock final : public Clock
{
public:
    qint64 now() const override { return QDateTime::currentSecsSinceEpoch(); }
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 start = 1'767'225'600) : m_now(start * 1000) {}
    qint64 now() const override { return m_now.load() / 1000; }
    qint64 nowMs() const override { return m_now.load(); }
    void advance(qint64 seconds) { m_now += seconds * 1000; }
    void set(qint64 seconds) { m_now = seconds * 1000; }

private:
    std::atomic<qint64> m_now;
};

} // namespace lango::models
