#include "app/server/metrics.h"

#include "app/core/office.h"
#include "app/routers/routerdirectory.h"

#include <QDateTime>

namespace lango::app {

Metrics::Metrics(QObject *parent)
    : QObject(parent)
{
}

void Metrics::countCallback(const QString &result)
{
    ++m_callbacks[result];
}

void Metrics::observePayToOnline(qint64 milliseconds)
{
    const double seconds = double(milliseconds) / 1000.0;
    for (size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i])
            ++m_bucketCounts[i];
    }
    ++m_latencyCount;
    m_latencySum += seconds;
}

QString Metrics::render(Office &office, RouterDirectory *routers) const
{
    QString out;
    auto line = [&out](const QString &text) { out += text + QLatin1Char('\n'); };

    line(QStringLiteral("# HELP lango_callbacks_total M-Pesa callbacks received, by what came of them."));
    line(QStringLiteral("# TYPE lango_callbacks_total counter"));
    for (auto it = m_callbacks.cbegin(); it != m_callbacks.cend(); ++it)
        line(QStringLiteral("lango_callbacks_total{result=\"%1\"} %2").arg(it.key()).arg(it.value()));

    line(QStringLiteral("# HELP lango_purchases Purchases by state."));
    line(QStringLiteral("# TYPE lango_purchases gauge"));
    if (auto counts = office.purchases.countByState()) {
        for (const char *state : {"pending", "paid", "active", "failed", "expired"}) {
            const QString key = QString::fromLatin1(state);
            line(QStringLiteral("lango_purchases{state=\"%1\"} %2").arg(key).arg(counts->value(key)));
        }
    }

    if (auto jobs = office.jobs.stats()) {
        line(QStringLiteral("# HELP lango_jobs Router jobs by state (done ones are not counted)."));
        line(QStringLiteral("# TYPE lango_jobs gauge"));
        line(QStringLiteral("lango_jobs{state=\"queued\"} %1").arg(jobs->queued));
        line(QStringLiteral("lango_jobs{state=\"running\"} %1").arg(jobs->running));
        line(QStringLiteral("lango_jobs{state=\"failed\"} %1").arg(jobs->failed));
        line(QStringLiteral("# HELP lango_job_queue_oldest_seconds How long the oldest due job has waited."));
        line(QStringLiteral("# TYPE lango_job_queue_oldest_seconds gauge"));
        line(QStringLiteral("lango_job_queue_oldest_seconds %1").arg(jobs->oldestQueuedAge));
    }
    if (auto open = office.problems.countOpen()) {
        line(QStringLiteral("# HELP lango_problems_open Problems waiting for staff."));
        line(QStringLiteral("# TYPE lango_problems_open gauge"));
        line(QStringLiteral("lango_problems_open %1").arg(*open));
    }

    if (routers) {
        line(QStringLiteral("# HELP lango_router_up Whether Lango reaches the router (1) or not (0)."));
        line(QStringLiteral("# TYPE lango_router_up gauge"));
        const auto all = routers->pool().healthAll();
        for (const auto &health : all)
            line(QStringLiteral("lango_router_up{router=\"%1\"} %2").arg(health.name).arg(health.up ? 1 : 0));
    }

    if (auto tunnels = office.tunnels.list(); tunnels && !tunnels->isEmpty()) {
        // Only handshakes the server has seen: a router never seen has no age.
        line(QStringLiteral("# HELP lango_tunnel_handshake_age_seconds Seconds since the router's latest WireGuard handshake "
                            "with this server (over 180: tunnel down)."));
        line(QStringLiteral("# TYPE lango_tunnel_handshake_age_seconds gauge"));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (const models::TunnelPeer &peer : *tunnels) {
            if (peer.handshakeAt > 0)
                line(QStringLiteral("lango_tunnel_handshake_age_seconds{router=\"%1\"} %2").arg(peer.routerName)
                         .arg(qMax<qint64>(0, now - peer.handshakeAt)));
        }
        line(QStringLiteral("# HELP lango_tunnel_api_answers Whether the router's API answered through its tunnel at the last look."));
        line(QStringLiteral("# TYPE lango_tunnel_api_answers gauge"));
        for (const models::TunnelPeer &peer : *tunnels)
            line(QStringLiteral("lango_tunnel_api_answers{router=\"%1\"} %2").arg(peer.routerName).arg(peer.apiAnswers ? 1 : 0));
    }

    line(QStringLiteral("# HELP lango_pay_to_online_seconds From the payment's callback to the customer's user on the router."));
    line(QStringLiteral("# TYPE lango_pay_to_online_seconds histogram"));
    for (size_t i = 0; i < kBuckets.size(); ++i)
        line(QStringLiteral("lango_pay_to_online_seconds_bucket{le=\"%1\"} %2").arg(kBuckets[i]).arg(m_bucketCounts[i]));
    line(QStringLiteral("lango_pay_to_online_seconds_bucket{le=\"+Inf\"} %1").arg(m_latencyCount));
    line(QStringLiteral("lango_pay_to_online_seconds_sum %1").arg(m_latencySum, 0, 'f', 3));
    line(QStringLiteral("lango_pay_to_online_seconds_count %1").arg(m_latencyCount));
    return out;
}

} // namespace lango::app
