#pragma once

#include "app/mpesa/error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace lango::app::mpesa {

// A Kenyan mobile number in Daraja's form, 2547XXXXXXXX or 2541XXXXXXXX.
// Only parse() makes one, so holding a PhoneNumber means it is valid.
class PhoneNumber final
{
public:
    enum class Network { Safaricom, Airtel, Telkom, Unknown };

    // Accepts 07.., 01.., +254.., 254.., 7.., 1.. (and "+254 (0)7.."), with
    // spaces, dashes, dots and brackets between the digits.
    [[nodiscard]] static Result<PhoneNumber> parse(QStringView input);

    const QString &msisdn() const { return m_msisdn; }  // 254712345678
    [[nodiscard]] QString display() const;              // 0712 345 678
    [[nodiscard]] QString masked() const;               // 2547****678
    // The operator its prefix was allocated to; numbers are portable, so this
    // is a hint only (daraja.md 9).
    [[nodiscard]] Network network() const;
    // A warning for staff or the portal when the number does not look like
    // Safaricom's (no M-Pesa prompt would reach it); empty otherwise.
    [[nodiscard]] QString networkWarning() const;

    // Masks anything phone-like for logs: keeps the first 4 and last 3
    // characters of a long enough string, hides the rest.
    [[nodiscard]] static QString mask(QStringView anything);

    bool operator==(const PhoneNumber &other) const { return m_msisdn == other.m_msisdn; }

private:
    explicit PhoneNumber(QString msisdn) : m_msisdn(std::move(msisdn)) {}

    QString m_msisdn;

    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)
};

} // namespace lango::app::mpesa
