#include "app/headlessserver.h"

#include "app/httpjson.h"
#include "app/logging.h"
#include "app/office.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QSqlQuery>

namespace lango::app {

HeadlessServer::HeadlessServer(Office &office, QObject *parent)
    : QObject(parent)
    , m_office(office)
{
    m_http.route(QStringLiteral("/healthz"), QHttpServerRequest::Method::Get, [this] {
        const QJsonObject body = health();
        const bool ok = body.value(QStringLiteral("status")).toString() == QLatin1String("ok");
        return QHttpServerResponse(body, ok ? QHttpServerResponder::StatusCode::Ok
                                            : QHttpServerResponder::StatusCode::ServiceUnavailable);
    });
}

Result<quint16> HeadlessServer::listen(const QHostAddress &address, quint16 port)
{
    // Registered last so every real route wins; answers JSON, not HTML.
    m_http.route(QStringLiteral("/<arg>"), [](const QUrl &, const QHttpServerRequest &) {
        return HttpJson::error(Error{ErrorCode::NotFound, QStringLiteral("No such route."), {}});
    });
    m_port = m_http.listen(address, port);
    if (m_port == 0)
        return Error{ErrorCode::Unavailable,
                     tr("Cannot listen on %1:%2. Another program may use the port, or the address is not on this machine. "
                        "Change [http] listen in the configuration.").arg(address.toString()).arg(port), {}};
    qCInfo(lcApp).noquote() << "listening on" << QStringLiteral("%1:%2").arg(address.toString()).arg(m_port);
    return m_port;
}

void HeadlessServer::addHealthSection(const QString &name, HealthSection section)
{
    m_healthSections.append({name, std::move(section)});
}

QJsonObject HeadlessServer::health() const
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
    return body;
}

} // namespace lango::app
