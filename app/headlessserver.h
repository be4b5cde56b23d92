#pragma once

#include "app/config.h"
#include "app/error.h"

#include <QHttpServer>
#include <QJsonObject>
#include <QObject>

#include <functional>

namespace lango::app {

class Office;

// The HTTP face of `lango --headless`: QHttpServer on [http] listen with
// /healthz; the billing service adds the portal API, callbacks and metrics
// through http(). Unknown routes answer a JSON 404.
class HeadlessServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessServer)

public:
    // Extra health sections ("routers": {...}) provided by services.
    using HealthSection = std::function<QJsonValue()>;

    HeadlessServer(Office &office, QObject *parent = nullptr);

    [[nodiscard]] Result<quint16> listen(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_port; }
    QHttpServer &http() { return m_http; }
    void addHealthSection(const QString &name, HealthSection section);

    // {status, version, database, ...}; "degraded" when the database fails.
    QJsonObject health() const;

private:
    Office &m_office;
    QHttpServer m_http;
    quint16 m_port = 0;
    QList<std::pair<QString, HealthSection>> m_healthSections;
};

} // namespace lango::app
