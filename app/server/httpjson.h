#pragma once

#include "app/core/error.h"
#include "app/http/httpmessage.h"

#include <QJsonObject>

namespace lango::app {

// The one mapping from app::Error to HTTP (STYLE.md 2.5): {error, message}
// with a 4xx for the caller's mistakes, 5xx for ours; a bad field is named
// in "field", a conflict's own key (already_active) replaces "conflict", and
// a 429 says when to come back (Retry-After).
struct HttpJson
{
    static int statusFor(ErrorCode code);
    static QString errorKey(ErrorCode code);
    static QJsonObject errorBody(const Error &error);
    static http::HttpResponse error(const Error &error);
    static http::HttpResponse ok(const QJsonObject &body, int status = http::status::Ok);
};

} // namespace lango::app
