#pragma once

// The one service that owns the connections to every configured router.
// The app layer feeds it router configs from the database; desktop, headless
// and CLI share it. It keeps a health record per router (up/down, last error,
// round-trip time, version, identity, clock skew) from a periodic probe.

#include "routeros/connectionconfig.h"
#include "routeros/error.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <map>
#include <memory>
#include <optional>

namespace lango::routeros {

class ApiConnection;
class HotspotApi;
class SystemApi;
struct ProbeResult;

struct RouterHealth
{
    QString name;
    bool up = false;
    std::optional<Error> lastError;
    qint64 rttMs = -1;                     // of /system/identity/print
    QString version;                       // "7.16 (stable)"
    QString identity;
    std::optional<qint64> clockSkewSeconds;  // router clock minus local UTC
    bool legacyLogin = false;              // pre-6.43 challenge login
    QDateTime lastChecked;                 // UTC
};

class RouterPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RouterPool)

public:
    explicit RouterPool(QObject *parent = nullptr);
    ~RouterPool() override;

    // Makes the pool match `configs`: adds, updates (reconnecting when a
    // setting changed) and removes routers by name.
    void setRouters(const QList<ConnectionConfig> &configs);
    // Adds the router, or updates it when one of that name exists.
    void addRouter(const ConnectionConfig &config);
    void updateRouter(const ConnectionConfig &config) { addRouter(config); }
    bool removeRouter(const QString &name);

    [[nodiscard]] QStringList routerNames() const;
    [[nodiscard]] bool contains(const QString &name) const { return m_routers.count(name) > 0; }
    // nullptr for an unknown name (use RouterErrors::unknownRouter()).
    [[nodiscard]] ApiConnection *connection(const QString &name) const;
    [[nodiscard]] HotspotApi *hotspot(const QString &name) const;
    [[nodiscard]] SystemApi *system(const QString &name) const;

    [[nodiscard]] RouterHealth health(const QString &name) const;
    [[nodiscard]] QList<RouterHealth> healthAll() const;

    // Probe period; 0 turns periodic probes off. Default 60 s.
    void setProbeInterval(int ms);
    [[nodiscard]] int probeInterval() const { return m_probeIntervalMs; }
    void probe(const QString &name);
    void probeAll();

signals:
    // Up/down, error, version, identity or skew changed (not every probe).
    void healthChanged(const QString &name, const lango::routeros::RouterHealth &health);
    // Every finished probe.
    void probed(const QString &name, const lango::routeros::RouterHealth &health);
    void routerAdded(const QString &name);
    void routerRemoved(const QString &name);

private:
    struct Router;
    void applyProbe(const QString &name, quint64 round, const ProbeResult &result);
    void setHealth(Router &router, const RouterHealth &health);

    std::map<QString, std::unique_ptr<Router>> m_routers;
    QTimer m_probeTimer;
    int m_probeIntervalMs = 60000;
};

} // namespace lango::routeros
