#pragma once

// The RouterOS layer's error type (STYLE.md 2.5). `message` is a whole
// translated sentence naming the router; `detail` keeps the technical text
// (the router's own !trap words, the socket error) for the log.

#include "common/result.h"

namespace lango::routeros {

enum class ErrorCode {
    Refused,        // TCP connection refused: API service off, other port, or address filter
    HostNotFound,   // the router's host name does not resolve
    Unreachable,    // no route, network down or another socket failure while connecting
    Timeout,        // connect, login or a command did not finish in time
    Login,          // the router refused the user name or password (or the api policy)
    Tls,            // API-SSL handshake or certificate check failed
    Protocol,       // the router sent bytes that are not RouterOS API sentences
    Disconnected,   // not connected (fail-fast) or the connection was lost mid-command
    Fatal,          // the router sent !fatal and closed the connection
    Trap,           // the router refused a command (!trap); detail is its text
    AlreadyExists,  // a !trap saying the item already exists (e.g. duplicate hotspot user)
    NotFound,       // the item does not exist ("no such item", or a typed lookup found nothing)
    InvalidInput,   // Lango refused to send the input (e.g. a name a script cannot quote)
    Cancelled,      // the caller cancelled the command
    UnknownRouter,  // the pool has no router by that name
};

using Error = lango::BasicError<ErrorCode>;

template <typename T>
using Result = lango::Result<T, Error>;

} // namespace lango::routeros
