#include "app/routers/grantfactory.h"

#include "app/core/office.h"
#include <QSet>

#include <algorithm>
#include <numeric>

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
    auto ids = forPurchases({Sale{&purchase, &package}}, startsAt, state);
    if (!ids)
        return ids.error();
    return ids->first();
}

Result<QList<qint64>> GrantFactory::forPurchases(const QList<Sale> &sales, qint64 startsAt, models::GrantState state) const
{
    QList<models::Grant> grants;
    grants.reserve(sales.size());
    for (const Sale &sale : sales) {
        models::Grant grant;
        grant.routerId = sale.purchase->routerId;
        grant.packageId = sale.package->id;
        grant.customerId = sale.purchase->customerId;
        grant.mac = sale.purchase->mac;
        grant.ip = sale.purchase->ip;
        grant.state = state;
        grant.startsAt = startsAt;
        grant.expiresAt = startsAt + sale.package->durationSeconds;
        auto sealed = m_box.seal(models::SecureRandom::readable(8));
        if (!sealed)
            return fromModels(sealed.error());
        grant.passwordSealed = *sealed;
        grants << grant;
    }
    QList<qint64> ids(sales.size(), 0);
    QList<qsizetype> unnamed(sales.size());   // the sales still without a grant
    std::iota(unnamed.begin(), unnamed.end(), 0);
    // 31^7 names per router: a clash is rare, five in a row a bug.
    for (int attempt = 0; attempt < 5 && !unnamed.isEmpty(); ++attempt) {
        QList<models::Grant> tried;
        QSet<QString> names;   // distinct within the statement too
        for (const qsizetype i : unnamed) {
            do
                grants[i].username = newUsername();
            while (names.contains(grants.at(i).username));
            names.insert(grants.at(i).username);
            tried << grants.at(i);
        }
        auto created = m_grants.createMany(tried);
        if (!created)
            return fromModels(created.error());
        QList<qsizetype> clashed;
        for (qsizetype k = 0; k < unnamed.size(); ++k) {
            if (created->at(k))
                ids[unnamed.at(k)] = *created->at(k);
            else
                clashed << unnamed.at(k);
        }
        unnamed = clashed;
    }
    if (!unnamed.isEmpty())
        return Error{ErrorCode::Internal, tr("Could not find a free hotspot user name."), {}};
    return ids;
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
