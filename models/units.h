#pragma once

#include "models/error.h"

#include <QCoreApplication>
#include <QString>

namespace lango::models {

// The forms DESIGN.md names for people and the CLI: money in whole KES
// ("KES 1,250"), durations 30s 15m 1h 1d 7d 1w, speeds 512k 5M, data 500M 1G.
// Parsers reject anything else with a sentence that shows the right form.
class Units final
{
    Q_DECLARE_TR_FUNCTIONS(Units)

public:
    // Money: integer cents of KES.
    static QString formatMoney(qint64 cents);                  // "KES 1,250" / "KES 12.50"
    [[nodiscard]] static Result<qint64> parseKes(const QString &text);  // whole KES -> cents

    // Durations in seconds: "90m", "1h30m", "7d", "1w".
    [[nodiscard]] static Result<qint64> parseDuration(const QString &text);
    static QString formatDuration(qint64 seconds);             // compact: "1h30m"
    static QString humanDuration(qint64 seconds);              // "1 hour 30 minutes"

    // Speeds in kbit/s: "512k", "5M", "1.5M".
    [[nodiscard]] static Result<int> parseSpeed(const QString &text);
    static QString formatSpeed(qint64 kbps);                   // "512k", "5M", "1.5M"

    // Data sizes in bytes, binary multiples as RouterOS and operators use:
    // "500M" = 500 MiB, "1G" = 1 GiB.
    [[nodiscard]] static Result<qint64> parseDataSize(const QString &text);
    static QString formatDataSize(qint64 bytes);               // "500M", "1G", "1.5G"
};

} // namespace lango::models
