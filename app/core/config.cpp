#include "app/core/config.h"

#include "app/tunnel/tunnelnetwork.h"
#include "app/tunnel/tunnelserver.h"
#include "models/units.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QUrl>

#include <functional>

namespace lango::app {

namespace {

struct Key
{
    QString section;
    QString name;
};

} // namespace

Result<std::pair<QHostAddress, quint16>> Config::parseListen(const QString &text)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint port = colon >= 0 ? text.mid(colon + 1).toUInt(&ok) : 0;
    if (colon < 0 || !ok || port == 0 || port > 65535)
        return Error{ErrorCode::BadInput, tr("expected host:port such as 0.0.0.0:8090 or 127.0.0.1:8090"), {}};
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    QHostAddress address;
    if (host.isEmpty() || host == QLatin1String("*"))
        address = QHostAddress(QHostAddress::Any);
    else if (host == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return Error{ErrorCode::BadInput, tr("\"%1\" is not an IP address; expected host:port such as 0.0.0.0:8090").arg(host), {}};
    return std::make_pair(address, static_cast<quint16>(port));
}

Result<Config::Rate> Config::parseRate(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    bool ok = false;
    const int count = parts.size() == 2 ? parts.at(0).trimmed().toInt(&ok) : 0;
    auto window = parts.size() == 2 ? models::Units::parseDuration(parts.at(1).trimmed()) : models::Result<qint64>();
    if (!ok || count < 1 || count > 1000000 || !window || *window < 1 || *window > 86400)
        return Error{ErrorCode::BadInput, tr("expected a count per duration such as 30/1m or 600/1h"), {}};
    return Rate{count, *window};
}

Result<Config> Config::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound,
                     tr("Cannot read the configuration file %1: %2. resources/lango.example.ini shows its form.")
                         .arg(path, file.errorString()), {}};
    return parse(QString::fromUtf8(file.readAll()), path);
}

