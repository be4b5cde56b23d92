#include "app/billing/portalrequest.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace lango::app {

Result<PurchaseRequest> PortalRequest::parsePurchase(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (body.size() > kMaxBytes || parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{ErrorCode::BadInput, QCoreApplication::translate("BillingHttp", "The request is not valid JSON."), {}};
    const QJsonObject object = document.object();
    auto text = [&object](const char *key) {
        const QJsonValue value = object.value(QLatin1String(key));
        // Numbers as numbers or strings; anything else counts as missing.
        if (value.isDouble()) {
            const double number = value.toDouble();
            return number >= 0 && number < 9.0e15 && number == double(qint64(number)) ? QString::number(qint64(number)) : QString();
        }
        return value.isString() ? value.toString().left(256) : QString();
    };
    PurchaseRequest request;
    request.packageId = text("package_id");
    request.phone = text("phone");
    request.mac = text("mac");
    request.ip = text("ip");
    request.router = text("router");
    request.extend = object.value(QStringLiteral("extend")).toBool();
    request.source = QStringLiteral("portal");
    // Only a language Lango writes texts in; anything else: the office's default.
    const QString language = text("language");
    if (language == QLatin1String("en") || language == QLatin1String("sw"))
        request.language = language;
    return request;
}

} // namespace lango::app
