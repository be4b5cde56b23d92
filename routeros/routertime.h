#pragma once

// RouterOS time and date text. Durations come as "1h30m", "1d00:30:00",
// "00:30:00", "2w3d4h", "45s", "500ms" or a plain number of seconds; dates as
// "jan/02/2024" before RouterOS 7.10 and "2024-01-02" since.

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

#include <optional>

namespace lango::routeros {

class RouterTime final
{
public:
    RouterTime() = delete;

    // Milliseconds, or nullopt when the text is not a duration.
    [[nodiscard]] static std::optional<qint64> parseDurationMs(QStringView text);
    // Whole seconds (milliseconds dropped), or nullopt.
    [[nodiscard]] static std::optional<qint64> parseDuration(QStringView text);
    // "2w3d4h5m6s" style, largest unit first, zero units left out; "0s" for 0.
    [[nodiscard]] static QString formatDuration(qint64 seconds);
    [[nodiscard]] static QString formatDurationMs(qint64 ms);

    // "jan/02/2024" or "2024-01-02".
    [[nodiscard]] static QDate parseDate(QStringView text);
    // "HH:MM:SS"
    [[nodiscard]] static QTime parseTime(QStringView text);
    // A router date-time ("jan/02/2024 10:00:00", "2024-01-02 10:00:00", or a
    // bare "10:00:00" meaning `today`) in the router's wall clock; the
    // result carries `utcOffsetSeconds`. Invalid when unparsable.
    [[nodiscard]] static QDateTime parseDateTime(QStringView text, int utcOffsetSeconds, QDate today = {});
    [[nodiscard]] static QString formatDate(QDate date, bool isoStyle);
    // RouterOS 7.10 switched dates to ISO style.
    [[nodiscard]] static bool usesIsoDates(QStringView version);
};

} // namespace lango::routeros
