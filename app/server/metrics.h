#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <array>

namespace lango::app {

class Office;
class RouterDirectory;

// Prometheus text for GET /metrics: callbacks by result, purchases by
// state, the job queue's depth and age, routers up, and the pay-to-online
// latency histogram. Counters live in memory (per process, as Prometheus
// expects); gauges are read from the database when scraped.
class Metrics final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Metrics)

public:
    explicit Metrics(QObject *parent = nullptr);

    void countCallback(const QString &result);
    void observePayToOnline(qint64 milliseconds);

    QString render(Office &office, RouterDirectory *routers) const;

    static constexpr std::array<double, 10> kBuckets{0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300};

private:
    QHash<QString, quint64> m_callbacks;
    std::array<quint64, kBuckets.size()> m_bucketCounts{};
    quint64 m_latencyCount = 0;
    double m_latencySum = 0;
};

} // namespace lango::app
