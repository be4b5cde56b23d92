#include "app/vouchers/voucherusage.h"

#include <cstdlib>

namespace lango::app {

namespace {

// The router's next-run is read to the second against a skew measured to
// about a second: differences this small are the same moment.
constexpr qint64 kSameMoment = 5;

bool close(qint64 a, qint64 b)
{
    return std::llabs(a - b) <= kSameMoment;
}

bool capsUsedUp(const routeros::HotspotUser &u)
{
    const qint64 uptimeCap = u.limitUptime.value_or(0);
    const qint64 bytesCap = u.limitBytesTotal.value_or(0);
    return (uptimeCap > 0 && u.uptime >= uptimeCap) || (bytesCap > 0 && u.bytesIn + u.bytesOut >= bytesCap);
}

} // namespace

VoucherUsagePlan VoucherUsagePlanner::plan(const QList<models::Voucher> &onRouter, const RouterVoucherView &view,
                                           const QHash<qint64, models::Package> &packages, qint64 routerId, qint64 now)
{
    using models::VoucherState;
    VoucherUsagePlan plan;
    for (const models::Voucher &v : onRouter) {
        const auto user = view.users.constFind(v.code);
        const bool present = user != view.users.cend();
        const bool usedElsewhere = v.usedRouterId && v.usedRouterId != routerId;
        if (v.state == VoucherState::Retired || v.state == VoucherState::Expired || usedElsewhere) {
            // Nothing to learn here; a copy left on this router must go.
            if (present)
                plan.removeNames << v.code;
            else
                plan.goneIds << v.id;
            continue;
        }
        models::VoucherUsage usage{v.id, v.state, v.firstUsedAt, v.mac, v.expiresAt, v.usedRouterId};
        if (!present) {
            // The router's expiry removed it (or someone did by hand).
            usage.state = VoucherState::Expired;
            usage.usedRouterId = routerId;
            plan.goneIds << v.id;
            plan.updates << usage;
            ++plan.expired;
            if (v.state == VoucherState::Unused)
                ++plan.vanished;
            continue;
        }
        const auto entry = view.expiries.constFind(v.code);
        const bool hasEntry = entry != view.expiries.cend();
        const QString sessionMac = view.sessionMacs.value(v.code);
        const bool used = hasEntry || user->uptime > 0 || user->bytesIn + user->bytesOut > 0 || user->hasMacBinding()
                          || !sessionMac.isEmpty();
        if (!used)
            continue;
        usage.usedRouterId = routerId;
        if (hasEntry && entry->nextRun.isValid()) {
            // The entry's first run is the expiry; it was added at first login.
            const qint64 expires = entry->nextRun.toSecsSinceEpoch() - view.skewSeconds;
            if (!v.expiresAt || !close(v.expiresAt, expires)) {
                usage.expiresAt = expires;
                usage.firstUsedAt = expires - entry->interval;
            }
        } else if (!v.firstUsedAt) {
            usage.firstUsedAt = now;
            usage.expiresAt = now + packages.value(v.packageId).durationSeconds;
        }
        if (!usage.firstUsedAt)
            usage.firstUsedAt = usage.expiresAt ? usage.expiresAt - packages.value(v.packageId).durationSeconds : now;
        if (user->hasMacBinding())
            usage.mac = user->macAddress->toUpper();
        else if (!sessionMac.isEmpty())
            usage.mac = sessionMac.toUpper();
        const bool spent = capsUsedUp(*user);
        usage.state = spent ? VoucherState::Expired : VoucherState::InUse;
        if (spent) {
            plan.removeNames << v.code;
            ++plan.expired;
        } else {
            ++plan.inUse;
        }
        const bool changed = usage.state != v.state || usage.firstUsedAt != v.firstUsedAt || usage.mac != v.mac
                             || usage.expiresAt != v.expiresAt || usage.usedRouterId != v.usedRouterId;
        if (changed)
            plan.updates << usage;
        if (v.state == VoucherState::Unused && usage.state == VoucherState::InUse)
            plan.firstSeenInUse << usage;
    }
    return plan;
}

} // namespace lango::app
