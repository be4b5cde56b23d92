#pragma once

#include "models/package.h"
#include "models/voucher.h"
#include "routeros/hotspottypes.h"

#include <QHash>

namespace lango::app {

// What one router shows about Lango's vouchers.
struct RouterVoucherView
{
    QHash<QString, routeros::HotspotUser> users;        // voucher users by name (= code)
    QHash<QString, routeros::SchedulerEntry> expiries;  // lango-exp-<code> entries by code
    QHash<QString, QString> sessionMacs;                // user -> MAC of a live session
    qint64 skewSeconds = 0;                             // router clock minus ours
};

struct VoucherUsagePlan
{
    QList<models::VoucherUsage> updates;   // changed vouchers
    QList<models::VoucherUsage> firstSeenInUse;   // unused before, in use now: they get a grant
    QStringList removeNames;               // users to take off the router (retired, spent, used elsewhere)
    QList<qint64> goneIds;                 // vouchers no longer on the router
    int inUse = 0;
    int expired = 0;                       // newly expired
    int vanished = 0;                      // unused before, gone now (used and expired unseen, or removed by hand)
};

// Decides, from the router's view, each voucher's state: unused, in use
// (first login seen: expiry entry, bound MAC, session or counters), or
// expired (the router's expiry removed the user, or its caps are used up).
// Pure: the sync feeds it and writes what it says.
class VoucherUsagePlanner final
{
public:
    // onRouter: the vouchers Lango put on this router. packages by id.
    static VoucherUsagePlan plan(const QList<models::Voucher> &onRouter, const RouterVoucherView &view,
                                 const QHash<qint64, models::Package> &packages, qint64 routerId, qint64 now);
};

} // namespace lango::app
