#pragma once

#include "app/mpesa/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace lango::app::mpesa {

// Reading Daraja's JSON defensively: bodies come from the Internet, numbers
// arrive as strings and strings as numbers (daraja.md 10).
class DarajaJson final
{
public:
    static constexpr qsizetype MaxBodyBytes = 64 * 1024;
    static constexpr int MaxDepth = 32;

    // A JSON object, or an Invalid error naming `what` ("STK callback"):
    // refuses empty, huge (> 64 KB) or deeply nested bodies before parsing.
    [[nodiscard]] static Result<QJsonObject> parseObject(const QByteArray &body, const QString &what);

    // A string (trimmed) or a whole number as text, without losing digits of
    // 64-bit values such as 20191219102115. nullopt for anything else.
    [[nodiscard]] static std::optional<QString> text(const QJsonValue &value);

    // A positive amount in integer cents from a number (1, 1.00, 10500.0) or
    // a decimal string ("5.00"); nullopt for fractional cents, zero,
    // negatives, junk, or more than 10^12 cents.
    [[nodiscard]] static std::optional<qint64> cents(const QJsonValue &value);
    [[nodiscard]] static std::optional<qint64> centsFromText(QStringView text);

    // Nesting depth of the JSON text, counted outside strings.
    [[nodiscard]] static int depth(const QByteArray &body);

    Q_DECLARE_TR_FUNCTIONS(DarajaJson)
};

} // namespace lango::app::mpesa
