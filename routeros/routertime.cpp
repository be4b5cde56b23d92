#include "routeros/routertime.h"

#include <QVersionNumber>

#include <array>

namespace lango::routeros {

namespace {

constexpr std::array<const char *, 12> Months = {"jan", "feb", "mar", "apr", "may", "jun",
                                                 "jul", "aug", "sep", "oct", "nov", "dec"};

// Parses "HH:MM:SS[.fff]" into ms.
std::optional<qint64> parseClock(QStringView text)
{
    const auto parts = text.split(QLatin1Char(':'));
    if (parts.size() != 3)
        return std::nullopt;
    bool okH = false;
    bool okM = false;
    const qint64 h = parts[0].toLongLong(&okH);
    const qint64 m = parts[1].toLongLong(&okM);
    QStringView secText = parts[2];
    qint64 fraction = 0;
    const qsizetype dot = secText.indexOf(QLatin1Char('.'));
    if (dot >= 0) {
        const QStringView frac = secText.sliced(dot + 1);
        bool okF = false;
        fraction = frac.left(3).toString().leftJustified(3, QLatin1Char('0')).toLongLong(&okF);
        if (!okF || frac.isEmpty())
            return std::nullopt;
        secText = secText.first(dot);
    }
    bool okS = false;
    const qint64 s = secText.toLongLong(&okS);
    if (!okH || !okM || !okS || h < 0 || m < 0 || m > 59 || s < 0 || s > 59)
        return std::nullopt;
    return ((h * 60 + m) * 60 + s) * 1000 + fraction;
}

} // namespace

std::optional<qint64> RouterTime::parseDurationMs(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool plain = false;
    const qint64 seconds = text.toLongLong(&plain);
    if (plain)
        return seconds >= 0 ? std::optional<qint64>(seconds * 1000) : std::nullopt;

    qint64 total = 0;
    qsizetype i = 0;
    bool any = false;
    while (i < text.size()) {
        if (text[i] == QLatin1Char(' ')) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < text.size() && text[j].isDigit())
            ++j;
        if (j == i)
            return std::nullopt;
        if (j < text.size() && text[j] == QLatin1Char(':')) {
            // The rest is a clock part: "00:30:00" or the tail of "1d00:30:00".
            const auto clock = parseClock(text.sliced(i));
            if (!clock)
                return std::nullopt;
            return total + *clock;
        }
        const qint64 value = text.sliced(i, j - i).toLongLong();
        qsizetype k = j;
        while (k < text.size() && text[k].isLetter())
            ++k;
        const QStringView unit = text.sliced(j, k - j);
        qint64 factor = 0;
        if (unit == u"w")
            factor = 7LL * 86400000;
        else if (unit == u"d")
            factor = 86400000;
        else if (unit == u"h")
            factor = 3600000;
        else if (unit == u"m")
            factor = 60000;
        else if (unit == u"s")
            factor = 1000;
        else if (unit == u"ms")
            factor = 1;
        else
            return std::nullopt;
        total += value * factor;
        any = true;
        i = k;
    }
    return any ? std::optional<qint64>(total) : std::nullopt;
}

std::optional<qint64> RouterTime::parseDuration(QStringView text)
{
    const auto ms = parseDurationMs(text);
    return ms ? std::optional<qint64>(*ms / 1000) : std::nullopt;
}

QString RouterTime::formatDuration(qint64 seconds)
{
    return formatDurationMs(seconds * 1000);
}

QString RouterTime::formatDurationMs(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("0s");
    QString out;
    const std::array<std::pair<qint64, char16_t>, 5> units = {
        {{7LL * 86400000, u'w'}, {86400000, u'd'}, {3600000, u'h'}, {60000, u'm'}, {1000, u's'}}};
    for (const auto &[size, letter] : units) {
        if (ms >= size) {
            out += QString::number(ms / size) + QChar(letter);
            ms %= size;
        }
    }
    if (ms > 0)
        out += QString::number(ms) + QStringLiteral("ms");
    return out;
}

QDate RouterTime::parseDate(QStringView text)
{
    text = text.trimmed();
    if (text.size() == 10 && text[4] == QLatin1Char('-'))
        return QDate::fromString(text.toString(), QStringLiteral("yyyy-MM-dd"));
    const auto parts = text.split(QLatin1Char('/'));
    if (parts.size() != 3)
        return {};
    int month = 0;
    for (int m = 0; m < 12; ++m) {
        if (parts[0].compare(QLatin1String(Months[m]), Qt::CaseInsensitive) == 0)
            month = m + 1;
    }
    bool okD = false;
    bool okY = false;
    const int day = parts[1].toInt(&okD);
    const int year = parts[2].toInt(&okY);
    if (month == 0 || !okD || !okY)
        return {};
    return QDate(year, month, day);
}

QTime RouterTime::parseTime(QStringView text)
{
    const auto ms = parseClock(text.trimmed());
    if (!ms || *ms >= 86400000)
        return {};
    return QTime::fromMSecsSinceStartOfDay(static_cast<int>(*ms));
}

QDateTime RouterTime::parseDateTime(QStringView text, int utcOffsetSeconds, QDate today)
{
    text = text.trimmed();
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    const QDate date = space < 0 ? today : parseDate(text.first(space));
    const QTime time = parseTime(space < 0 ? text : text.sliced(space + 1));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::OffsetFromUTC, utcOffsetSeconds);
}

QString RouterTime::formatDate(QDate date, bool isoStyle)
{
    if (isoStyle)
        return date.toString(QStringLiteral("yyyy-MM-dd"));
    return QStringLiteral("%1/%2/%3")
        .arg(QLatin1String(Months[date.month() - 1]))
        .arg(date.day(), 2, 10, QLatin1Char('0'))
        .arg(date.year());
}

bool RouterTime::usesIsoDates(QStringView version)
{
    const QVersionNumber v = QVersionNumber::fromString(version);
    return v.isNull() || v >= QVersionNumber(7, 10);
}

} // namespace lango::routeros
