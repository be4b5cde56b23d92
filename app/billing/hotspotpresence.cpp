#include "app/billing/hotspotpresence.h"

#include "app/routers/routerdirectory.h"
#include "routeros/hotspotapi.h"

#include <QPromise>

#include <memory>

namespace lango::app {

namespace {

QFuture<Result<bool>> answered(Result<bool> value)
{
    QPromise<Result<bool>> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

} // namespace

HotspotPresence::HotspotPresence(RouterDirectory &routers, QObject *parent)
    : QObject(parent)
    , m_routers(routers)
{
    m_clock.start();
}

void HotspotPresence::forgetOld()
{
    const qint64 now = m_clock.elapsed();
    for (auto it = m_seen.begin(); it != m_seen.end();) {
        if (now - it->atMs > kRememberMs)
            it = m_seen.erase(it);
        else
            ++it;
    }
    if (m_seen.size() >= kMaxRemembered)
        m_seen.clear();
}

QFuture<Result<bool>> HotspotPresence::isOnHotspot(qint64 routerId, const QString &mac, const QString &ip)
{
    const QString key = QString::number(routerId) + QLatin1Char('/') + mac;
    const auto cached = m_seen.constFind(key);
    if (cached != m_seen.constEnd() && m_clock.elapsed() - cached->atMs <= kRememberMs)
        return answered(!cached->ip.isEmpty() && cached->ip == ip);
    routeros::HotspotApi *api = m_routers.hotspot(routerId);
    if (!api)
        return answered(m_routers.unknownRouter(routerId));
    auto promise = std::make_shared<QPromise<Result<bool>>>();
    promise->start();
    api->hosts(mac).then(this, [this, key, ip, promise](routeros::Result<QList<routeros::HotspotHost>> hosts) {
        if (!hosts) {
            promise->addResult(Error{ErrorCode::Upstream,
                                     tr("The hotspot's router does not answer right now. Try again in a minute."),
                                     hosts.error().message});
            promise->finish();
            return;
        }
        if (m_seen.size() >= kMaxRemembered)
            forgetOld();
        QString seenIp;
        for (const auto &host : *hosts)
            seenIp = host.address;   // a MAC has one host entry per hotspot
        m_seen.insert(key, Seen{seenIp, m_clock.elapsed()});
        promise->addResult(!seenIp.isEmpty() && seenIp == ip);
        promise->finish();
    });
    return promise->future();
}

} // namespace lango::app
