#pragma once

#include "app/mpesa/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QUrl>

namespace lango::app::mpesa {

// Everything the Daraja client needs. The lead fills it from the [mpesa]
// section of the INI file and from the secret store; validate() says which
// key is wrong in words an admin can act on.
struct DarajaConfig final
{
    enum class Environment { Sandbox, Production, Custom };
    enum class Type { Paybill, Till };

    Environment environment = Environment::Sandbox;
    QUrl baseUrl;              // [mpesa] base_url, with environment = custom only (an emulator)
    QString shortcode;         // [mpesa] shortcode: the paybill, or the store number of a till
    Type type = Type::Paybill; // [mpesa] type
    QString tillNumber;        // [mpesa] till_number, with type = till
    QString consumerKey;       // secret mpesa_consumer_key
    QString consumerSecret;    // secret mpesa_consumer_secret
    QString passkey;           // secret mpesa_passkey
    QUrl callbackUrl;          // STK callback, e.g. https://host/pay/stk/<token>
    QUrl c2bConfirmationUrl;   // optional
    QUrl c2bValidationUrl;     // optional

    // The API host: sandbox, production, or base_url for custom.
    [[nodiscard]] QUrl apiBaseUrl() const;
    // PartyB of an STK Push: the paybill itself, or the till for buy goods.
    [[nodiscard]] QString partyB() const;
    [[nodiscard]] QString transactionType() const;  // CustomerPayBillOnline | CustomerBuyGoodsOnline

    [[nodiscard]] Result<void> validate() const;

    // Builds and validates a config from key/value pairs, using the INI key
    // names: environment, base_url, shortcode, type, till_number, and
    // consumer_key, consumer_secret, passkey, callback_url,
    // c2b_confirmation_url, c2b_validation_url (an "mpesa_" prefix is also accepted).
    [[nodiscard]] static Result<DarajaConfig> fromValues(const QHash<QString, QString> &values);
    [[nodiscard]] static Result<Environment> parseEnvironment(QStringView text);
    [[nodiscard]] static Result<Type> parseType(QStringView text);

    // The first word Safaricom refuses in URLs it is given (M-Pesa, mpesa,
    // Safaricom, exe, exec, cmd, sql, query; any case), or an empty string.
    // Use it on generated callback tokens too: redraw while it finds one.
    [[nodiscard]] static QString bannedWordIn(QStringView text);
    // Why a URL handed to Safaricom is unacceptable (empty when it is fine):
    // not absolute http(s), spaces, a banned word, or plain http in production.
    [[nodiscard]] static QString urlProblem(const QUrl &url, bool requireHttps);

    Q_DECLARE_TR_FUNCTIONS(DarajaConfig)
};

} // namespace lango::app::mpesa
