#pragma once

#include "common/result.h"

namespace lango::models {

enum class ErrorCode {
    NotFound,   // no row with that id or name
    Conflict,   // a unique rule was broken (name taken, receipt seen before)
    Invalid,    // the value breaks a domain rule; nothing was written
    Database,   // the database failed or is unreachable
    Migration,  // the schema is missing, broken, or newer than this binary
};

using Error = BasicError<ErrorCode>;

template <typename T>
using Result = lango::Result<T, Error>;

inline Error invalid(const QString &message, const QString &detail = {})
{
    return Error{ErrorCode::Invalid, message, detail};
}

} // namespace lango::models
