#include "models/units.h"

#include <QLocale>
#include <QRegularExpression>

#include <limits>

namespace lango::models {

namespace {

// Parses "<number><unit>" with a decimal number; returns the value scaled by
// the unit's multiplier, rounded, or -1 when the text does not match.
qint64 scaled(const QString &text, const QRegularExpression &pattern, qint64 (*multiplier)(QChar))
{
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return -1;
    bool ok = false;
    const double number = match.captured(1).toDouble(&ok);
    if (!ok)
        return -1;
    const QString unit = match.captured(2);
    const double value = number * static_cast<double>(multiplier(unit.isEmpty() ? QChar() : unit.at(0)));
    if (value <= 0 || value > static_cast<double>(std::numeric_limits<qint64>::max() / 2))
        return -1;
    return static_cast<qint64>(value + 0.5);
}

QString trimmedDecimal(double value)
{
    QString text = QString::number(value, 'f', 2);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

} // namespace

QString Units::formatMoney(qint64 cents)
{
    const bool negative = cents < 0;
    const qint64 absolute = negative ? -cents : cents;
    QString text = QStringLiteral("KES ") + (negative ? QStringLiteral("-") : QString())
                   + QLocale(QLocale::English, QLocale::Kenya).toString(absolute / 100);
    if (absolute % 100)
        text += QLatin1Char('.') + QStringLiteral("%1").arg(absolute % 100, 2, 10, QLatin1Char('0'));
    return text;
}

Result<qint64> Units::parseKes(const QString &text)
{
    QString cleaned = text.trimmed();
    if (cleaned.startsWith(QLatin1String("KES"), Qt::CaseInsensitive) || cleaned.startsWith(QLatin1String("KSh"), Qt::CaseInsensitive))
        cleaned = cleaned.mid(3).trimmed();
    cleaned.remove(QLatin1Char(','));
    static const QRegularExpression whole(QStringLiteral("^\\d{1,9}$"));
    if (!whole.match(cleaned).hasMatch())
        return invalid(tr("\"%1\" is not a price. Write whole shillings, like 50 or 1,250.").arg(text));
    return cleaned.toLongLong() * 100;
}

Result<qint64> Units::parseDuration(const QString &text)
{
    // One or more <number><unit> parts, largest first: 1h30m, 7d, 1w.
    static const QRegularExpression part(QStringLiteral("(\\d+)([smhdw])"));
    static const QRegularExpression whole(QStringLiteral("^(\\d+[smhdw])+$"));
    const QString cleaned = text.trimmed().toLower();
    if (!whole.match(cleaned).hasMatch())
        return invalid(tr("\"%1\" is not a duration. Write it like 30s, 15m, 1h, 1d, 7d or 1w.").arg(text));
    // Every step is checked against the limit before it is taken: a count
    // such as 213503982334602d must not overflow into a short duration.
    constexpr qint64 kLongest = 10LL * 366 * 86400;
    qint64 seconds = 0;
    auto it = part.globalMatch(cleaned);
    while (it.hasNext()) {
        const auto match = it.next();
        bool ok = false;
        const qint64 count = match.captured(1).toLongLong(&ok);
        qint64 unit = 1;
        switch (match.captured(2).at(0).toLatin1()) {
        case 'm': unit = 60; break;
        case 'h': unit = 3600; break;
        case 'd': unit = 86400; break;
        case 'w': unit = 7 * 86400; break;
        default: break;
        }
        if (!ok || count > (kLongest - seconds) / unit)
            return invalid(tr("\"%1\" is longer than ten years.").arg(text));
        seconds += count * unit;
    }
    if (seconds <= 0)
        return invalid(tr("\"%1\" is zero: a duration must be longer, like 30s or 1h.").arg(text));
    return seconds;
}

QString Units::formatDuration(qint64 seconds)
{
    if (seconds <= 0)
        return QStringLiteral("0s");
    if (seconds % (7 * 86400) == 0)
        return QStringLiteral("%1w").arg(seconds / (7 * 86400));
    QString text;
    const struct { qint64 size; char unit; } units[] = {{86400, 'd'}, {3600, 'h'}, {60, 'm'}, {1, 's'}};
    for (const auto &unit : units) {
        if (seconds >= unit.size) {
            text += QString::number(seconds / unit.size) + QLatin1Char(unit.unit);
            seconds %= unit.size;
        }
    }
    return text;
}

QString Units::humanDuration(qint64 seconds)
{
    // Explicit singular and plural strings: English and Swahili need no more.
    if (seconds <= 0)
        return tr("0 minutes");
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 rest = seconds % 60;
    if (days > 0 && days % 7 == 0 && hours == 0 && minutes == 0 && rest == 0)
        return days == 7 ? tr("1 week") : tr("%1 weeks").arg(days / 7);
    QStringList parts;
    if (days)
        parts << (days == 1 ? tr("1 day") : tr("%1 days").arg(days));
    if (hours)
        parts << (hours == 1 ? tr("1 hour") : tr("%1 hours").arg(hours));
    if (minutes)
        parts << (minutes == 1 ? tr("1 minute") : tr("%1 minutes").arg(minutes));
    if (rest && days == 0)
        parts << (rest == 1 ? tr("1 second") : tr("%1 seconds").arg(rest));
    return parts.join(QLatin1Char(' '));
}

Result<int> Units::parseSpeed(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+(?:\\.\\d+)?)\\s*([kKmMgG])$"));
    const qint64 kbps = scaled(text, pattern, [](QChar unit) -> qint64 {
        switch (unit.toLower().toLatin1()) {
        case 'k': return 1;
        case 'm': return 1000;
        default: return 1000 * 1000;
        }
    });
    if (kbps < 1 || kbps > 10'000'000)
        return invalid(tr("\"%1\" is not a speed. Write it like 512k or 5M (bits per second).").arg(text));
    return static_cast<int>(kbps);
}

QString Units::formatSpeed(qint64 kbps)
{
    if (kbps >= 1000 * 1000 && kbps % 10000 == 0)
        return trimmedDecimal(static_cast<double>(kbps) / 1e6) + QLatin1Char('G');
    if (kbps >= 1000 && kbps % 10 == 0)
        return trimmedDecimal(static_cast<double>(kbps) / 1000.0) + QLatin1Char('M');
    return QString::number(kbps) + QLatin1Char('k');
}

Result<qint64> Units::parseDataSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+(?:\\.\\d+)?)\\s*([kKmMgGtT])[bB]?$"));
    const qint64 bytes = scaled(text, pattern, [](QChar unit) -> qint64 {
        switch (unit.toLower().toLatin1()) {
        case 'k': return 1024LL;
        case 'm': return 1024LL * 1024;
        case 'g': return 1024LL * 1024 * 1024;
        default: return 1024LL * 1024 * 1024 * 1024;
        }
    });
    if (bytes < 1024)
        return invalid(tr("\"%1\" is not a data size. Write it like 500M or 1G.").arg(text));
    return bytes;
}

QString Units::formatDataSize(qint64 bytes)
{
    const struct { qint64 size; char unit; } units[] = {
        {1024LL * 1024 * 1024 * 1024, 'T'}, {1024LL * 1024 * 1024, 'G'}, {1024LL * 1024, 'M'}, {1024, 'k'}};
    for (const auto &unit : units) {
        if (bytes >= unit.size)
            return trimmedDecimal(static_cast<double>(bytes) / static_cast<double>(unit.size)) + QLatin1Char(unit.unit);
    }
    return QString::number(bytes) + QLatin1Char('B');
}

} // namespace lango::models
