#pragma once

#include "app/mpesa/darajaconfig.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace lango::app::mpesa {

// A synchronous Daraja error as the emulator sends it (daraja.md 3).
struct DarajaFault final
{
    int httpStatus = 400;
    QString errorCode;
    QString errorMessage;

    // 400.002.02 "Bad Request - Invalid <field>"
    [[nodiscard]] static DarajaFault invalidField(const QString &field);
    [[nodiscard]] QJsonObject toJson(const QString &requestId) const;
};

// A shortcode the emulator knows: a paybill, or a till's store number.
struct EmulatedShortcode final
{
    QString shortcode;
    DarajaConfig::Type type = DarajaConfig::Type::Paybill;
    QString passkey;
    QString tillNumber;  // with Type::Till
};

// An STK Push request that passed the synchronous checks.
struct CheckedPush final
{
    EmulatedShortcode account;
    qint64 amountKes = 0;
    QString partyA;
    QString phone;
    QUrl callbackUrl;
    QString accountReference;
    // Daraja accepts a paybill/till mix-up and fails it later in the callback
    // (daraja.md 4): "2028" or "SFC_IC0003" then, else empty.
    QString deferredFailure;
};

// The emulator's checks of STK Push and Query bodies, in Daraja's order and
// with its errors. Pure functions: no network, no state.
class StkPushValidator final
{
public:
    using Accounts = QHash<QString, EmulatedShortcode>;
    static constexpr int TimestampSkewSeconds = 300;
    static constexpr qint64 MaxAmountKes = 250000;

    [[nodiscard]] static lango::Result<CheckedPush, DarajaFault>
    checkPush(const QJsonObject &body, const Accounts &accounts, const QDateTime &nowUtc);
    // BusinessShortCode, Password and Timestamp, as a query sends them.
    [[nodiscard]] static lango::Result<EmulatedShortcode, DarajaFault>
    checkCredentials(const QJsonObject &body, const Accounts &accounts, const QDateTime &nowUtc);
};

} // namespace lango::app::mpesa
