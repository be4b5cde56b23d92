#include "app/httpjson.h"

namespace lango::app {

using Status = QHttpServerResponder::StatusCode;

Status HttpJson::statusFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::BadInput: return Status::BadRequest;
    case ErrorCode::NotFound: return Status::NotFound;
    case ErrorCode::Conflict: return Status::Conflict;
    case ErrorCode::Unauthorized: return Status::Forbidden;
    case ErrorCode::Upstream: return Status::BadGateway;
    case ErrorCode::Unavailable: return Status::ServiceUnavailable;
    case ErrorCode::RateLimited: return Status::TooManyRequests;
    case ErrorCode::Internal: return Status::InternalServerError;
    }
    return Status::InternalServerError;
}

QString HttpJson::errorKey(ErrorCode code)
{
    switch (code) {
    case ErrorCode::BadInput: return QStringLiteral("bad_input");
    case ErrorCode::NotFound: return QStringLiteral("not_found");
    case ErrorCode::Conflict: return QStringLiteral("conflict");
    case ErrorCode::Unauthorized: return QStringLiteral("unauthorized");
    case ErrorCode::Upstream: return QStringLiteral("upstream");
    case ErrorCode::Unavailable: return QStringLiteral("unavailable");
    case ErrorCode::RateLimited: return QStringLiteral("rate_limited");
    case ErrorCode::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

QJsonObject HttpJson::errorBody(const Error &error)
{
    return QJsonObject{{QStringLiteral("error"), errorKey(error.code)}, {QStringLiteral("message"), error.message}};
}

QHttpServerResponse HttpJson::error(const Error &error)
{
    return QHttpServerResponse(errorBody(error), statusFor(error.code));
}

QHttpServerResponse HttpJson::ok(const QJsonObject &body, Status status)
{
    return QHttpServerResponse(body, status);
}

} // namespace lango::app
