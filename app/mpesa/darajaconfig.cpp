#include "app/mpesa/darajaconfig.h"

#include <QRegularExpression>

namespace lango::app::mpesa {

namespace {

bool isDigits(QStringView text, int minLength, int maxLength)
{
    if (text.size() < minLength || text.size() > maxLength)
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

Result<void> urlCheck(const QUrl &url, const QString &key, bool requireHttps, bool required)
{
    if (url.isEmpty()) {
        if (!required)
            return {};
        return Error::config(DarajaConfig::tr("[mpesa] %1 is missing.").arg(key));
    }
    const QString problem = DarajaConfig::urlProblem(url, requireHttps);
    if (problem.isEmpty())
        return {};
    return Error::config(DarajaConfig::tr("[mpesa] %1 %2").arg(key, problem));
}

} // namespace

QUrl DarajaConfig::apiBaseUrl() const
{
    switch (environment) {
    case Environment::Sandbox: return QUrl(QStringLiteral("https://sandbox.safaricom.co.ke"));
    case Environment::Production: return QUrl(QStringLiteral("https://api.safaricom.co.ke"));
    case Environment::Custom: return baseUrl;
    }
    return {};
}

QString DarajaConfig::partyB() const
{
    return type == Type::Till ? tillNumber : shortcode;
}

QString DarajaConfig::transactionType() const
{
    return type == Type::Till ? QStringLiteral("CustomerBuyGoodsOnline") : QStringLiteral("CustomerPayBillOnline");
}

Result<void> DarajaConfig::validate() const
{
    if (environment == Environment::Custom) {
        if (baseUrl.isEmpty())
            return Error::config(tr("[mpesa] base_url is needed with environment = custom."));
        if (!baseUrl.isValid() || baseUrl.host().isEmpty()
            || (baseUrl.scheme() != QLatin1String("http") && baseUrl.scheme() != QLatin1String("https")))
            return Error::config(tr("[mpesa] base_url must be an http(s) address such as http://127.0.0.1:8080."));
    } else if (!baseUrl.isEmpty()) {
        return Error::config(tr("[mpesa] base_url is only used with environment = custom; leave it empty."));
    }
    if (shortcode.isEmpty())
        return Error::config(tr("[mpesa] shortcode is missing."));
    if (!isDigits(shortcode, 5, 8))
        return Error::config(tr("[mpesa] shortcode must be the 5 to 8 digit paybill or store number."));
    if (type == Type::Till && !isDigits(tillNumber, 5, 8))
        return Error::config(tr("[mpesa] till_number must be the 5 to 8 digit till number when type = till."));
    if (consumerKey.isEmpty())
        return Error::config(tr("The M-Pesa secret mpesa_consumer_key is missing."));
    if (consumerSecret.isEmpty())
        return Error::config(tr("The M-Pesa secret mpesa_consumer_secret is missing."));
    if (passkey.isEmpty())
        return Error::config(tr("The M-Pesa secret mpesa_passkey is missing."));
    const bool https = environment == Environment::Production;
    if (auto r = urlCheck(callbackUrl, QStringLiteral("callback_url"), https, false); !r)
        return r;
    if (auto r = urlCheck(c2bConfirmationUrl, QStringLiteral("c2b_confirmation_url"), https, false); !r)
        return r;
    return urlCheck(c2bValidationUrl, QStringLiteral("c2b_validation_url"), https, false);
}

Result<DarajaConfig::Environment> DarajaConfig::parseEnvironment(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t.isEmpty() || t == QLatin1String("sandbox"))
        return Environment::Sandbox;
    if (t == QLatin1String("production"))
        return Environment::Production;
    if (t == QLatin1String("custom"))
        return Environment::Custom;
    return Error::config(tr("[mpesa] environment must be sandbox, production or custom."));
}

Result<DarajaConfig::Type> DarajaConfig::parseType(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t.isEmpty() || t == QLatin1String("paybill"))
        return Type::Paybill;
    if (t == QLatin1String("till"))
        return Type::Till;
    return Error::config(tr("[mpesa] type must be paybill or till."));
}

Result<DarajaConfig> DarajaConfig::fromValues(const QHash<QString, QString> &values)
{
    const auto value = [&](const char *key) {
        const QString name = QString::fromLatin1(key);
        return values.value(name, values.value(QStringLiteral("mpesa_") + name)).trimmed();
    };
    DarajaConfig c;
    auto environment = parseEnvironment(value("environment"));
    if (!environment)
        return environment.error();
    auto type = parseType(value("type"));
    if (!type)
        return type.error();
    c.environment = *environment;
    c.type = *type;
    c.baseUrl = QUrl(value("base_url"));
    c.shortcode = value("shortcode");
    c.tillNumber = value("till_number");
    c.consumerKey = value("consumer_key");
    c.consumerSecret = value("consumer_secret");
    c.passkey = value("passkey");
    c.callbackUrl = QUrl(value("callback_url"));
    c.c2bConfirmationUrl = QUrl(value("c2b_confirmation_url"));
    c.c2bValidationUrl = QUrl(value("c2b_validation_url"));
    if (auto ok = c.validate(); !ok)
        return ok.error();
    return c;
}

QString DarajaConfig::bannedWordIn(QStringView text)
{
    // "m-pesa" in any spelling: M-PESA, m_pesa, m.pesa, "m pesa".
    static const QRegularExpression mpesa(QStringLiteral("m[-_. ]?pesa"), QRegularExpression::CaseInsensitiveOption);
    if (const auto match = mpesa.match(text); match.hasMatch())
        return match.captured().toLower();
    static const char *const words[] = {"safaricom", "exec", "exe", "cmd", "sql", "query"};
    for (const char *word : words) {
        if (text.contains(QLatin1String(word), Qt::CaseInsensitive))
            return QString::fromLatin1(word);
    }
    return {};
}

QString DarajaConfig::urlProblem(const QUrl &url, bool requireHttps)
{
    const QString text = url.toString(QUrl::FullyEncoded);
    const QString original = url.toString();
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return tr("must be a full http(s) address such as https://hotspot.example.co.ke/pay/stk/TOKEN.");
    if (requireHttps && url.scheme() != QLatin1String("https"))
        return tr("must start with https:// in production.");
    for (const QChar c : original) {
        if (c.isSpace())
            return tr("must not contain spaces.");
    }
    if (const QString word = bannedWordIn(text); !word.isEmpty())
        return tr("contains \"%1\", a word Safaricom refuses in callback addresses.").arg(word);
    return {};
}

} // namespace lango::app::mpesa
