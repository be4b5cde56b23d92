#include "app/routers/grantfactory.h"

#include "app/core/office.h"
#include <algorithm>

namespace lango::app {

GrantFactory::GrantFactory(Office &office)
    : GrantFactory(office.grants, office.box())
{
}

QString GrantFactory::newUsername()
{
    return QStringLiteral("m") + models::SecureRandom::readable(7);
}

Result<qint64> GrantFactory::forPurchase(const models::Purchase &purchase, const models::Package &package, qint64 startsAt,
                                         models::GrantState state) const
{
    models::Grant grant;
    grant.routerId = purchase.routerId;
    grant.packageId = package.id;
    grant.customerId = purchase.customerId;
    grant.mac = purchase.mac;
    grant.ip = purchase.ip;
    grant.state = state;
    grant.startsAt = startsAt;
    grant.expiresAt = startsAt + package.durationSeconds;
    auto sealed = m_box.seal(models::SecureRandom::readable(8));
    if (!sealed)
        return fromModels(sealed.error());
    grant.passwordSealed = *sealed;
    // 31^7 names per router: a clash is rare, five in a row a bug.
    for (int attempt = 0; attempt < 5; ++attempt) {
        grant.username = newUsername();
        auto created = m_grants.create(grant);
        if (created)
            return *created;
        if (created.error().code != models::ErrorCode::Conflict)
            return fromModels(created.error());
    }
    return Error{ErrorCode::Internal, tr("Could not find a free hotspot user name."), {}};
}

Result<std::optional<qint64>> GrantFactory::forVoucher(const models::Voucher &voucher, const models::VoucherUsage &usage,
                                                       qint64 routerId) const
{
    models::Grant grant;
    grant.routerId = routerId;
    grant.packageId = voucher.packageId;
    grant.voucherId = voucher.id;
    grant.username = voucher.code;
    grant.mac = usage.mac;
    grant.state = models::GrantState::Active;
    grant.startsAt = usage.firstUsedAt;
    grant.expiresAt = std::max(usage.expiresAt, usage.firstUsedAt);
    if (!voucher.pinSealed.isEmpty()) {
        grant.passwordSealed = voucher.pinSealed;
    } else {
        auto sealed = m_box.seal(voucher.code);
        if (!sealed)
            return fromModels(sealed.error());
        grant.passwordSealed = *sealed;
    }
    auto created = m_grants.create(grant);
    if (created)
        return std::optional<qint64>(*created);
    if (created.error().code == models::ErrorCode::Conflict)
        return std::optional<qint64>();
    return fromModels(created.error());
}

} // namespace lango::app
