#include "app/cli/simcommand.h"

#include "app/cli/cliutil.h"
#include "app/mpesa/sim/darajaemulator.h"
#include "app/core/platform.h"
#include "app/sms/sim/smsemulator.h"
#include "routeros/sim/routeremulator.h"

#include <QCommandLineParser>

#include <optional>

namespace lango::app::cli {

namespace {

int runUntilStopped()
{
    platform::onTerminationRequest([] { QCoreApplication::quit(); });
    return QCoreApplication::exec();
}

// 0 to 65535; 0 lets the system pick a free port (printed at start).
std::optional<quint16> parsePort(const QString &text)
{
    bool ok = false;
    const uint port = text.trimmed().toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    return static_cast<quint16>(port);
}

} // namespace

int SimCommand::run(const QStringList &args)
{
    const QString which = args.value(1);
    if (which == QLatin1String("routeros"))
        return routeros(args.mid(1));
    if (which == QLatin1String("daraja"))
        return daraja(args.mid(1));
    if (which == QLatin1String("sms"))
        return sms(args.mid(1));
    return m_context.usage(tr("Usage: lango %1").arg(synopsis()), QString());
}

int SimCommand::routeros(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("An emulated MikroTik router speaking the RouterOS API."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("port"), tr("API port (default 8728; 0 picks a free one)."), QStringLiteral("PORT"), QStringLiteral("8728")},
        {QStringLiteral("listen"), tr("Address to listen on (default 127.0.0.1)."), QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("user"), tr("API user (default admin)."), QStringLiteral("U"), QStringLiteral("admin")},
        {QStringLiteral("password-stdin"), tr("Read the API user's password from standard input.")},
        {QStringLiteral("identity"), tr("Router identity (default MikroTik)."), QStringLiteral("NAME"), QStringLiteral("MikroTik")},
        {QStringLiteral("latency"), tr("Milliseconds added to every reply."), QStringLiteral("MS"), QStringLiteral("0")},
    });
    if (!parser.parse(args))
        return m_context.usage(parser.errorText(), parser.helpText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_context.out() << parser.helpText();
        return Ok;
    }
    if (!parser.isSet(QStringLiteral("password-stdin")))
        return m_context.usage(tr("sim routeros needs --password-stdin: the emulated router's API password."), parser.helpText());
    const auto requestedPort = parsePort(parser.value(QStringLiteral("port")));
    if (!requestedPort)
        return m_context.usage(tr("--port: \"%1\" is not a port number (1 to 65535, or 0 for any free port).")
                                   .arg(parser.value(QStringLiteral("port"))), parser.helpText());
    routeros::sim::RouterEmulator::Options options;
    options.user = parser.value(QStringLiteral("user"));
    options.password = readLineFromStdin();
    options.identity = parser.value(QStringLiteral("identity"));
    options.latencyMs = parser.value(QStringLiteral("latency")).toInt();
    routeros::sim::RouterEmulator emulator(options);
    const QHostAddress address(parser.value(QStringLiteral("listen")));
    const quint16 port = emulator.listen(address, *requestedPort);
    if (port == 0)
        return m_context.fail(tr("Cannot listen on %1:%2: %3").arg(address.toString(), parser.value(QStringLiteral("port")),
                                                                  emulator.errorString()));
    m_context.out() << tr("Emulated router \"%1\" listening on %2:%3 (RouterOS API), user %4. Ctrl+C stops it.")
                           .arg(options.identity, address.toString()).arg(port).arg(options.user) << Qt::endl;
    return runUntilStopped();
}

