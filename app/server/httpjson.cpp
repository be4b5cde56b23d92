#include "app/server/httpjson.h"

namespace lango::app {

int HttpJson::statusFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::BadInput: return http::status::BadRequest;
    case ErrorCode::NotFound: return http::status::NotFound;
    case ErrorCode::Conflict: return http::status::Conflict;
    case ErrorCode::Unauthorized: return http::status::Forbidden;
    case ErrorCode::Upstream: return http::status::BadGateway;
    case ErrorCode::Unavailable: return http::status::ServiceUnavailable;
    case ErrorCode::RateLimited: return http::status::TooManyRequests;
    case ErrorCode::Internal: return http::status::InternalServerError;
    }
    return http::status::InternalServerError;
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
    QJsonObject body{{QStringLiteral("error"), errorKey(error.code)}, {QStringLiteral("message"), error.message}};
    if (error.code == ErrorCode::BadInput && !error.detail.isEmpty())
        body.insert(QStringLiteral("field"), error.detail);   // the field that is wrong
    if (error.code == ErrorCode::Conflict && !error.detail.isEmpty())
        body.insert(QStringLiteral("error"), error.detail);   // e.g. already_active
    return body;
}

http::HttpResponse HttpJson::error(const Error &error)
{
    http::HttpResponse response = http::HttpResponse::json(errorBody(error), statusFor(error.code));
    if (error.code == ErrorCode::RateLimited)
        response.setField(QByteArrayLiteral("Retry-After"), QByteArray::number(std::max(1, error.retryAfterSeconds)));
    return response;
}

http::HttpResponse HttpJson::ok(const QJsonObject &body, int status)
{
    return http::HttpResponse::json(body, status);
}

} // namespace lango::app
