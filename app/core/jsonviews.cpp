#include "app/core/jsonviews.h"

#include <QJsonArray>

namespace lango::app {

QJsonObject JsonViews::portalPackage(const models::Package &p)
{
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("price_kes"), p.priceCents / 100},
        {QStringLiteral("duration_s"), p.durationSeconds},
        {QStringLiteral("down_kbps"), p.downKbps},
        {QStringLiteral("up_kbps"), p.upKbps},
        {QStringLiteral("devices"), p.devices},
    };
}

QJsonObject JsonViews::package(const models::Package &p, const QHash<qint64, QString> &routerNames)
{
    QJsonObject json = portalPackage(p);
    json.insert(QStringLiteral("data_bytes"), p.dataBytes ? QJsonValue(*p.dataBytes) : QJsonValue());
    json.insert(QStringLiteral("uptime_s"), p.uptimeSeconds ? QJsonValue(*p.uptimeSeconds) : QJsonValue());
    json.insert(QStringLiteral("profile"), p.profileName());
    json.insert(QStringLiteral("rate_limit"), p.rateLimit());
    QJsonArray routers;
    for (const qint64 id : p.routerIds)
        routers.append(routerNames.value(id, QString::number(id)));
    json.insert(QStringLiteral("routers"), routers);   // empty = all routers
    json.insert(QStringLiteral("retired"), p.retired);
    json.insert(QStringLiteral("sold_by_paybill"), p.soldByPaybill);
    json.insert(QStringLiteral("sms_reminder"), p.smsReminder);
    return json;
}

QJsonObject JsonViews::router(const models::Router &r)
{
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("name"), r.name},
        {QStringLiteral("host"), r.host},
        {QStringLiteral("port"), r.port},
        {QStringLiteral("tls"), r.useTls},
        {QStringLiteral("tls_fingerprint"), r.tlsFingerprint},
        {QStringLiteral("tls_insecure"), r.tlsInsecure},
        {QStringLiteral("user"), r.apiUser},
        {QStringLiteral("hotspot_server"), r.hotspotServer},
        {QStringLiteral("location"), r.location},
        {QStringLiteral("enabled"), r.enabled},
    };
}

} // namespace lango::app