Result<Config> Config::parse(const QString &text, const QString &path)
{
    Config config;
    config.path = path;
    QString section;
    int lineNumber = 0;
    auto fail = [&](const QString &key, const QString &what) {
        return Error{ErrorCode::BadInput, tr("%1, line %2: %3: %4").arg(path).arg(lineNumber).arg(key, what), {}};
    };
    using Setter = std::function<std::optional<QString>(const QString &)>;   // returns what is expected on failure
    const QHash<QString, Setter> setters{
        {QStringLiteral("database.url"), [&](const QString &v) -> std::optional<QString> {
             if (v.isEmpty())
                 return tr("expected a database URL such as sqlite:///var/lib/lango/lango.db or postgresql://lango@db:5432/lango");
             config.databaseUrl = v;
             return std::nullopt;
         }},
        {QStringLiteral("database.sslmode"), [&](const QString &v) -> std::optional<QString> {
             static const QStringList modes{QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
             if (!modes.contains(v))
                 return tr("expected one of %1 (verify-full, the default for another machine, checks the server's certificate)")
                     .arg(modes.join(QStringLiteral(", ")));
             config.databaseSslMode = v;
             return std::nullopt;
         }},
        {QStringLiteral("http.listen"), [&](const QString &v) -> std::optional<QString> {
             auto listen = parseListen(v);
             if (!listen)
                 return listen.error().message;
             config.listenAddress = listen->first;
             config.listenPort = listen->second;
             return std::nullopt;
         }},
        {QStringLiteral("http.public_url"), [&](const QString &v) -> std::optional<QString> {
             const QUrl url(v, QUrl::StrictMode);
             if (!v.isEmpty() && (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
                                  || url.host().isEmpty()))
                 return tr("expected the URL Safaricom and routers use to reach Lango, such as https://hotspot.example.co.ke");
             config.publicUrl = v.endsWith(QLatin1Char('/')) ? v.chopped(1) : v;
             return std::nullopt;
         }},
        {QStringLiteral("http.admin_listen"), [&](const QString &v) -> std::optional<QString> {
             if (v == QLatin1String("off")) {
                 config.adminListenOff = true;
                 return std::nullopt;
             }
             auto listen = parseListen(v);
             if (!listen)
                 return tr("%1, or off").arg(listen.error().message);
             config.adminAddress = listen->first;
             config.adminPort = listen->second;
             config.adminListenSet = true;
             return std::nullopt;
         }},
        {QStringLiteral("http.trusted_proxies"), [&](const QString &v) -> std::optional<QString> {
             QString bad;
             if (!http::ClientAddress::parseSubnets(v, config.trustedProxies, bad))
                 return tr("\"%1\" is not an address or network; expected a list such as 127.0.0.1, 10.0.0.0/8").arg(bad);
             return std::nullopt;
         }},
        {QStringLiteral("http.max_connections"), [&](const QString &v) -> std::optional<QString> {
             bool ok = false;
             const int n = v.toInt(&ok);
             if (!ok || n < 16 || n > 100000)
                 return tr("expected a number from 16 to 100000");
             config.maxConnections = n;
             return std::nullopt;
         }},
        {QStringLiteral("limits.purchases_per_client"), [&](const QString &v) -> std::optional<QString> {
             auto rate = parseRate(v);
             if (!rate)
                 return rate.error().message;
             config.purchasesPerClient = *rate;
             return std::nullopt;
         }},
        {QStringLiteral("limits.purchases_per_router"), [&](const QString &v) -> std::optional<QString> {
             auto rate = parseRate(v);
             if (!rate)
                 return rate.error().message;
             config.purchasesPerRouter = *rate;
             return std::nullopt;
         }},
        {QStringLiteral("limits.purchases_per_server"), [&](const QString &v) -> std::optional<QString> {
             auto rate = parseRate(v);
             if (!rate)
                 return rate.error().message;
             config.purchasesPerServer = *rate;
             return std::nullopt;
         }},
        {QStringLiteral("mpesa.callback_sources"), [&](const QString &v) -> std::optional<QString> {
             QString bad;
             if (!http::ClientAddress::parseSubnets(v, config.callbackSources, bad))
                 return tr("\"%1\" is not an address or network; expected Safaricom's addresses such as 196.201.214.0/24").arg(bad);
             return std::nullopt;
         }},
        {QStringLiteral("mpesa.environment"), [&](const QString &v) -> std::optional<QString> {
             if (v != QLatin1String("sandbox") && v != QLatin1String("production") && v != QLatin1String("custom"))
                 return tr("expected sandbox, production or custom");
             config.mpesaEnvironment = v;
             return std::nullopt;
         }},
        {QStringLiteral("mpesa.base_url"), [&](const QString &v) -> std::optional<QString> {
             const QUrl url(v, QUrl::StrictMode);
             if (!v.isEmpty() && (!url.isValid() || url.host().isEmpty()))
                 return tr("expected a URL such as http://127.0.0.1:8080 (used with environment = custom)");
             config.mpesaBaseUrl = v;
             return std::nullopt;
         }},
        {QStringLiteral("mpesa.shortcode"), [&](const QString &v) -> std::optional<QString> {
             if (!v.isEmpty() && (v.size() < 5 || v.size() > 7 || v.toULongLong() == 0))
                 return tr("expected the paybill or store number, 5 to 7 digits, such as 174379");
             config.mpesaShortcode = v;
             return std::nullopt;
         }},
        {QStringLiteral("mpesa.type"), [&](const QString &v) -> std::optional<QString> {
             if (v != QLatin1String("paybill") && v != QLatin1String("till"))
                 return tr("expected paybill or till");
             config.mpesaType = v;
             return std::nullopt;
         }},
        {QStringLiteral("mpesa.till_number"), [&](const QString &v) -> std::optional<QString> {
             if (!v.isEmpty() && (v.size() < 5 || v.size() > 8 || v.toULongLong() == 0))
                 return tr("expected the till number, 5 to 8 digits");
             config.mpesaTillNumber = v;
             return std::nullopt;
         }},
        {QStringLiteral("secrets.file"), [&](const QString &v) -> std::optional<QString> {
             config.secretsFile = v;
             return std::nullopt;
         }},
        {QStringLiteral("billing.reconcile_after"), [&](const QString &v) -> std::optional<QString> {
             auto seconds = models::Units::parseDuration(v);
             if (!seconds || *seconds < 10)
                 return tr("expected a duration of at least 10s, such as 60s or 2m");
             config.reconcileAfterSeconds = *seconds;
             return std::nullopt;
         }},
        {QStringLiteral("billing.confirm_within"), [&](const QString &v) -> std::optional<QString> {
             auto seconds = models::Units::parseDuration(v);
             if (!seconds || *seconds < 10 || *seconds > 86400)
                 return tr("expected a duration from 10s to 1d, such as 5m");
             config.confirmWithinSeconds = *seconds;
             return std::nullopt;
         }},
        {QStringLiteral("billing.workers"), [&](const QString &v) -> std::optional<QString> {
             bool ok = false;
             const int n = v.toInt(&ok);
             if (!ok || n < 1 || n > 64)
                 return tr("expected a number from 1 to 64");
             config.workers = n;
             return std::nullopt;
         }},
        {QStringLiteral("sms.environment"), [&](const QString &v) -> std::optional<QString> {
             if (v != QLatin1String("sandbox") && v != QLatin1String("production") && v != QLatin1String("custom"))
                 return tr("expected sandbox, production or custom");
             config.smsEnvironment = v;
             return std::nullopt;
         }},
        {QStringLiteral("sms.base_url"), [&](const QString &v) -> std::optional<QString> {
             const QUrl url(v, QUrl::StrictMode);
             if (!v.isEmpty() && (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))))
                 return tr("expected the URL of an SMS API, such as http://127.0.0.1:8095");
             config.smsBaseUrl = v;
             return std::nullopt;
         }},
        {QStringLiteral("sms.username"), [&](const QString &v) -> std::optional<QString> {
             if (v.isEmpty() || v.size() > 64)
                 return tr("expected the Africa's Talking app's user name (\"sandbox\" in the sandbox)");
             config.smsUsername = v;
             return std::nullopt;
         }},
        {QStringLiteral("sms.sender_id"), [&](const QString &v) -> std::optional<QString> {
             if (v.size() > 11 || !std::all_of(v.cbegin(), v.cend(), [](QChar c) { return c.isLetterOrNumber() && c.unicode() < 128; }))
                 return tr("expected a sender ID or short code of at most 11 letters and digits");
             config.smsSenderId = v;
             return std::nullopt;
         }},
        {QStringLiteral("sms.language"), [&](const QString &v) -> std::optional<QString> {
             if (v != QLatin1String("en") && v != QLatin1String("sw"))
                 return tr("expected en or sw");
             config.smsLanguage = v;
             return std::nullopt;
         }},
        {QStringLiteral("sms.receipts"), [&](const QString &v) -> std::optional<QString> {
             if (v != QLatin1String("on") && v != QLatin1String("off"))
                 return tr("expected on or off");
             config.smsReceipts = v == QLatin1String("on");
             return std::nullopt;
         }},
        {QStringLiteral("sms.quiet_hours"), [&](const QString &v) -> std::optional<QString> {
             if (v == QLatin1String("off")) {
                 config.smsQuietFrom = config.smsQuietTo = 0;
                 return std::nullopt;
             }
             const QStringList hours = v.split(QLatin1Char('-'));
             bool fromOk = false, toOk = false;
             const int from = hours.value(0).trimmed().toInt(&fromOk);
             const int to = hours.value(1).trimmed().toInt(&toOk);
             if (hours.size() != 2 || !fromOk || !toOk || from < 0 || from > 23 || to < 0 || to > 23 || from == to)
                 return tr("expected off or two hours of Kenya's day, such as 21-7");
             config.smsQuietFrom = from;
             config.smsQuietTo = to;
             return std::nullopt;
         }},
        {QStringLiteral("sms.reminder_before"), [&](const QString &v) -> std::optional<QString> {
             if (v == QLatin1String("off")) {
                 config.smsReminderBeforeSeconds = 0;
                 return std::nullopt;
             }
             auto seconds = models::Units::parseDuration(v);
             if (!seconds || *seconds < 60 || *seconds > 3 * 3600)
                 return tr("expected off or a duration from 1m to 3h, such as 10m");
             config.smsReminderBeforeSeconds = *seconds;
             return std::nullopt;
         }},
        {QStringLiteral("tunnel.endpoint"), [&](const QString &v) -> std::optional<QString> {
             auto endpoint = tunnel::Endpoint::parse(v);
             if (!endpoint)
                 return endpoint.error().message;
             config.tunnelEndpoint = endpoint->text();
             return std::nullopt;
         }},
        {QStringLiteral("tunnel.network"), [&](const QString &v) -> std::optional<QString> {
             auto network = tunnel::TunnelNetwork::parse(v);
             if (!network)
                 return network.error().message;
             config.tunnelNetwork = network->text();
             return std::nullopt;
         }},
        {QStringLiteral("tunnel.config"), [&](const QString &v) -> std::optional<QString> {
             if (!v.endsWith(QLatin1String(".conf")) || QFileInfo(v).completeBaseName().isEmpty()
                 || QFileInfo(v).completeBaseName().size() > 15)
                 return tr("expected the path of a .conf file whose name is the interface's (15 characters at most), "
                           "such as /etc/wireguard/lango.conf");
             config.tunnelConfig = v;
             return std::nullopt;
         }},
        {QStringLiteral("tunnel.listen_port"), [&](const QString &v) -> std::optional<QString> {
             bool ok = false;
             const uint port = v.toUInt(&ok);
             if (!ok || port == 0 || port > 65535)
                 return tr("expected a UDP port from 1 to 65535");
             config.tunnelListenPort = quint16(port);
             return std::nullopt;
         }},
        {QStringLiteral("tunnel.check_every"), [&](const QString &v) -> std::optional<QString> {
             auto seconds = models::Units::parseDuration(v);
             if (!seconds || *seconds < 1 || *seconds > 300)
                 return tr("expected a duration from 1s to 5m, such as 10s");
             config.tunnelCheckSeconds = *seconds;
             return std::nullopt;
         }},
    };

    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        ++lineNumber;
        QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')) || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            if (!line.endsWith(QLatin1Char(']')))
                return fail(line, tr("a section header must look like [database]"));
            section = line.mid(1, line.size() - 2).trimmed().toLower();
            if (section == QLatin1String("mpesa"))
                config.mpesaSectionSeen = true;
            if (section == QLatin1String("tunnel"))
                config.tunnelSectionSeen = true;
            if (section == QLatin1String("sms"))
                config.smsSectionSeen = true;
            continue;
        }
        const int equals = line.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return fail(line, tr("expected key = value"));
        const QString name = line.left(equals).trimmed().toLower();
        QString value = line.mid(equals + 1);
        // An inline comment starts with " ;" or " #" (URLs may contain # or ;).
        for (const QLatin1String marker : {QLatin1String(" ;"), QLatin1String("\t;"), QLatin1String(" #"), QLatin1String("\t#")}) {
            const int at = value.indexOf(marker);
            if (at >= 0)
                value.truncate(at);
        }
        value = value.trimmed();
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2);
        const QString key = section + QLatin1Char('.') + name;
        const auto setter = setters.constFind(key);
        if (setter == setters.constEnd())
            return fail(QStringLiteral("[%1] %2").arg(section, name), tr("unknown key (see resources/lango.example.ini for the keys Lango reads)"));
        if (const auto expected = (*setter)(value))
            return fail(QStringLiteral("[%1] %2").arg(section, name), *expected);
    }
    lineNumber = 0;
    if (config.mpesaEnvironment == QLatin1String("custom") && config.mpesaBaseUrl.isEmpty())
        return Error{ErrorCode::BadInput, tr("%1: [mpesa] base_url: expected a URL when environment = custom").arg(path), {}};
    if (config.mpesaType == QLatin1String("till") && config.mpesaTillNumber.isEmpty())
        return Error{ErrorCode::BadInput, tr("%1: [mpesa] till_number: expected the till number when type = till").arg(path), {}};
    if (config.smsSectionSeen && config.smsUsername.isEmpty())
        return Error{ErrorCode::BadInput, tr("%1: [sms] username: expected the Africa's Talking app's user name").arg(path), {}};
    if (config.smsEnvironment == QLatin1String("custom") && config.smsBaseUrl.isEmpty())
        return Error{ErrorCode::BadInput, tr("%1: [sms] base_url: expected a URL when environment = custom").arg(path), {}};
    if (config.tunnelSectionSeen && config.tunnelEndpoint.isEmpty())
        return Error{ErrorCode::BadInput, tr("%1: [tunnel] endpoint: expected host:port, the public address routers dial "
                                             "to reach this server (such as vpn.example.co.ke:51820)").arg(path), {}};
    if (config.tunnelSectionSeen && config.tunnelListenPort == 0)
        config.tunnelListenPort = tunnel::Endpoint::parse(config.tunnelEndpoint)->port;
    return config;
}

} // namespace lango::app
