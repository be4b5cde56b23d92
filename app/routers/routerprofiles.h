#pragma once

#include "models/package.h"
#include "models/router.h"
#include "models/secretbox.h"
#include "routeros/connectionconfig.h"
#include "routeros/error.h"
#include "routeros/hotspottypes.h"

#include "app/core/error.h"

namespace lango::app {

// How Lango's records look on a router (DESIGN.md, Mapping and Enforcement):
// a package is the user profile `lango-<slug>` with its speeds, device count
// and the on-login script that starts a voucher's clock and binds its first
// device; Lango's hotspot users carry a comment saying who made them.
struct RouterProfiles
{
    static routeros::ProfileSpec profileFor(const models::Package &package);

    // A package as a hotspot user (profile, usage and data caps) on a router
    // whose hotspot is `hotspotServer` ("all" or empty: every server, the
    // router's default, so it is left out). The one place both a paid
    // grant's user and a voucher's are shaped.
    static routeros::HotspotUser userFor(const models::Package &package, const QString &hotspotServer, const QString &name,
                                         const QString &password, const QString &comment);
    static QString grantComment(qint64 grantId);     // "lango:grant:42"
    static QString voucherComment(qint64 batchId);   // "lango:voucher:7"
    // The grant id a user's comment names, or 0 for anything else.
    static qint64 grantIdFromComment(const QString &comment);
    static bool isVoucherComment(const QString &comment);

    // The connection settings of a router record, with its API password
    // opened from the office's sealed copy.
    [[nodiscard]] static Result<routeros::ConnectionConfig> connectionFor(const models::Router &router,
                                                                          const models::SecretBox &box);
};

// Wraps a router-layer error in app's own type (STYLE.md 2.5).
Error fromRouteros(const routeros::Error &error);

} // namespace lango::app
