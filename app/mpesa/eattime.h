#pragma once

#include "common/kenyatime.h"

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <functional>
#include <optional>

namespace lango::app::mpesa {

// Source of "now" (UTC). Services take one so tests can move time.
using Clock = std::function<QDateTime()>;

// Daraja speaks Kenyan time (EAT, a fixed UTC+3 with no DST) in 14-digit
// YYYYMMDDHHmmss stamps. Everything here is independent of the host's TZ.
class EatTime final
{
public:
    static constexpr int OffsetSeconds = kKenyaUtcOffsetSeconds;

    // The system clock in UTC.
    [[nodiscard]] static Clock systemClock();

    // The Daraja timestamp of an instant, e.g. "20240101150000" for 12:00 UTC.
    [[nodiscard]] static QString timestamp(const QDateTime &instant);

    // UTC epoch seconds of a 14-digit EAT stamp; nullopt if it is not one
    // (wrong length, non-digits, impossible date or time).
    [[nodiscard]] static std::optional<qint64> toEpochSeconds(QStringView timestamp);
};

} // namespace lango::app::mpesa
