#pragma once

#include "common/result.h"

namespace lango::app {

enum class ErrorCode {
    BadInput,      // the caller's input is wrong: HTTP 400, CLI exit 1
    NotFound,      // HTTP 404
    Conflict,      // HTTP 409
    Unauthorized,  // HTTP 401/403
    Upstream,      // a router or Daraja failed: HTTP 502
    Unavailable,   // temporarily unable (database or a router down): HTTP 503
    RateLimited,   // too many attempts; try again later: HTTP 429
    Internal,      // a bug or an unexpected state: HTTP 500
};

using Error = BasicError<ErrorCode>;

template <typename T>
using Result = lango::Result<T, Error>;

} // namespace lango::app
