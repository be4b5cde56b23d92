#pragma once

#include "app/core/config.h"
#include "app/core/error.h"
#include "app/http/httprouter.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace lango::app {

namespace http {
class HttpServer;
}

class Office;

// The HTTP faces of `lango --headless`, on the bounded server of app/http:
// the public listener ([http] listen) serves only what customers' phones,
// routers and Safaricom need (/api/portal/..., /pay/..., /portal/...); the
// admin listener ([http] admin_listen, loopback by default) serves /healthz
// and /metrics, which name routers and count money. /healthz answers from a
// snapshot refreshed every few seconds, never a query per request.
class HeadlessServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessServer)

public:
    // Extra health sections ("routers": {...}) provided by services.
    using HealthSection = std::function<QJsonValue()>;

    explicit HeadlessServer(Office &office, QObject *parent = nullptr);
    ~HeadlessServer() override;

    http::HttpRouter &publicRoutes() { return m_publicRoutes; }
    http::HttpRouter &adminRoutes() { return m_adminRoutes; }

    // Opens both listeners. An admin listener that is only the default and
    // cannot bind is a warning, not a failure.
    [[nodiscard]] Result<void> listen(const Config &config);
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] quint16 adminPort() const;
    [[nodiscard]] const http::HttpServer *publicServer() const { return m_public.get(); }

    void addHealthSection(const QString &name, HealthSection section);
    // The latest snapshot: {status, version, database, ...}; "degraded"
    // when the database failed.
    [[nodiscard]] QJsonObject health() const { return m_health; }
    void refreshHealth();

private:
    Office &m_office;
    http::HttpRouter m_publicRoutes;
    http::HttpRouter m_adminRoutes;
    std::unique_ptr<http::HttpServer> m_public;
    std::unique_ptr<http::HttpServer> m_admin;
    QList<std::pair<QString, HealthSection>> m_healthSections;
    QJsonObject m_health;
    QTimer m_healthTimer;
};

} // namespace lango::app
