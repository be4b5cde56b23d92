#pragma once

// Sample records the tests seed their offices with, made in one place: a
// router ("ofisi") and the "1 Hour" package at KES 20, stored with the
// models' own stores.

#include "models/clock.h"
#include "models/database.h"
#include "models/package.h"
#include "models/packagestore.h"
#include "models/router.h"
#include "models/routerstore.h"

namespace lango::testing {

// A router whose API password is not a real sealed one: for tests that
// never connect to it.
inline models::Router sampleRouter(const QString &name = QStringLiteral("ofisi"), const QString &host = QStringLiteral("10.0.0.1"))
{
    models::Router r;
    r.name = name;
    r.host = host;
    r.apiUser = QStringLiteral("lango");
    r.apiPasswordSealed = QStringLiteral("v1:x");
    return r;
}

inline models::Package samplePackage(const QString &name = QStringLiteral("1 Hour"), qint64 priceCents = 2000,
                                     qint64 durationSeconds = 3600)
{
    models::Package p;
    p.name = name;
    p.priceCents = priceCents;
    p.durationSeconds = durationSeconds;
    p.downKbps = p.upKbps = 1000;
    return p;
}

// The router and package most store tests start from.
struct SampleOffice
{
    qint64 routerId = 0;
    qint64 packageId = 0;
};

inline SampleOffice seedSampleOffice(const models::Database &db, const models::Clock &clock)
{
    return {*models::RouterStore(db, clock).add(sampleRouter()), *models::PackageStore(db, clock).add(samplePackage())};
}

} // namespace lango::testing
