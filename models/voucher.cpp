#include "models/voucher.h"

namespace lango::models {

QString Voucher::stateKey(VoucherState state)
{
    switch (state) {
    case VoucherState::Unused: return QStringLiteral("unused");
    case VoucherState::InUse: return QStringLiteral("in_use");
    case VoucherState::Expired: return QStringLiteral("expired");
    case VoucherState::Retired: return QStringLiteral("retired");
    }
    return {};
}

std::optional<VoucherState> Voucher::stateFromKey(const QString &key)
{
    for (VoucherState s : {VoucherState::Unused, VoucherState::InUse, VoucherState::Expired, VoucherState::Retired}) {
        if (stateKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString Voucher::stateLabel(VoucherState state)
{
    switch (state) {
    case VoucherState::Unused: return tr("Unused");
    case VoucherState::InUse: return tr("In use");
    case VoucherState::Expired: return tr("Expired");
    case VoucherState::Retired: return tr("Retired");
    }
    return {};
}

} // namespace lango::models
