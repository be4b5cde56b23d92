#include "app/mpesa/darajajson.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <limits>

namespace lango::app::mpesa {

namespace {
constexpr qint64 MaxCents = 1'000'000'000'000LL;
}

int DarajaJson::depth(const QByteArray &body)
{
    int level = 0;
    int deepest = 0;
    bool inString = false;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            deepest = std::max(deepest, ++level);
        } else if (c == '}' || c == ']') {
            --level;
        }
    }
    return deepest;
}

Result<QJsonObject> DarajaJson::parseObject(const QByteArray &body, const QString &what)
{
    if (body.trimmed().isEmpty())
        return Error::invalid(tr("The %1 was empty.").arg(what), QStringLiteral("empty body"));
    if (body.size() > MaxBodyBytes)
        return Error::invalid(tr("The %1 was refused: it is larger than 64 KB.").arg(what),
                              QStringLiteral("body of %1 bytes").arg(body.size()));
    if (depth(body) > MaxDepth)
        return Error::invalid(tr("The %1 was refused: it is nested too deeply.").arg(what),
                              QStringLiteral("nesting deeper than %1").arg(MaxDepth));
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::invalid(tr("The %1 is not valid JSON.").arg(what),
                              QStringLiteral("%1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return Error::invalid(tr("The %1 is not a JSON object.").arg(what), QStringLiteral("top level is not an object"));
    return document.object();
}

std::optional<QString> DarajaJson::text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble()) {
        const qint64 whole = value.toInteger(std::numeric_limits<qint64>::min());
        if (whole != std::numeric_limits<qint64>::min())
            return QString::number(whole);
    }
    return std::nullopt;
}

std::optional<qint64> DarajaJson::cents(const QJsonValue &value)
{
    if (value.isString())
        return centsFromText(value.toString());
    if (!value.isDouble())
        return std::nullopt;
    const double amount = value.toDouble();
    if (!std::isfinite(amount) || amount <= 0 || amount * 100 > static_cast<double>(MaxCents))
        return std::nullopt;
    const double scaled = amount * 100.0;
    const double rounded = std::round(scaled);
    if (std::fabs(scaled - rounded) > 1e-6)  // 1.005 is not a whole number of cents
        return std::nullopt;
    return static_cast<qint64>(rounded);
}

std::optional<qint64> DarajaJson::centsFromText(QStringView text)
{
    const QStringView t = text.trimmed();
    const qsizetype dot = t.indexOf(u'.');
    const QStringView whole = dot < 0 ? t : t.left(dot);
    QStringView fraction = dot < 0 ? QStringView() : t.mid(dot + 1);
    if (whole.isEmpty() || whole.size() > 10)
        return std::nullopt;
    while (fraction.size() > 2 && fraction.endsWith(u'0'))  // "5.000" is 5.00
        fraction.chop(1);
    if (fraction.size() > 2)
        return std::nullopt;
    for (const QStringView part : {whole, fraction}) {
        for (const QChar c : part) {
            if (c < u'0' || c > u'9')
                return std::nullopt;
        }
    }
    const qint64 cents = whole.toLongLong() * 100
        + (fraction.isEmpty() ? 0 : fraction.toInt() * (fraction.size() == 1 ? 10 : 1));
    if (cents <= 0 || cents > MaxCents)
        return std::nullopt;
    return cents;
}

} // namespace lango::app::mpesa
