#include "app/mpesa/eattime.h"

#include <QDate>
#include <QTime>

namespace lango::app::mpesa {

Clock EatTime::systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

QString EatTime::timestamp(const QDateTime &instant)
{
    // toOffsetFromUtc converts from whatever spec the instant carries; the
    // result is formatted in that fixed offset, never in the host's zone.
    return instant.toOffsetFromUtc(OffsetSeconds).toString(QStringLiteral("yyyyMMddHHmmss"));
}

std::optional<qint64> EatTime::toEpochSeconds(QStringView timestamp)
{
    if (timestamp.size() != 14)
        return std::nullopt;
    for (const QChar c : timestamp) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    const auto part = [&](int from, int length) { return timestamp.mid(from, length).toInt(); };
    const QDate date(part(0, 4), part(4, 2), part(6, 2));
    const QTime time(part(8, 2), part(10, 2), part(12, 2));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC).toSecsSinceEpoch() - OffsetSeconds;
}

} // namespace lango::app::mpesa
