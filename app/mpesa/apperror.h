#pragma once

// Wraps an M-Pesa error in the app layer's error (STYLE.md 2.5), keeping
// its message and detail. Header-only so lango_mpesa needs nothing from lango_app.

#include "app/core/error.h"
#include "app/mpesa/error.h"

namespace lango::app::mpesa {

[[nodiscard]] inline app::Error toAppError(const Error &error)
{
    app::ErrorCode code = app::ErrorCode::Upstream;
    switch (error.code) {
    case ErrorCode::Invalid: code = app::ErrorCode::BadInput; break;
    case ErrorCode::Internal:
    case ErrorCode::Config: code = app::ErrorCode::Internal; break;
    case ErrorCode::Busy:
    case ErrorCode::Pending:
    case ErrorCode::Network:
    case ErrorCode::Timeout: code = app::ErrorCode::Unavailable; break;
    case ErrorCode::Auth:
    case ErrorCode::BadRequest:
    case ErrorCode::Rejected:
    case ErrorCode::BadResponse: code = app::ErrorCode::Upstream; break;
    }
    app::Error wrapped;
    wrapped.code = code;
    wrapped.message = error.message;
    wrapped.detail = error.detail.isEmpty() ? error.errorCode : error.detail;
    return wrapped;
}

} // namespace lango::app::mpesa
