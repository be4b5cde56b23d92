#pragma once

#include "app/core/error.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QObject>

namespace lango::app {

class RouterDirectory;

// Whether a MAC and IP are a device the router's hotspot sees right now
// (/ip/hotspot/host). Only such a device may start an M-Pesa payment: the
// portal API is on the internet, and without this anyone could make Lango
// send PIN prompts to any phone. One API call per device, remembered for a
// few seconds so a customer's retries cost the router nothing.
class HotspotPresence final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HotspotPresence)

public:
    static constexpr qint64 kRememberMs = 5000;
    static constexpr int kMaxRemembered = 10000;

    explicit HotspotPresence(RouterDirectory &routers, QObject *parent = nullptr);

    [[nodiscard]] QFuture<Result<bool>> isOnHotspot(qint64 routerId, const QString &mac, const QString &ip);

private:
    struct Seen
    {
        QString ip;   // empty: the router does not see this MAC
        qint64 atMs = 0;
    };
    void forgetOld();

    RouterDirectory &m_routers;
    QHash<QString, Seen> m_seen;   // "routerId/MAC"
    QElapsedTimer m_clock;
};

} // namespace lango::app
