#include "app/desk/mpesasetup.h"

#include "app/mpesa/darajaclient.h"
#include "app/core/mpesasettings.h"
#include "app/core/office.h"

namespace lango::app {

Result<MpesaSetup::Form> MpesaSetup::load(Office &office)
{
    Form form;
    QHash<QString, QString> values;
    for (const QString &key : MpesaSettings::plainKeys()) {
        auto stored = office.settings.value(QStringLiteral("mpesa.") + key);
        if (!stored)
            return fromModels(stored.error());
        values.insert(key, *stored);
    }
    if (!values.value(QStringLiteral("environment")).isEmpty())
        form.environment = values.value(QStringLiteral("environment"));
    form.baseUrl = values.value(QStringLiteral("base_url"));
    form.shortcode = values.value(QStringLiteral("shortcode"));
    if (!values.value(QStringLiteral("type")).isEmpty())
        form.type = values.value(QStringLiteral("type"));
    form.tillNumber = values.value(QStringLiteral("till_number"));
    for (const QString &key : MpesaSettings::secretKeys()) {
        auto has = office.settings.hasSecret(key);
        if (!has)
            return fromModels(has.error());
        if (*has)
            form.storedSecrets.insert(key);
    }
    return form;
}

Result<mpesa::DarajaConfig> MpesaSetup::configFor(Office &office, const Form &form, const QHash<QString, QString> &typedSecrets)
{
    QHash<QString, QString> values{{QStringLiteral("environment"), form.environment},
                                   {QStringLiteral("base_url"), form.environment == QLatin1String("custom") ? form.baseUrl : QString()},
                                   {QStringLiteral("shortcode"), form.shortcode},
                                   {QStringLiteral("type"), form.type},
                                   {QStringLiteral("till_number"), form.type == QLatin1String("till") ? form.tillNumber : QString()}};
    for (const QString &key : MpesaSettings::secretKeys()) {
        QString value = typedSecrets.value(key).trimmed();
        if (value.isEmpty()) {
            auto stored = office.settings.secret(key, office.box());
            if (!stored)
                return fromModels(stored.error());
            value = *stored;
        }
        values.insert(key, value);
    }
    auto config = mpesa::DarajaConfig::fromValues(values);
    if (!config)
        return Error{ErrorCode::BadInput, config.error().message, config.error().detail};
    return *config;
}

Result<void> MpesaSetup::save(Office &office, const Form &form, const QHash<QString, QString> &typedSecrets,
                              const models::AuditEntry &who)
{
    if (auto checked = configFor(office, form, typedSecrets); !checked)
        return checked.error();
    models::Transaction tx(office.db());
    if (auto begun = tx.begin(); !begun)
        return fromModels(begun.error());
    const QHash<QString, QString> plain{{QStringLiteral("environment"), form.environment},
                                        {QStringLiteral("base_url"), form.environment == QLatin1String("custom") ? form.baseUrl.trimmed() : QString()},
                                        {QStringLiteral("shortcode"), form.shortcode.trimmed()},
                                        {QStringLiteral("type"), form.type},
                                        {QStringLiteral("till_number"), form.type == QLatin1String("till") ? form.tillNumber.trimmed() : QString()}};
    for (auto it = plain.constBegin(); it != plain.constEnd(); ++it) {
        if (auto stored = office.settings.setValue(QStringLiteral("mpesa.") + it.key(), it.value()); !stored)
            return fromModels(stored.error());
    }
    QStringList replaced;
    for (const QString &key : MpesaSettings::secretKeys()) {
        const QString value = typedSecrets.value(key).trimmed();
        if (value.isEmpty())
            continue;   // keep the stored one
        if (auto sealed = office.settings.setSecret(key, value, office.box()); !sealed)
            return fromModels(sealed.error());
        replaced << key;
    }
    models::AuditEntry entry = who;
    entry.action = QStringLiteral("settings.mpesa");
    entry.entity = QStringLiteral("settings");
    entry.detail = replaced.isEmpty() ? tr("%1, shortcode %2, %3").arg(form.environment, form.shortcode, form.type)
                                      : tr("%1, shortcode %2, %3; new %4").arg(form.environment, form.shortcode, form.type,
                                                                               replaced.join(QStringLiteral(", ")));
    if (auto audited = office.audit.record(entry); !audited)
        return fromModels(audited.error());
    if (auto committed = tx.commit(); !committed)
        return fromModels(committed.error());
    return {};
}

QFuture<Result<QString>> MpesaSetup::testToken(const mpesa::DarajaConfig &config)
{
    auto *client = new mpesa::DarajaClient(config);
    return client->accessToken().then(client, [client](mpesa::Result<mpesa::AccessToken> token) -> Result<QString> {
        client->deleteLater();
        if (!token)
            return Error{ErrorCode::Upstream, token.error().message, token.error().detail};
        return tr("M-Pesa accepted the keys: a token was issued, valid until %1.")
            .arg(token->expiresAt.toLocalTime().toString(QStringLiteral("HH:mm")));
    });
}

} // namespace lango::app
