#pragma once

#include "app/billing/billingtypes.h"
#include "app/core/error.h"

#include <QByteArray>

namespace lango::app {

// The body of POST /api/portal/purchases as a PurchaseRequest: JSON only,
// an object, at most kMaxBytes; field values are checked later by the
// billing service (they name the field that is wrong).
class PortalRequest final
{
public:
    static constexpr qsizetype kMaxBytes = 16 * 1024;

    PortalRequest() = delete;
    [[nodiscard]] static Result<PurchaseRequest> parsePurchase(const QByteArray &body);
};

} // namespace lango::app
