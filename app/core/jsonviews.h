#pragma once

#include "models/package.h"
#include "models/router.h"

#include <QHash>
#include <QJsonObject>

namespace lango::app {

// The JSON shapes of domain records, shared by the CLI's --json and the
// HTTP API, so both say the same thing with the same names.
struct JsonViews
{
    // {id, name, price_kes, duration_s, down_kbps, up_kbps, devices, data_bytes, uptime_s, profile, routers, retired}
    static QJsonObject package(const models::Package &package, const QHash<qint64, QString> &routerNames = {});
    // The portal's public subset of DESIGN.md's GET /api/portal/packages.
    static QJsonObject portalPackage(const models::Package &package);
    // Never includes the API password, sealed or not.
    static QJsonObject router(const models::Router &router);
};

} // namespace lango::app
