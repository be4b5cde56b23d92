#pragma once

#include "app/core/error.h"
#include "models/package.h"

#include <QFuture>
#include <QStringList>

namespace lango::routeros {
class HotspotApi;
}

namespace lango::app {

struct ProfileSyncSummary
{
    QStringList created;
    QStringList updated;
    QStringList unchanged;
    QStringList failed;    // "lango-1-hour: <why>"

    bool ok() const { return failed.isEmpty(); }
    int changed() const { return int(created.size() + updated.size()); }
};

// Makes a router's `lango-*` user profiles match the packages it sells
// (`lango router sync`, the Packages panel's "Sync to routers"). Running it
// twice changes nothing the second time.
class ProfileSync final
{
public:
    [[nodiscard]] static QFuture<ProfileSyncSummary> run(routeros::HotspotApi &api, const QList<models::Package> &packages);
};

} // namespace lango::app
