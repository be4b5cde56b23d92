#pragma once

#include "app/core/error.h"
#include "models/grantstore.h"
#include "models/package.h"
#include "models/purchase.h"
#include "models/secretbox.h"
#include "models/voucher.h"

#include <QCoreApplication>

#include <optional>

namespace lango::app {

class Office;

// The one way a grant is made (DESIGN.md, "Grants"). A paid grant gets a
// hotspot user of its own: `m` and seven readable CSPRNG characters, unique
// per router (retried on the rare clash), with a random sealed password. A
// voucher's grant is its code on the router, its PIN (else the code) as
// password, from its first use. Blocking database calls, inside the
// caller's transaction.
class GrantFactory final
{
    Q_DECLARE_TR_FUNCTIONS(GrantFactory)

public:
    explicit GrantFactory(Office &office);
    // With a store of its own (the demo's history writes at past moments).
    GrantFactory(const models::GrantStore &grants, const models::SecretBox &box) : m_grants(grants), m_box(box) {}

    // A paid purchase's grant, `startsAt` now for a live sale: pending
    // until the router has its user. History (the demo's month of sales)
    // passes its own moment and state.
    [[nodiscard]] Result<qint64> forPurchase(const models::Purchase &purchase, const models::Package &package, qint64 startsAt,
                                             models::GrantState state = models::GrantState::Pending) const;
    struct Sale
    {
        const models::Purchase *purchase = nullptr;
        const models::Package *package = nullptr;
    };
    // forPurchase for several sales in one statement (more only on a name
    // clash): their grants' ids, in order.
    [[nodiscard]] Result<QList<qint64>> forPurchases(const QList<Sale> &sales, qint64 startsAt,
                                                     models::GrantState state = models::GrantState::Pending) const;
    // A voucher first seen in use on `routerId`: active from its first
    // login. Empty when that grant exists already (another desk's sync made
    // it); the caller's savepoint keeps its transaction usable then.
    [[nodiscard]] Result<std::optional<qint64>> forVoucher(const models::Voucher &voucher, const models::VoucherUsage &usage,
                                                           qint64 routerId) const;

    // A fresh hotspot user name for a paid grant.
    static QString newUsername();

private:
    const models::GrantStore &m_grants;
    const models::SecretBox &m_box;
};

} // namespace lango::app
