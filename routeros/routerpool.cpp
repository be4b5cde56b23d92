#include "routeros/routerpool.h"

#include "routeros/apiconnection.h"
#include "routeros/hotspotapi.h"
#include "routeros/routerprobe.h"
#include "routeros/systemapi.h"

#include <QPointer>

#include <cmath>

namespace lango::routeros {

struct RouterPool::Router
{
    ApiConnection *connection = nullptr;  // children of the pool
    HotspotApi *hotspot = nullptr;
    SystemApi *system = nullptr;
    RouterHealth health;
    bool probing = false;
    quint64 round = 0;
};

RouterPool::RouterPool(QObject *parent) : QObject(parent)
{
    connect(&m_probeTimer, &QTimer::timeout, this, &RouterPool::probeAll);
    m_probeTimer.start(m_probeIntervalMs);
}

RouterPool::~RouterPool()
{
    // Connections go with their QObject parent; stop signals reaching us first.
    for (auto &[name, router] : m_routers)
        router->connection->disconnect(this);
}

void RouterPool::setRouters(const QList<ConnectionConfig> &configs)
{
    QStringList wanted;
    for (const ConnectionConfig &config : configs) {
        wanted.append(config.name);
        addRouter(config);
    }
    for (const QString &name : routerNames()) {
        if (!wanted.contains(name))
            removeRouter(name);
    }
}

void RouterPool::addRouter(const ConnectionConfig &config)
{
    auto existing = m_routers.find(config.name);
    if (existing != m_routers.end()) {
        Router &router = *existing->second;
        if (router.connection->config() != config) {
            router.connection->setConfig(config);
            router.probing = false;  // a probe in flight answers for the old settings
            ++router.round;
            probe(config.name);
        }
        return;
    }
    auto router = std::make_unique<Router>();
    router->connection = new ApiConnection(config, this);
    router->hotspot = new HotspotApi(router->connection, this);
    router->system = new SystemApi(router->connection, this);
    router->health.name = config.name;
    const QString name = config.name;
    // Connection events update up/down at once, between probes.
    connect(router->connection, &ApiConnection::ready, this, [this, name] {
        auto it = m_routers.find(name);
        if (it == m_routers.end())
            return;
        RouterHealth health = it->second->health;
        health.up = true;
        health.lastError.reset();
        setHealth(*it->second, health);
    });
    connect(router->connection, &ApiConnection::disconnected, this, [this, name](const Error &error) {
        auto it = m_routers.find(name);
        if (it == m_routers.end())
            return;
        RouterHealth health = it->second->health;
        health.up = false;
        health.lastError = error;
        setHealth(*it->second, health);
    });
    m_routers.emplace(name, std::move(router));
    emit routerAdded(name);
    probe(name);
}

bool RouterPool::removeRouter(const QString &name)
{
    auto it = m_routers.find(name);
    if (it == m_routers.end())
        return false;
    std::unique_ptr<Router> router = std::move(it->second);
    m_routers.erase(it);
    router->connection->disconnect(this);
    router->connection->close();
    // Users of hotspot()/system() may still hold futures: delete later.
    router->hotspot->deleteLater();
    router->system->deleteLater();
    router->connection->deleteLater();
    emit routerRemoved(name);
    return true;
}

QStringList RouterPool::routerNames() const
{
    QStringList names;
    for (const auto &[name, router] : m_routers)
        names.append(name);
    return names;
}

ApiConnection *RouterPool::connection(const QString &name) const
{
    auto it = m_routers.find(name);
    return it == m_routers.end() ? nullptr : it->second->connection;
}

HotspotApi *RouterPool::hotspot(const QString &name) const
{
    auto it = m_routers.find(name);
    return it == m_routers.end() ? nullptr : it->second->hotspot;
}

SystemApi *RouterPool::system(const QString &name) const
{
    auto it = m_routers.find(name);
    return it == m_routers.end() ? nullptr : it->second->system;
}

RouterHealth RouterPool::health(const QString &name) const
{
    auto it = m_routers.find(name);
    if (it == m_routers.end()) {
        RouterHealth unknown;
        unknown.name = name;
        return unknown;
    }
    return it->second->health;
}

QList<RouterHealth> RouterPool::healthAll() const
{
    QList<RouterHealth> out;
    for (const auto &[name, router] : m_routers)
        out.append(router->health);
    return out;
}

void RouterPool::setProbeInterval(int ms)
{
    m_probeIntervalMs = ms;
    if (ms > 0)
        m_probeTimer.start(ms);
    else
        m_probeTimer.stop();
}

void RouterPool::probeAll()
{
    for (const QString &name : routerNames())
        probe(name);
}

void RouterPool::probe(const QString &name)
{
    auto it = m_routers.find(name);
    if (it == m_routers.end() || it->second->probing)
        return;
    Router &router = *it->second;
    router.probing = true;
    const quint64 round = ++router.round;
    RouterProbe::run(router.connection).then(this, [this, name, round](const ProbeResult &result) {
        applyProbe(name, round, result);
    });
}

void RouterPool::applyProbe(const QString &name, quint64 round, const ProbeResult &result)
{
    auto it = m_routers.find(name);
    if (it == m_routers.end() || it->second->round != round)
        return;  // removed, or re-added meanwhile
    Router &router = *it->second;
    router.probing = false;
    RouterHealth health = router.health;
    health.lastChecked = QDateTime::currentDateTimeUtc();
    health.up = !result.error.has_value();
    health.lastError = result.error;
    if (!result.error) {
        health.rttMs = result.rttMs;
        health.identity = result.identity;
        health.legacyLogin = result.legacyLogin;
        if (result.resource)
            health.version = result.resource->versionText;
        if (result.clock)
            health.clockSkewSeconds = result.clock->skewSeconds;
    }
    setHealth(router, health);
    emit probed(name, router.health);
}

void RouterPool::setHealth(Router &router, const RouterHealth &health)
{
    const RouterHealth &old = router.health;
    const auto message = [](const std::optional<Error> &e) { return e ? e->message : QString(); };
    // Skew jitters by a second between probes: only a real move counts.
    const bool skewMoved = old.clockSkewSeconds.has_value() != health.clockSkewSeconds.has_value()
        || (health.clockSkewSeconds && std::llabs(*health.clockSkewSeconds - *old.clockSkewSeconds) > 2);
    const bool changed = old.up != health.up || message(old.lastError) != message(health.lastError)
        || old.version != health.version || old.identity != health.identity || skewMoved
        || old.legacyLogin != health.legacyLogin;
    router.health = health;
    if (changed)
        emit healthChanged(health.name, health);
}

} // namespace lango::routeros
