#include "app/mpesa/stkcallback.h"

#include "app/mpesa/darajajson.h"
#include "app/mpesa/eattime.h"

#include <QJsonArray>

namespace lango::app::mpesa {

namespace {

Error bad(const QString &detail)
{
    return Error::invalid(StkCallback::tr("The M-Pesa payment callback is malformed: %1").arg(detail), detail);
}

// Callback metadata items by Name; first occurrence wins, junk items are skipped.
QJsonObject itemsByName(const QJsonArray &items)
{
    QJsonObject byName;
    for (const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        const QString name = object.value(QLatin1String("Name")).toString();
        if (!name.isEmpty() && !byName.contains(name))
            byName.insert(name, object.contains(QLatin1String("Value")) ? object.value(QLatin1String("Value"))
                                                                       : QJsonValue(QJsonValue::Undefined));
    }
    return byName;
}

Result<void> readMetadata(const QJsonObject &callback, StkCallback &out)
{
    const QJsonValue metadata = callback.value(QLatin1String("CallbackMetadata"));
    if (!metadata.isObject())
        return bad(QStringLiteral("CallbackMetadata is missing on a successful payment"));
    const QJsonValue itemList = metadata.toObject().value(QLatin1String("Item"));
    if (!itemList.isArray())
        return bad(QStringLiteral("CallbackMetadata.Item is not a list"));
    const QJsonObject items = itemsByName(itemList.toArray());

    const auto cents = DarajaJson::cents(items.value(QLatin1String("Amount")));
    if (!cents)
        return bad(QStringLiteral("Amount is missing, not positive or has fractions of a cent"));
    out.amountCents = *cents;

    const auto receipt = DarajaJson::text(items.value(QLatin1String("MpesaReceiptNumber")));
    if (!receipt || receipt->isEmpty() || receipt->size() > 32)
        return bad(QStringLiteral("MpesaReceiptNumber is missing"));
    out.receipt = *receipt;

    const QJsonValue date = items.value(QLatin1String("TransactionDate"));
    if (!date.isUndefined() && !date.isNull()) {
        const auto text = DarajaJson::text(date);
        const auto epoch = text ? EatTime::toEpochSeconds(*text) : std::nullopt;
        if (!epoch)
            return bad(QStringLiteral("TransactionDate is not a YYYYMMDDHHmmss date"));
        out.transactionDate = *text;
        out.transactionTime = *epoch;
    }

    // Optional and sometimes masked or absent (daraja.md 5): kept as text.
    out.phone = DarajaJson::text(items.value(QLatin1String("PhoneNumber"))).value_or(QString());
    return {};
}

} // namespace

Result<StkCallback> StkCallback::parse(const QByteArray &body)
{
    auto root = DarajaJson::parseObject(body, tr("M-Pesa payment callback"));
    if (!root)
        return root.error();
    const QJsonValue bodyValue = root->value(QLatin1String("Body"));
    if (!bodyValue.isObject())
        return bad(QStringLiteral("Body is missing"));
    const QJsonValue callbackValue = bodyValue.toObject().value(QLatin1String("stkCallback"));
    if (!callbackValue.isObject())
        return bad(QStringLiteral("Body.stkCallback is missing"));
    const QJsonObject callback = callbackValue.toObject();

    StkCallback out;
    const QJsonValue checkout = callback.value(QLatin1String("CheckoutRequestID"));
    if (!checkout.isString() || checkout.toString().trimmed().isEmpty())
        return bad(QStringLiteral("CheckoutRequestID is missing"));
    out.checkoutRequestId = checkout.toString().trimmed();
    out.merchantRequestId = DarajaJson::text(callback.value(QLatin1String("MerchantRequestID"))).value_or(QString());

    const auto code = DarajaJson::text(callback.value(QLatin1String("ResultCode")));
    if (!code || code->isEmpty())
        return bad(QStringLiteral("ResultCode is missing"));
    out.resultCode = *code;
    out.resultDesc = callback.value(QLatin1String("ResultDesc")).toString();

    if (out.isPaid()) {
        if (auto ok = readMetadata(callback, out); !ok)
            return ok.error();
    }
    return out;
}

} // namespace lango::app::mpesa
