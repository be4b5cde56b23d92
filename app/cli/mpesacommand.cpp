#include "app/cli/mpesacommand.h"

#include "app/cli/cliutil.h"
#include "app/mpesa/apperror.h"
#include "app/mpesa/darajaclient.h"
#include "app/core/mpesasettings.h"
#include "app/core/office.h"
#include "app/core/secretstore.h"
#include "app/core/startup.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace lango::app::cli {

namespace {

int failWith(CliContext &context, const mpesa::Error &error)
{
    return context.fail(mpesa::toAppError(error));
}

} // namespace

int MpesaCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check and use the M-Pesa (Daraja) connection."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), tr("token, stk, query ID or register-c2b"));
    parser.addOptions({
        {QStringLiteral("json"), tr("Print JSON for scripts.")},
        {QStringLiteral("phone"), tr("Phone to send the PIN prompt to, e.g. 0712 345 678."), QStringLiteral("P")},
        {QStringLiteral("amount"), tr("Amount in whole KES."), QStringLiteral("A")},
        {QStringLiteral("ref"), tr("Account reference shown on the prompt (up to 12 characters)."), QStringLiteral("R")},
    });
    if (!parser.parse(args))
        return m_context.usage(parser.errorText(), parser.helpText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_context.out() << parser.helpText();
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool known = (positional.size() == 1 && (action == QLatin1String("token") || action == QLatin1String("stk")
                                                   || action == QLatin1String("register-c2b")))
                       || (positional.size() == 2 && action == QLatin1String("query"));
    if (!known)
        return m_context.usage(tr("Usage: lango %1").arg(synopsis()), parser.helpText());
    if (action == QLatin1String("stk")) {
        for (const char *required : {"phone", "amount", "ref"}) {
            if (!parser.isSet(QString::fromLatin1(required)))
                return m_context.usage(tr("mpesa stk needs --%1.").arg(QString::fromLatin1(required)), parser.helpText());
        }
    }
    auto config = loadConfig();
    if (!config)
        return m_context.fail(config.error());
    if (action == QLatin1String("token"))
        return token(*config, json);
    if (action == QLatin1String("stk"))
        return stk(*config, parser);
    if (action == QLatin1String("query"))
        return query(*config, positional.at(1), json);
    return registerC2b(*config, json);
}

Result<mpesa::DarajaConfig> MpesaCommand::loadConfig()
{
    auto environment = m_context.environment();
    if (!environment)
        return environment.error();
    auto office = m_context.office();
    if (!office)
        return office.error();
    SecretStore &secrets = *environment->secrets;
    const auto localSecrets = await(MpesaSettings::readLocalSecrets(secrets));
    auto token = await(secrets.read(QStringLiteral("callback_token")));
    if (!token)
        return token.error();
    const Config &config = environment->settings->config;
    return MpesaSettings::load(config, **office, localSecrets, config.publicUrl, *token);
}

int MpesaCommand::token(const mpesa::DarajaConfig &config, bool json)
{
    mpesa::DarajaClient client(config);
    const auto token = await(client.accessToken());
    if (!token)
        return failWith(m_context, token.error());
    if (json) {
        printJson(m_context.out(), QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("base_url"), config.apiBaseUrl().toString()},
                                               {QStringLiteral("expires_at"), token->expiresAt.toString(Qt::ISODate)}});
    } else {
        m_context.out() << tr("The M-Pesa credentials work: Daraja at %1 gave a token valid until %2.")
                               .arg(config.apiBaseUrl().toString(), token->expiresAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
                        << Qt::endl;
    }
    return Ok;
}

int MpesaCommand::stk(const mpesa::DarajaConfig &config, QCommandLineParser &parser)
{
    if (config.callbackUrl.isEmpty())
        return m_context.fail(tr("M-Pesa needs a callback URL: set [http] public_url in the configuration and callback_token "
                                 "in the credentials file."));
    bool ok = false;
    mpesa::StkPushRequest request;
    request.phone = parser.value(QStringLiteral("phone"));
    request.amountKes = parser.value(QStringLiteral("amount")).toLongLong(&ok);
    if (!ok)
        return m_context.fail(tr("--amount: \"%1\" is not a whole number of shillings.").arg(parser.value(QStringLiteral("amount"))));
    request.accountReference = parser.value(QStringLiteral("ref"));
    mpesa::DarajaClient client(config);
    const auto pushed = await(client.stkPush(request));
    if (!pushed)
        return failWith(m_context, pushed.error());
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(m_context.out(), QJsonObject{{QStringLiteral("checkout_request_id"), pushed->checkoutRequestId},
                                               {QStringLiteral("merchant_request_id"), pushed->merchantRequestId},
                                               {QStringLiteral("customer_message"), pushed->customerMessage}});
    } else {
        m_context.out() << pushed->checkoutRequestId << Qt::endl;
    }
    return Ok;
}

int MpesaCommand::query(const mpesa::DarajaConfig &config, const QString &checkoutRequestId, bool json)
{
    mpesa::DarajaClient client(config);
    const auto result = await(client.stkQuery(checkoutRequestId));
    if (!result)
        return failWith(m_context, result.error());
    const bool pending = result->state == mpesa::StkQueryResult::State::Pending;
    if (json) {
        printJson(m_context.out(), QJsonObject{{QStringLiteral("state"), pending ? QStringLiteral("pending") : QStringLiteral("completed")},
                                               {QStringLiteral("result_code"), result->resultCode},
                                               {QStringLiteral("result_desc"), result->resultDesc},
                                               {QStringLiteral("paid"), result->isPaid()}});
    } else if (pending) {
        m_context.out() << tr("Still waiting for the customer (M-Pesa is processing it).") << Qt::endl;
    } else {
        m_context.out() << (result->isPaid() ? tr("Paid.") : tr("Not paid: %1 %2").arg(result->resultCode, result->resultDesc)) << Qt::endl;
    }
    return Ok;
}

int MpesaCommand::registerC2b(const mpesa::DarajaConfig &config, bool json)
{
    if (config.c2bConfirmationUrl.isEmpty())
        return m_context.fail(tr("Registering C2B needs [http] public_url and a callback_token."));
    mpesa::DarajaClient client(config);
    const auto registered = await(client.registerC2bUrls());
    if (!registered)
        return failWith(m_context, registered.error());
    if (json)
        printJson(m_context.out(), QJsonObject{{QStringLiteral("response_code"), registered->responseCode},
                                               {QStringLiteral("description"), registered->responseDescription}});
    else
        m_context.out() << tr("C2B URLs registered: %1").arg(registered->responseDescription) << Qt::endl;
    return Ok;
}

} // namespace lango::app::cli
