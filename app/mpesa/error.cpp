#include "app/mpesa/error.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <iterator>

namespace lango::app::mpesa {

namespace {

QString what(ApiCall call)
{
    switch (call) {
    case ApiCall::Token: return Error::tr("Signing in to M-Pesa (Daraja)");
    case ApiCall::StkPush: return Error::tr("Sending the M-Pesa payment prompt");
    case ApiCall::StkQuery: return Error::tr("Checking the M-Pesa payment status");
    case ApiCall::RegisterC2b: return Error::tr("Registering the paybill/till callback addresses");
    case ApiCall::Callback: return Error::tr("Delivering the M-Pesa callback");
    }
    return {};
}

Error make(ErrorCode code, bool retryable, const QString &message)
{
    Error e;
    e.code = code;
    e.retryable = retryable;
    e.message = message;
    return e;
}

// Daraja's errorCode decides, not the HTTP status: the same condition comes
// with different statuses on different APIs (daraja.md 2, 3).
Error classify(ApiCall call, const QString &code, const QString &text, int status)
{
    const QString step = what(call);
    const QString lower = text.toLower();
    if (code == QLatin1String("404.001.03") || code == QLatin1String("400.003.01"))
        return make(ErrorCode::Auth, true,
                    Error::tr("%1 failed: M-Pesa did not accept the access token. Check that the Daraja "
                              "keys belong to the [mpesa] environment in use.").arg(step));
    if (code == QLatin1String("400.008.01"))
        return make(ErrorCode::Auth, false,
                    Error::tr("M-Pesa refused the consumer key or secret. Check the Daraja keys and that "
                              "[mpesa] environment matches them (sandbox or production)."));
    if (code == QLatin1String("400.008.02") || code == QLatin1String("404.001.04"))
        return make(ErrorCode::Auth, false,
                    Error::tr("%1 failed: M-Pesa refused how Lango signed in (%2). This is a Lango bug; "
                              "please report it.").arg(step, text));
    if (code == QLatin1String("400.002.02") || code == QLatin1String("400.002.05"))
        return make(ErrorCode::BadRequest, false,
                    Error::tr("%1 failed: M-Pesa refused the request (%2). Check the phone number, the "
                              "amount and the M-Pesa settings.").arg(step, text));
    if (code == QLatin1String("404.001.01") || code == QLatin1String("405.001"))
        return make(ErrorCode::Config, false,
                    Error::tr("%1 failed: M-Pesa does not know this address. Check [mpesa] environment "
                              "and base_url.").arg(step));
    if (code == QLatin1String("500.003.02") || code == QLatin1String("500.003.03"))
        return make(ErrorCode::Busy, true,
                    Error::tr("%1 failed: M-Pesa is busy or is limiting requests. Lango will try again "
                              "shortly.").arg(step));
    if (code == QLatin1String("500.003.1001")) {
        if (lower.contains(QLatin1String("already registered")))
            return make(ErrorCode::Rejected, false,
                        Error::tr("The paybill/till callback addresses are already registered. Delete them "
                                  "on the Daraja portal (URL Management) before registering again."));
        return make(ErrorCode::Busy, true,
                    Error::tr("%1 failed: M-Pesa had an internal error. Try again in a minute.").arg(step));
    }
    if (code == QLatin1String("500.001.1001")) {
        if (lower.contains(QLatin1String("being processed")) || lower.contains(QLatin1String("under processing")))
            return make(ErrorCode::Pending, true,
                        Error::tr("The M-Pesa payment is still being processed."));
        if (lower.contains(QLatin1String("lock subscriber")))
            return make(ErrorCode::Busy, true,
                        Error::tr("The customer already has an M-Pesa request open on the phone. Ask them "
                                  "to close it and try again in a minute."));
        if (lower.contains(QLatin1String("merchant does not exist")))
            return make(ErrorCode::Config, false,
                        Error::tr("M-Pesa does not know the shortcode. Check [mpesa] shortcode and type."));
        if (lower.contains(QLatin1String("wrong credentials")))
            return make(ErrorCode::Config, false,
                        Error::tr("M-Pesa refused the passkey for this shortcode. Check the M-Pesa passkey "
                                  "and [mpesa] shortcode."));
    }
    if (code.isEmpty() && status >= 500)  // a proxy or gateway answered, not Daraja
        return make(ErrorCode::Busy, true,
                    Error::tr("%1 failed: M-Pesa is not answering properly (HTTP %2). Try again in a "
                              "minute.").arg(step).arg(status));
    if (code.isEmpty() && (status == 401 || status == 403))
        return make(ErrorCode::Auth, status == 401,
                    Error::tr("%1 failed: M-Pesa refused access (HTTP %2). Check the Daraja keys.")
                        .arg(step).arg(status));
    return make(ErrorCode::Rejected, false,
                Error::tr("%1 failed: M-Pesa refused the request (%2).")
                    .arg(step, text.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : text));
}

} // namespace

bool Error::isInvalidToken() const
{
    return errorCode == QLatin1String("404.001.03") || errorCode == QLatin1String("400.003.01");
}

bool Error::isTransient() const
{
    return retryable && (code == ErrorCode::Busy || code == ErrorCode::Network || code == ErrorCode::Timeout);
}

QString Error::codeName() const
{
    static const char *const names[] = {"internal", "invalid", "config", "auth", "bad_request", "rejected",
                                        "busy", "pending", "network", "timeout", "bad_response"};
    const auto index = static_cast<std::size_t>(code);
    return index < std::size(names) ? QString::fromLatin1(names[index]) : QStringLiteral("unknown");
}

Error Error::invalid(const QString &message, const QString &detail)
{
    Error e = make(ErrorCode::Invalid, false, message);
    e.detail = detail;
    return e;
}

Error Error::config(const QString &message, const QString &detail)
{
    Error e = make(ErrorCode::Config, false, message);
    e.detail = detail;
    return e;
}

Error Error::internal(const QString &detail)
{
    Error e = make(ErrorCode::Internal, false,
                   tr("Something unexpected went wrong in the M-Pesa part of Lango. Please report it."));
    e.detail = detail;
    return e;
}

Error Error::fromHttp(ApiCall call, int httpStatus, const QByteArray &body)
{
    const QJsonObject envelope = QJsonDocument::fromJson(body).object();
    const QString code = envelope.value(QLatin1String("errorCode")).toString().trimmed();
    const QString text = envelope.value(QLatin1String("errorMessage")).toString().trimmed();
    Error e = classify(call, code, text, httpStatus);
    e.httpStatus = httpStatus;
    e.errorCode = code;
    e.errorMessage = text;
    e.requestId = envelope.value(QLatin1String("requestId")).toString();
    e.detail = code.isEmpty()
        ? QStringLiteral("HTTP %1: %2").arg(httpStatus).arg(QString::fromUtf8(body.left(200)).simplified())
        : QStringLiteral("HTTP %1 %2 %3 (requestId %4)").arg(httpStatus).arg(code, text, e.requestId);
    return e;
}

Error Error::network(ApiCall call, const QString &detail, bool mayHaveArrived)
{
    const bool push = call == ApiCall::StkPush;
    Error e = make(ErrorCode::Network, !(push && mayHaveArrived),
                   push && mayHaveArrived
                       ? tr("The connection to M-Pesa failed while sending the payment prompt. The customer "
                            "may still get it: wait a minute and check the payment before sending another.")
                       : tr("%1 failed: M-Pesa could not be reached. Check the internet connection.")
                             .arg(what(call)));
    e.detail = detail;
    return e;
}

Error Error::timeout(ApiCall call, int seconds)
{
    const bool push = call == ApiCall::StkPush;
    Error e = make(ErrorCode::Timeout, !push,
                   push ? tr("M-Pesa did not answer within %1 s. The customer may still get the prompt: "
                             "wait a minute and check the payment before sending another.").arg(seconds)
                        : tr("%1 failed: M-Pesa did not answer within %2 s.").arg(what(call)).arg(seconds));
    e.detail = QStringLiteral("no answer within %1 s").arg(seconds);
    return e;
}

Error Error::badResponse(ApiCall call, const QString &detail)
{
    Error e = make(ErrorCode::BadResponse, false,
                   tr("%1 failed: M-Pesa sent an answer Lango cannot read.").arg(what(call)));
    e.detail = detail;
    return e;
}

} // namespace lango::app::mpesa
