#pragma once

#include "app/vouchers/voucherpush.h"
#include "app/vouchers/vouchersync.h"
#include "models/voucher.h"

#include <QJsonObject>

namespace lango::app {

// The JSON shapes of `lango voucher ... --json` (scripts rely on them):
// snake_case keys, times in UTC epoch seconds, money in cents and KES.
struct VoucherJson
{
    static QJsonObject batch(const models::VoucherBatch &batch);
    static QJsonObject voucher(const models::Voucher &voucher, const QString &password);
    static QJsonObject push(const VoucherPushReport &report);
    static QJsonObject sync(const VoucherSyncReport &report);
};

} // namespace lango::app
