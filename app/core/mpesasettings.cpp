#include "app/core/mpesasettings.h"

#include "app/core/await.h"
#include "app/core/logging.h"

#include "app/core/office.h"
#include "app/core/secretstore.h"

#include <QPromise>

#include <memory>

namespace lango::app {

const QStringList &MpesaSettings::secretKeys()
{
    static const QStringList keys{QStringLiteral("mpesa_consumer_key"), QStringLiteral("mpesa_consumer_secret"),
                                  QStringLiteral("mpesa_passkey")};
    return keys;
}

const QStringList &MpesaSettings::plainKeys()
{
    static const QStringList keys{QStringLiteral("environment"), QStringLiteral("base_url"), QStringLiteral("shortcode"),
                                  QStringLiteral("type"), QStringLiteral("till_number")};
    return keys;
}

QFuture<QHash<QString, QString>> MpesaSettings::readLocalSecrets(SecretStore &secrets)
{
    struct State
    {
        QPromise<QHash<QString, QString>> promise;
        QHash<QString, QString> values;
        int remaining = 0;
    };
    auto state = std::make_shared<State>();
    state->promise.start();
    auto future = state->promise.future();
    state->remaining = int(secretKeys().size());
    for (const QString &key : secretKeys()) {
        secrets.read(key).then(&secrets, [state, key](Result<QString> value) {
            if (value && !value->isEmpty())
                state->values.insert(key, *value);
            if (--state->remaining == 0) {
                state->promise.addResult(state->values);
                state->promise.finish();
            }
        });
    }
    return future;
}

Result<mpesa::DarajaConfig> MpesaSettings::load(const Config &config, Office &office, const QHash<QString, QString> &localSecrets,
                                                const QString &publicUrl, const QString &callbackToken)
{
    QHash<QString, QString> values;
    // Office-wide settings first; the server's configuration file wins.
    for (const QString &key : plainKeys()) {
        auto stored = office.settings.value(QStringLiteral("mpesa.") + key);
        if (!stored)
            return fromModels(stored.error());
        if (!stored->isEmpty())
            values.insert(key, *stored);
    }
    if (config.hasMpesaSection()) {
        values.insert(QStringLiteral("environment"), config.mpesaEnvironment);
        values.insert(QStringLiteral("base_url"), config.mpesaBaseUrl);
        values.insert(QStringLiteral("shortcode"), config.mpesaShortcode);
        values.insert(QStringLiteral("type"), config.mpesaType);
        values.insert(QStringLiteral("till_number"), config.mpesaTillNumber);
    }
    for (const QString &key : secretKeys()) {
        QString value = localSecrets.value(key);
        if (value.isEmpty()) {
            auto sealed = office.settings.secret(key, office.box());
            if (!sealed)
                return fromModels(sealed.error());
            value = *sealed;
        }
        values.insert(key, value);
    }
    if (!publicUrl.isEmpty() && !callbackToken.isEmpty()) {
        values.insert(QStringLiteral("callback_url"), publicUrl + stkCallbackPath(callbackToken));
        values.insert(QStringLiteral("c2b_confirmation_url"), publicUrl + QStringLiteral("/pay/c2b/confirmation/") + callbackToken);
        values.insert(QStringLiteral("c2b_validation_url"), publicUrl + QStringLiteral("/pay/c2b/validation/") + callbackToken);
    }
    auto daraja = mpesa::DarajaConfig::fromValues(values);
    if (!daraja) {
        Error error{ErrorCode::BadInput, daraja.error().message, daraja.error().detail};
        return error;
    }
    return *daraja;
}

QString MpesaSettings::newCallbackToken()
{
    const QString alphabet = QStringLiteral("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    for (;;) {
        const QString token = models::SecureRandom::token(32, alphabet);
        if (mpesa::DarajaConfig::bannedWordIn(token).isEmpty())
            return token;
    }
}

QFuture<Result<QString>> MpesaSettings::ensureCallbackToken(SecretStore &secrets)
{
    static const QString key = QStringLiteral("callback_token");
    SharedPromise<Result<QString>> done;
    secrets.read(key).then(&secrets, [done, &secrets](Result<QString> token) {
        if (!token || !token->isEmpty()) {
            done.finish(token);
            return;
        }
        const QString fresh = newCallbackToken();
        secrets.write(key, fresh).then(&secrets, [done, fresh](Result<void> kept) {
            if (!kept) {
                done.finish(Error{ErrorCode::Unavailable,
                                  tr("A callback token for M-Pesa was made but could not be saved: %1").arg(kept.error().message),
                                  kept.error().detail});
                return;
            }
            qCInfo(lcApp) << "made a new callback token (kept with this computer's secrets)";
            done.finish(fresh);
        });
    });
    return done.future();
}

} // namespace lango::app
