#pragma once

#include <QTimeZone>

namespace lango {

// Kenya keeps East Africa Time all year: UTC+3, no daylight saving. What a
// customer, a seller or Daraja calls "today" or "14:05" is in it, whatever
// the server's own time zone.
inline constexpr int kKenyaUtcOffsetSeconds = 3 * 3600;

inline QTimeZone kenyaTimeZone()
{
    return QTimeZone(kKenyaUtcOffsetSeconds);
}

} // namespace lango
