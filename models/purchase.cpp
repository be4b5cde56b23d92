#include "models/purchase.h"

namespace lango::models {

QString Purchase::stateKey(PurchaseState state)
{
    switch (state) {
    case PurchaseState::Pending: return QStringLiteral("pending");
    case PurchaseState::Paid: return QStringLiteral("paid");
    case PurchaseState::Active: return QStringLiteral("active");
    case PurchaseState::Failed: return QStringLiteral("failed");
    case PurchaseState::Expired: return QStringLiteral("expired");
    }
    return {};
}

std::optional<PurchaseState> Purchase::stateFromKey(const QString &key)
{
    for (PurchaseState s : {PurchaseState::Pending, PurchaseState::Paid, PurchaseState::Active, PurchaseState::Failed,
                            PurchaseState::Expired}) {
        if (stateKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString Grant::stateKey(GrantState state)
{
    switch (state) {
    case GrantState::Pending: return QStringLiteral("pending");
    case GrantState::Active: return QStringLiteral("active");
    case GrantState::Expired: return QStringLiteral("expired");
    case GrantState::Revoked: return QStringLiteral("revoked");
    }
    return {};
}

std::optional<GrantState> Grant::stateFromKey(const QString &key)
{
    for (GrantState s : {GrantState::Pending, GrantState::Active, GrantState::Expired, GrantState::Revoked}) {
        if (stateKey(s) == key)
            return s;
    }
    return std::nullopt;
}

} // namespace lango::models
