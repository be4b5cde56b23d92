#include "app/server/headlessserver.h"

#include "app/http/httpserver.h"
#include "app/server/httpjson.h"
#include "app/core/logging.h"
#include "app/core/office.h"

#include <QElapsedTimer>
#include <QSqlQuery>

namespace lango::app {

namespace {

constexpr int kHealthRefreshMs = 5000;

} // namespace

HeadlessServer::HeadlessServer(Office &office, QObject *parent)
    : QObject(parent)
    , m_office(office)
{
    m_adminRoutes.route("GET", QStringLiteral("/healthz"), [this](const http::HttpRequest &, const QStringList &) {
        const bool ok = m_health.value(QStringLiteral("status")).toString() == QLatin1String("ok");
        return http::HttpResponse::json(m_health, ok ? http::status::Ok : http::status::ServiceUnavailable);
    });
    m_healthTimer.setInterval(kHealthRefreshMs);
    connect(&m_healthTimer, &QTimer::timeout, this, &HeadlessServer::refreshHealth);
}

HeadlessServer::~HeadlessServer() = default;

Result<void> HeadlessServer::listen(const Config &config)
{
    http::HttpServer::Options options;
    options.name = QStringLiteral("public");
    options.maxConnections = config.maxConnections;
    options.trustedProxies = config.trustedProxies;
    m_public = std::make_unique<http::HttpServer>(m_publicRoutes, options);
    auto port = m_public->listen(config.listenAddress, config.listenPort);
    if (!port)
        return Error{ErrorCode::Unavailable, tr("%1 Change [http] listen in the configuration.").arg(port.error().message),
                     port.error().detail};
    qCInfo(lcApp).noquote() << "listening on" << QStringLiteral("%1:%2").arg(config.listenAddress.toString()).arg(*port)
                            << "(portal API, M-Pesa callbacks, portal files)";

    refreshHealth();
    m_healthTimer.start();
    if (config.adminListenOff)
        return {};
    http::HttpServer::Options adminOptions;
    adminOptions.name = QStringLiteral("admin");
    adminOptions.maxConnections = 64;
    m_admin = std::make_unique<http::HttpServer>(m_adminRoutes, adminOptions);
    // The default admin port follows the public one (8090 -> 8091).
    const quint16 adminPort = config.adminListenSet ? config.adminPort : quint16(*port == 65535 ? 0 : *port + 1);
    auto admin = m_admin->listen(config.adminAddress, adminPort);
    if (!admin) {
        if (config.adminListenSet)
            return Error{ErrorCode::Unavailable, tr("%1 Change [http] admin_listen in the configuration.").arg(admin.error().message),
                         admin.error().detail};
        qCWarning(lcApp).noquote() << "no admin listener for /healthz and /metrics:" << admin.error().message
                                   << "Set [http] admin_listen to a free address.";
        m_admin.reset();
        return {};
    }
    qCInfo(lcApp).noquote() << "admin listening on" << QStringLiteral("%1:%2").arg(config.adminAddress.toString()).arg(*admin)
                            << "(/healthz, /metrics)";
    return {};
}

quint16 HeadlessServer::port() const
{
    return m_public ? m_public->port() : 0;
}

quint16 HeadlessServer::adminPort() const
{
    return m_admin ? m_admin->port() : 0;
}

void HeadlessServer::addHealthSection(const QString &name, HealthSection section)
{
    m_healthSections.append({name, std::move(section)});
}

void HeadlessServer::refreshHealth()
{
    QElapsedTimer timer;
    timer.start();
    auto ping = m_office.db().exec(QStringLiteral("SELECT 1"));
    QJsonObject database{{QStringLiteral("backend"), m_office.db().isSqlite() ? QStringLiteral("sqlite") : QStringLiteral("postgresql")},
                         {QStringLiteral("ok"), ping.ok()},
                         {QStringLiteral("ms"), timer.elapsed()}};
    if (!ping)
        database.insert(QStringLiteral("error"), ping.error().message);
    QJsonObject body{{QStringLiteral("status"), ping.ok() ? QStringLiteral("ok") : QStringLiteral("degraded")},
                     {QStringLiteral("version"), QStringLiteral(LANGO_VERSION)},
                     {QStringLiteral("database"), database}};
    for (const auto &[name, section] : m_healthSections)
        body.insert(name, section());
    m_health = body;
}

} // namespace lango::app
