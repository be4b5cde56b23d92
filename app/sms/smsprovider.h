#pragma once

#include "app/core/error.h"

#include <QFuture>
#include <QString>

namespace lango::app::sms {

// What a provider said about one message it took.
struct SmsAccepted
{
    QString messageId;   // for its delivery report
    QString cost;        // "KES 0.8000"
};

// Sends one text. Errors: BadInput for a refusal that will not pass (an
// invalid number, a blacklisted one: do not retry), Unavailable for one
// that may (no balance, the provider refused for now, the request never
// left: retry later), Upstream when the request left but no answer came:
// the provider may have taken it, and a second try could text twice.
class SmsProvider
{
public:
    virtual ~SmsProvider() = default;
    virtual QString name() const = 0;
    [[nodiscard]] virtual QFuture<Result<SmsAccepted>> send(const QString &phone, const QString &text) = 0;
};

} // namespace lango::app::sms
