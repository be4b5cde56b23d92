#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace lango::app::mpesa {

// The small JSON bodies Lango answers Safaricom's callbacks with (daraja.md 5, 8).
class CallbackReply final
{
public:
    // C2B validation rejections, ResultCode C2B00011..C2B00016.
    enum class C2bRejection {
        InvalidMsisdn = 11,
        InvalidAccountNumber = 12,
        InvalidAmount = 13,
        InvalidKycDetails = 14,
        InvalidShortcode = 15,
        OtherError = 16,
    };

    // {"ResultCode":0,"ResultDesc":"Accepted"}: STK callbacks and C2B confirmations.
    [[nodiscard]] static QJsonObject accepted();
    // {"ResultCode":"0","ResultDesc":"Accepted"}: C2B validation, let the payment through.
    [[nodiscard]] static QJsonObject validationAccepted();
    // {"ResultCode":"C2B00012","ResultDesc":"Rejected"}: C2B validation, refuse it.
    [[nodiscard]] static QJsonObject validationRejected(C2bRejection reason);
    [[nodiscard]] static QByteArray toBytes(const QJsonObject &reply);
};

} // namespace lango::app::mpesa
