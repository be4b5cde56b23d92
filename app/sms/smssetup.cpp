#include "app/sms/smssetup.h"

#include "app/mpesa/phonenumber.h"
#include "app/core/office.h"
#include "app/sms/smstext.h"
#include "models/units.h"

#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

namespace lango::app::sms {

namespace {

QString key(const char *name)
{
    return QStringLiteral("sms.") + QLatin1String(name);
}

// The answer arrives inside the client's own network reply: the client
// (and its network manager) goes once that reply has finished.
void disposeLater(AfricasTalking *client)
{
    QTimer::singleShot(0, [client] { delete client; });
}

} // namespace

QUrl SmsSetup::baseUrlFor(const QString &environment, const QString &customUrl)
{
    if (environment == QLatin1String("production"))
        return AfricasTalking::productionUrl();
    if (environment == QLatin1String("custom"))
        return QUrl(customUrl.trimmed());
    return AfricasTalking::sandboxUrl();
}

Result<SmsSetup::Form> SmsSetup::load(Office &office)
{
    Form form;
    auto value = [&office](const char *name) { return office.settings.value(key(name)); };
    auto enabled = value("enabled");
    auto environment = value("environment");
    auto baseUrl = value("base_url");
    auto username = value("username");
    auto senderId = value("sender_id");
    auto language = value("language");
    auto receipts = value("receipts");
    auto reminder = value("reminder_before");
    for (const auto *read : {&enabled, &environment, &baseUrl, &username, &senderId, &language, &receipts, &reminder}) {
        if (!*read)
            return fromModels(read->error());
    }
    form.enabled = *enabled == QLatin1String("on");
    if (!environment->isEmpty())
        form.environment = *environment;
    form.baseUrl = *baseUrl;
    form.username = *username;
    form.senderId = *senderId;
    if (*language == QLatin1String("sw"))
        form.language = *language;
    form.receipts = *receipts != QLatin1String("off");
    if (!reminder->isEmpty())
        form.reminderBeforeSeconds = reminder->toLongLong();
    auto has = office.settings.hasSecret(QLatin1String(kSecretKey));
    if (!has)
        return fromModels(has.error());
    form.keyStored = *has;
    return form;
}

Result<AfricasTalking::Config> SmsSetup::providerFor(Office &office, const Form &form, const QString &typedKey)
{
    static const QStringList environments{QStringLiteral("sandbox"), QStringLiteral("production"), QStringLiteral("custom")};
    if (!environments.contains(form.environment))
        return Error{ErrorCode::BadInput, tr("Choose sandbox, production or custom."), QStringLiteral("environment")};
    AfricasTalking::Config config;
    config.baseUrl = baseUrlFor(form.environment, form.baseUrl);
    if (!config.baseUrl.isValid() || !(config.baseUrl.scheme() == QLatin1String("https") || config.baseUrl.scheme() == QLatin1String("http"))
        || config.baseUrl.host().isEmpty())
        return Error{ErrorCode::BadInput, tr("The API address must be an http(s) address, e.g. http://127.0.0.1:8095."), QStringLiteral("base_url")};
    config.username = form.username.trimmed();
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    if (!name.match(config.username).hasMatch())
        return Error{ErrorCode::BadInput, tr("Type the Africa's Talking app's user name (\"sandbox\" for the sandbox)."), QStringLiteral("username")};
    config.senderId = form.senderId.trimmed();
    static const QRegularExpression sender(QStringLiteral("^[A-Za-z0-9 ]{0,11}$"));
    if (!sender.match(config.senderId).hasMatch())
        return Error{ErrorCode::BadInput, tr("A sender ID is up to 11 letters or digits, as approved by Africa's Talking; leave it empty for the default."),
                     QStringLiteral("sender_id")};
    config.apiKey = typedKey.trimmed();
    if (config.apiKey.isEmpty()) {
        auto stored = office.settings.secret(QLatin1String(kSecretKey), office.box());
        if (!stored)
            return fromModels(stored.error());
        config.apiKey = *stored;
    }
    if (config.apiKey.isEmpty())
        return Error{ErrorCode::BadInput, tr("Type the API key from the Africa's Talking dashboard."), QStringLiteral("api_key")};
    return config;
}

Result<void> SmsSetup::save(Office &office, const Form &form, const QString &typedKey, const models::AuditEntry &who)
{
    if (form.enabled) {
        if (auto checked = providerFor(office, form, typedKey); !checked)
            return checked.error();
    }
    if (form.language != QLatin1String("en") && form.language != QLatin1String("sw"))
        return Error{ErrorCode::BadInput, tr("Texts are written in English or Swahili."), QStringLiteral("language")};
    if (form.reminderBeforeSeconds < 0 || form.reminderBeforeSeconds > 86400)
        return Error{ErrorCode::BadInput, tr("A reminder goes at most a day before the end."), QStringLiteral("reminder_before")};
    models::Transaction tx(office.db());
    if (auto begun = tx.begin(); !begun)
        return fromModels(begun.error());
    const QList<QPair<const char *, QString>> plain{
        {"enabled", form.enabled ? QStringLiteral("on") : QStringLiteral("off")},
        {"environment", form.environment},
        {"base_url", form.environment == QLatin1String("custom") ? form.baseUrl.trimmed() : QString()},
        {"username", form.username.trimmed()},
        {"sender_id", form.senderId.trimmed()},
        {"language", form.language},
        {"receipts", form.receipts ? QStringLiteral("on") : QStringLiteral("off")},
        {"reminder_before", QString::number(form.reminderBeforeSeconds)}};
    for (const auto &[name, value] : plain) {
        if (auto stored = office.settings.setValue(key(name), value); !stored)
            return fromModels(stored.error());
    }
    const bool newKey = !typedKey.trimmed().isEmpty();
    if (newKey) {
        if (auto sealed = office.settings.setSecret(QLatin1String(kSecretKey), typedKey.trimmed(), office.box()); !sealed)
            return fromModels(sealed.error());
    }
    models::AuditEntry entry = who;
    entry.action = QStringLiteral("settings.sms");
    entry.entity = QStringLiteral("settings");
    entry.detail = tr("%1, %2, user %3%4").arg(form.enabled ? tr("on") : tr("off"), form.environment, form.username.trimmed(),
                                               newKey ? tr("; new API key") : QString());
    if (auto audited = office.audit.record(entry); !audited)
        return fromModels(audited.error());
    if (auto committed = tx.commit(); !committed)
        return fromModels(committed.error());
    return {};
}

Result<void> SmsSetup::fillFromOffice(Config &config, Office &office, QString &apiKey)
{
    if (config.smsSectionSeen)
        return {};   // the server's file decides
    auto form = load(office);
    if (!form)
        return form.error();
    if (!form->enabled)
        return {};
    config.smsSectionSeen = true;
    config.smsEnvironment = form->environment;
    config.smsBaseUrl = form->baseUrl;
    config.smsUsername = form->username;
    config.smsSenderId = form->senderId;
    config.smsLanguage = form->language;
    config.smsReceipts = form->receipts;
    config.smsReminderBeforeSeconds = form->reminderBeforeSeconds;
    if (apiKey.isEmpty()) {
        auto stored = office.settings.secret(QLatin1String(kSecretKey), office.box());
        if (!stored)
            return fromModels(stored.error());
        apiKey = *stored;
    }
    return {};
}

QFuture<Result<QString>> SmsSetup::sendTest(const AfricasTalking::Config &config, const QString &phone)
{
    auto number = mpesa::PhoneNumber::parse(phone);
    if (!number)
        return QtFuture::makeReadyFuture(Result<QString>(Error{ErrorCode::BadInput, number.error().message, QStringLiteral("phone")}));
    auto *client = new AfricasTalking(config);
    const QString text = tr("Lango: this is a test text. Texts to customers work.");
    return client->send(number->msisdn(), SmsText::toGsm7(text)).then([client, shown = number->display()](Result<SmsAccepted> sent) -> Result<QString> {
        disposeLater(client);
        if (!sent)
            return sent.error();
        return tr("Sent to %1 (%2). It should arrive within a minute.").arg(shown, sent->cost.isEmpty() ? tr("no cost given") : sent->cost);
    });
}

QFuture<Result<QString>> SmsSetup::balance(const AfricasTalking::Config &config)
{
    auto *client = new AfricasTalking(config);
    return client->balance().then([client](Result<QString> balance) -> Result<QString> {
        disposeLater(client);
        if (!balance)
            return balance.error();
        return tr("Balance: %1.").arg(*balance);
    });
}

} // namespace lango::app::sms
