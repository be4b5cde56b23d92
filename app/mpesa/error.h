#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace lango::app::mpesa {

// Closed set of failures of the M-Pesa part (STYLE.md 2.5). Internal comes
// first so a default-constructed Result (an empty error) reads as a bug.
enum class ErrorCode {
    Internal,     // a bug or an unexpected state
    Invalid,      // input refused before anything was sent (phone, amount, a callback body)
    Config,       // Lango's M-Pesa settings are wrong (shortcode, passkey, base URL)
    Auth,         // Daraja refused the keys or the access token
    BadRequest,   // Daraja refused the request as malformed (400.002.02, 400.002.05)
    Rejected,     // Daraja refused it for a reason retrying will not fix
    Busy,         // Daraja or the customer's line is busy: try later
    Pending,      // the transaction is still being processed (STK Query)
    Network,      // Daraja could not be reached
    Timeout,      // Daraja did not answer in time
    BadResponse,  // Daraja answered something Lango cannot read
};

// The Daraja call an error came from; it picks the wording of messages and
// the meaning of the overloaded 500.001.1001.
enum class ApiCall { Token, StkPush, StkQuery, RegisterC2b, Callback };

struct Error final
{
    ErrorCode code = ErrorCode::Internal;
    QString message;       // tr() sentence staff can act on
    QString detail;        // technical text for the log (never secrets)
    int httpStatus = 0;    // 0 when no HTTP answer came
    QString errorCode;     // Daraja's errorCode, e.g. "400.002.02"
    QString errorMessage;  // Daraja's errorMessage, e.g. "Bad Request - Invalid Amount"
    QString requestId;     // Daraja's requestId, for Safaricom support
    bool retryable = false;  // the same request may succeed later

    [[nodiscard]] bool isInvalidToken() const;
    // Worth an automatic retry with back-off (never used for STK Push).
    [[nodiscard]] bool isTransient() const;
    [[nodiscard]] QString codeName() const;

    [[nodiscard]] static Error invalid(const QString &message, const QString &detail = {});
    [[nodiscard]] static Error config(const QString &message, const QString &detail = {});
    [[nodiscard]] static Error internal(const QString &detail);
    // An HTTP answer that is not a 2xx, or a 2xx whose body is not JSON.
    [[nodiscard]] static Error fromHttp(ApiCall call, int httpStatus, const QByteArray &body);
    // No HTTP answer. mayHaveArrived: the request may have reached Daraja,
    // so an STK Push must not be sent again.
    [[nodiscard]] static Error network(ApiCall call, const QString &detail, bool mayHaveArrived);
    [[nodiscard]] static Error timeout(ApiCall call, int seconds);
    [[nodiscard]] static Error badResponse(ApiCall call, const QString &detail);

    Q_DECLARE_TR_FUNCTIONS(MpesaError)
};

template <typename T>
using Result = lango::Result<T, Error>;

} // namespace lango::app::mpesa
