#pragma once

#include "app/core/config.h"
#include "app/core/error.h"
#include "app/mpesa/darajaconfig.h"

#include <QFuture>

namespace lango::app {

class Office;
class SecretStore;

// Where Lango's M-Pesa settings come from, in one place: the [mpesa] keys
// of the configuration file, else the office's shared settings (set on the
// desktop); the Daraja keys from this computer's secret store, else sealed
// in the office database. The callback URLs are [http] public_url plus the
// secret callback token.
class MpesaSettings final
{
    Q_DECLARE_TR_FUNCTIONS(MpesaSettings)

public:
    static const QStringList &secretKeys();   // mpesa_consumer_key, mpesa_consumer_secret, mpesa_passkey
    static const QStringList &plainKeys();    // environment, base_url, shortcode, type, till_number

    // Reads what the secret store holds (asynchronously: it may be the keychain).
    [[nodiscard]] static QFuture<QHash<QString, QString>> readLocalSecrets(SecretStore &secrets);

    // Builds the client's configuration; blocking DB reads: call off the GUI thread.
    [[nodiscard]] static Result<mpesa::DarajaConfig> load(const Config &config, Office &office,
                                                          const QHash<QString, QString> &localSecrets,
                                                          const QString &publicUrl, const QString &callbackToken);

    // A fresh callback token: CSPRNG, none of the words Safaricom refuses.
    static QString newCallbackToken();
    // This computer's callback token; the first start makes one and keeps
    // it with the secrets (a token that cannot be kept is an error: M-Pesa
    // would call back on a path the next start no longer knows).
    [[nodiscard]] static QFuture<Result<QString>> ensureCallbackToken(SecretStore &secrets);
    static QString stkCallbackPath(const QString &token) { return QStringLiteral("/pay/stk/") + token; }
};

} // namespace lango::app
