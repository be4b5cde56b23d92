#pragma once

#include "app/error.h"

#include <QHttpServerResponse>
#include <QJsonObject>

namespace lango::app {

// The one mapping from app::Error to HTTP (STYLE.md 2.5): {error, message}
// with a 4xx for the caller's mistakes, 5xx for ours.
struct HttpJson
{
    static QHttpServerResponder::StatusCode statusFor(ErrorCode code);
    static QString errorKey(ErrorCode code);
    static QJsonObject errorBody(const Error &error);
    static QHttpServerResponse error(const Error &error);
    static QHttpServerResponse ok(const QJsonObject &body,
                                  QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok);
};

} // namespace lango::app