int SimCommand::daraja(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("An emulated Safaricom Daraja API (OAuth, STK Push, STK Query, C2B)."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("port"), tr("HTTP port (default 8080; 0 picks a free one)."), QStringLiteral("PORT"), QStringLiteral("8080")},
        {QStringLiteral("listen"), tr("Address to listen on (default 127.0.0.1)."), QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("random-keys"), tr("Make a random consumer key, secret and passkey.")},
    });
    if (!parser.parse(args))
        return m_context.usage(parser.errorText(), parser.helpText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_context.out() << parser.helpText();
        return Ok;
    }
    const auto requestedPort = parsePort(parser.value(QStringLiteral("port")));
    if (!requestedPort)
        return m_context.usage(tr("--port: \"%1\" is not a port number (1 to 65535, or 0 for any free port).")
                                   .arg(parser.value(QStringLiteral("port"))), parser.helpText());
    const auto credentials = parser.isSet(QStringLiteral("random-keys")) ? mpesa::DarajaEmulator::generatedCredentials()
                                                                         : mpesa::DarajaEmulator::defaultCredentials();
    mpesa::DarajaEmulator emulator(credentials);
    const QHostAddress address(parser.value(QStringLiteral("listen")));
    const quint16 port = emulator.listen(address, *requestedPort);
    if (port == 0)
        return m_context.fail(tr("Cannot listen on %1:%2. Is the port in use?").arg(address.toString(), parser.value(QStringLiteral("port"))));
    QTextStream &out = m_context.out();
    out << tr("Emulated Daraja at %1 (Ctrl+C stops it). Use it with [mpesa] environment = custom, base_url = %1").arg(emulator.baseUrl().toString()) << Qt::endl
        << tr("  consumer key:     %1").arg(credentials.consumerKey) << Qt::endl
        << tr("  consumer secret:  %1").arg(credentials.consumerSecret) << Qt::endl
        << tr("  passkey:          %1").arg(credentials.passkey) << Qt::endl
        << tr("  paybill:          %1").arg(credentials.paybill) << Qt::endl
        << tr("  till:             store %1, till %2").arg(credentials.storeNumber, credentials.tillNumber) << Qt::endl;
    return runUntilStopped();
}

int SimCommand::sms(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("An emulated Africa's Talking SMS API: prints each message it is given."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("port"), tr("HTTP port (default 8095; 0 picks a free one)."), QStringLiteral("PORT"), QStringLiteral("8095")},
        {QStringLiteral("listen"), tr("Address to listen on (default 127.0.0.1)."), QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("reports"), tr("Where to POST delivery reports (Lango's /sms/dlr/TOKEN)."), QStringLiteral("URL")},
        {QStringLiteral("balance"), tr("Account balance in KES (default 1000; a part costs 0.80)."), QStringLiteral("KES"), QStringLiteral("1000")},
        {QStringLiteral("fail"), tr("Share of messages reported as not delivered, 0 to 1."), QStringLiteral("SHARE"), QStringLiteral("0")},
    });
    if (!parser.parse(args))
        return m_context.usage(parser.errorText(), parser.helpText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_context.out() << parser.helpText();
        return Ok;
    }
    const auto requestedPort = parsePort(parser.value(QStringLiteral("port")));
    bool balanceOk = false, failOk = false;
    const qint64 balance = parser.value(QStringLiteral("balance")).toLongLong(&balanceOk);
    const double failShare = parser.value(QStringLiteral("fail")).toDouble(&failOk);
    const QUrl reports(parser.value(QStringLiteral("reports")), QUrl::StrictMode);
    if (!requestedPort || !balanceOk || balance < 0 || !failOk || failShare < 0 || failShare > 1
        || (parser.isSet(QStringLiteral("reports")) && (!reports.isValid() || reports.scheme().isEmpty())))
        return m_context.usage(tr("Expected --port 0-65535, --balance KES >= 0, --fail 0 to 1 and --reports a URL."), parser.helpText());
    sms::SmsEmulator emulator;
    emulator.setBalanceCents(balance * 100);
    emulator.setFailShare(failShare);
    if (parser.isSet(QStringLiteral("reports")))
        emulator.setDeliveryReports(reports, std::chrono::seconds(2));
    const QHostAddress address(parser.value(QStringLiteral("listen")));
    if (emulator.listen(address, *requestedPort) == 0)
        return m_context.fail(tr("Cannot listen on %1:%2. Is the port in use?").arg(address.toString(), parser.value(QStringLiteral("port"))));
    QTextStream &out = m_context.out();
    out << tr("Emulated Africa's Talking SMS at %1 (Ctrl+C stops it). Use it with [sms] environment = custom, base_url = %1,")
               .arg(emulator.baseUrl().toString()) << Qt::endl
        << tr("  username = %1, and sms_api_key = %2").arg(emulator.username(), emulator.apiKey()) << Qt::endl;
    QObject::connect(&emulator, &sms::SmsEmulator::messageSent, &emulator, [&out](const sms::SmsEmulator::Sent &sent) {
        out << tr("SMS to %1 (%2): %3").arg(sent.to, sent.messageId, sent.text) << Qt::endl;
    });
    return runUntilStopped();
}

} // namespace lango::app::cli
