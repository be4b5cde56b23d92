#include "app/mpesa/callbackreply.h"

#include <QJsonDocument>

namespace lango::app::mpesa {

QJsonObject CallbackReply::accepted()
{
    return {{QStringLiteral("ResultCode"), 0}, {QStringLiteral("ResultDesc"), QStringLiteral("Accepted")}};
}

QJsonObject CallbackReply::validationAccepted()
{
    return {{QStringLiteral("ResultCode"), QStringLiteral("0")},
            {QStringLiteral("ResultDesc"), QStringLiteral("Accepted")}};
}

QJsonObject CallbackReply::validationRejected(C2bRejection reason)
{
    return {{QStringLiteral("ResultCode"), QStringLiteral("C2B%1").arg(static_cast<int>(reason), 5, 10, QLatin1Char('0'))},
            {QStringLiteral("ResultDesc"), QStringLiteral("Rejected")}};
}

QByteArray CallbackReply::toBytes(const QJsonObject &reply)
{
    return QJsonDocument(reply).toJson(QJsonDocument::Compact);
}

} // namespace lango::app::mpesa
