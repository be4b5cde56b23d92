#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace lango::app::mpesa {

// What an STK ResultCode (callback or query) means for the customer, staff
// and the retry button. Only "0" means money moved (daraja.md 6).
enum class ResultCategory { Paid, Cancelled, Timeout, WrongPin, InsufficientFunds, Busy, ConfigError, Limit, Other };

struct ResultCodeInfo final
{
    QString code;                 // as given, trimmed ("1032", "SFC_IC0003")
    ResultCategory category = ResultCategory::Other;
    bool known = false;           // in daraja.md's table
    bool customerMayRetry = false;
    int retryAfterSeconds = 0;    // wait before offering "Try again"

    [[nodiscard]] bool isPaid() const { return category == ResultCategory::Paid; }
};

class ResultCodes final
{
public:
    // Codes compare as trimmed text: "0", " 1032 ", "SFC_IC0003". Unknown codes
    // give category Other, "failed, not charged", retry allowed.
    [[nodiscard]] static ResultCodeInfo lookup(QStringView code);
    // For the portal, in the customer's language: "sw" gives Swahili, anything
    // else English. Deliberately not tr(): the portal picks the language per
    // customer request, not per installed translator.
    [[nodiscard]] static QString customerMessage(QStringView code, QStringView language);
    // For staff screens and logs, translated with tr().
    [[nodiscard]] static QString staffDescription(QStringView code);
    [[nodiscard]] static QStringList knownCodes();
    // Stable lower-case key for JSON and metrics: "paid", "insufficient_funds"...
    [[nodiscard]] static QString categoryKey(ResultCategory category);

    Q_DECLARE_TR_FUNCTIONS(ResultCodes)
};

} // namespace lango::app::mpesa
