#include "app/vouchers/voucherjson.h"

#include <QJsonArray>

namespace lango::app {

namespace {
QJsonValue timeOrNull(qint64 seconds)
{
    return seconds ? QJsonValue(seconds) : QJsonValue();
}
} // namespace

QJsonObject VoucherJson::batch(const models::VoucherBatch &b)
{
    return QJsonObject{
        {QStringLiteral("id"), b.id},
        {QStringLiteral("package_id"), b.packageId},
        {QStringLiteral("package"), b.packageName},
        {QStringLiteral("router"), b.routerId ? QJsonValue(b.routerName) : QJsonValue()},
        {QStringLiteral("seller_id"), b.sellerId ? QJsonValue(b.sellerId) : QJsonValue()},
        {QStringLiteral("seller"), b.sellerName},
        {QStringLiteral("count"), b.count},
        {QStringLiteral("price_cents"), b.priceCents},
        {QStringLiteral("price_kes"), double(b.priceCents) / 100.0},
        {QStringLiteral("code_length"), b.codeLength},
        {QStringLiteral("prefix"), b.prefix},
        {QStringLiteral("with_pin"), b.withPin},
        {QStringLiteral("for_paybill"), b.forPaybill},
        {QStringLiteral("created_at"), b.createdAt},
        {QStringLiteral("retired_at"), timeOrNull(b.retiredAt)},
        {QStringLiteral("pushed"), b.pushed},
        {QStringLiteral("unused"), b.unused},
        {QStringLiteral("in_use"), b.inUse},
        {QStringLiteral("expired"), b.expired},
        {QStringLiteral("retired"), b.retired},
        {QStringLiteral("sold"), b.sold},
    };
}

QJsonObject VoucherJson::voucher(const models::Voucher &v, const QString &password)
{
    return QJsonObject{
        {QStringLiteral("id"), v.id},
        {QStringLiteral("batch_id"), v.batchId},
        {QStringLiteral("code"), v.code},
        {QStringLiteral("password"), password},
        {QStringLiteral("state"), models::Voucher::stateKey(v.state)},
        {QStringLiteral("pushed_at"), timeOrNull(v.pushedAt)},
        {QStringLiteral("sold_at"), timeOrNull(v.soldAt)},
        {QStringLiteral("sold_by"), v.soldBy ? QJsonValue(v.soldBy) : QJsonValue()},
        {QStringLiteral("sold_to"), v.soldTo.isEmpty() ? QJsonValue() : QJsonValue(v.soldTo)},
        {QStringLiteral("first_used_at"), timeOrNull(v.firstUsedAt)},
        {QStringLiteral("mac"), v.mac},
        {QStringLiteral("expires_at"), timeOrNull(v.expiresAt)},
    };
}

QJsonObject VoucherJson::push(const VoucherPushReport &r)
{
    return QJsonObject{
        {QStringLiteral("batch_id"), r.batchId},
        {QStringLiteral("total"), r.total},
        {QStringLiteral("added"), r.added},
        {QStringLiteral("existed"), r.existed},
        {QStringLiteral("failed"), r.failed},
        {QStringLiteral("cancelled"), r.cancelled},
        {QStringLiteral("complete"), r.complete()},
        {QStringLiteral("problems"), QJsonArray::fromStringList(r.problems)},
    };
}

QJsonObject VoucherJson::sync(const VoucherSyncReport &r)
{
    return QJsonObject{
        {QStringLiteral("router"), r.routerName},
        {QStringLiteral("on_router"), r.onRouter},
        {QStringLiteral("in_use"), r.inUse},
        {QStringLiteral("newly_in_use"), r.newlyInUse},
        {QStringLiteral("expired"), r.expired},
        {QStringLiteral("vanished"), r.vanished},
        {QStringLiteral("removed"), r.removed},
        {QStringLiteral("grants_created"), r.grantsCreated},
    };
}

} // namespace lango::app
