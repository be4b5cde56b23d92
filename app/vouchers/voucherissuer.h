#pragma once

#include "app/core/error.h"
#include "models/vouchercodes.h"

#include <QCoreApplication>

#include <optional>

namespace lango::app {

class Office;

// Who does a voucher action, for the audit log.
struct VoucherActor
{
    QString name;          // "cli:amina", "desk:kioo", "staff:wanjiku"
    qint64 staffId = 0;
};

struct GenerateRequest
{
    qint64 packageId = 0;
    qint64 routerId = 0;                   // 0 = every router that sells the package
    qint64 sellerId = 0;                   // 0 = no seller
    int count = 0;
    std::optional<qint64> priceCents;      // default: the package's price
    int randomLength = models::VoucherCodes::kDefaultRandom;
    QString prefix;
    bool withPin = false;                  // password is a PIN (sealed) instead of the code
    bool forPaybill = false;               // kept for paybill sales: texted to the phone that paid
    QString note;
};

// Makes a voucher batch: checks the request, draws the codes from the
// CSPRNG (and PINs, sealed under the office key) and stores batch, vouchers
// and the audit entry in one transaction. Blocking: call it on a database
// thread (VoucherService does).
class VoucherIssuer final
{
    Q_DECLARE_TR_FUNCTIONS(VoucherIssuer)

public:
    [[nodiscard]] static Result<qint64> issue(Office &office, const GenerateRequest &request, const VoucherActor &actor);
    // The checks alone, for dialogs and the CLI before any work.
    [[nodiscard]] static Result<void> validate(const GenerateRequest &request);
};

} // namespace lango::app
