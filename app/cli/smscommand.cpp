#include "app/cli/smscommand.h"

#include "app/cli/cliutil.h"
#include "app/mpesa/apperror.h"
#include "app/mpesa/phonenumber.h"
#include "app/core/office.h"
#include "app/sms/smssender.h"
#include "app/sms/smstext.h"
#include "models/timetext.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace lango::app::cli {

int SmsCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Text messages to customers."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), tr("send or list"));
    parser.addOptions({
        {QStringLiteral("phone"), tr("The customer's phone, such as 0712345678."), QStringLiteral("P")},
        {QStringLiteral("text"), tr("The message: up to 480 characters of the GSM alphabet."), QStringLiteral("T")},
        {QStringLiteral("limit"), tr("How many of the latest to list (default 50)."), QStringLiteral("N"), QStringLiteral("50")},
        {QStringLiteral("json"), tr("Print JSON for scripts.")},
    });
    if (!parser.parse(args))
        return m_context.usage(parser.errorText(), parser.helpText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_context.out() << parser.helpText();
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    const bool json = parser.isSet(QStringLiteral("json"));
    const QString action = positional.value(0);
    if (positional.size() != 1 || (action != QLatin1String("send") && action != QLatin1String("list")))
        return m_context.usage(tr("Usage: lango %1").arg(synopsis()), parser.helpText());
    auto office = m_context.office();
    if (!office)
        return m_context.fail(office.error());

    if (action == QLatin1String("send")) {
        if (!parser.isSet(QStringLiteral("phone")) || !parser.isSet(QStringLiteral("text")))
            return m_context.usage(tr("sms send needs --phone and --text."), parser.helpText());
        auto phone = mpesa::PhoneNumber::parse(parser.value(QStringLiteral("phone")));
        if (!phone)
            return m_context.fail(mpesa::toAppError(phone.error()));
        const QString text = parser.value(QStringLiteral("text")).trimmed();
        if (!sms::SmsText::isGsm7(text))
            return m_context.fail(tr("The text has characters outside the GSM alphabet (emoji, curly quotes…), which would "
                                     "make it cost two or three times as much; write it without them."));
        models::AuditEntry who = m_context.who();
        who.action = QStringLiteral("sms.send");
        who.detail = tr("a text to %1").arg(phone->masked());
        auto id = sms::SmsSender::queueFromStaff(**office, QUuid::createUuid().toString(QUuid::WithoutBraces), phone->msisdn(), text, who);
        if (!id)
            return m_context.fail(id.error());
        if (json) {
            printJson(m_context.out(), QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("state"), QStringLiteral("queued")}});
            return Ok;
        }
        m_context.out() << tr("Text %1 queued for %2; the headless server sends it (`lango sms list` shows how it went).")
                               .arg(*id).arg(phone->display()) << Qt::endl;
        return Ok;
    }

    bool limitOk = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || limit < 1 || limit > 10000)
        return m_context.fail(tr("--limit: expected a number from 1 to 10000."));
    auto messages = (*office)->sms.recent(limit);
    if (!messages)
        return m_context.fail(fromModels(messages.error()));
    if (json) {
        QJsonArray array;
        for (const models::SmsMessage &m : *messages)
            array.append(QJsonObject{{QStringLiteral("id"), m.id}, {QStringLiteral("kind"), m.kind}, {QStringLiteral("event"), m.eventKey},
                                     {QStringLiteral("phone"), m.phone}, {QStringLiteral("text"), m.body}, {QStringLiteral("state"), m.state},
                                     {QStringLiteral("provider_id"), m.providerId}, {QStringLiteral("cost"), m.cost},
                                     {QStringLiteral("error"), m.error}, {QStringLiteral("created_at"), m.createdAt},
                                     {QStringLiteral("sent_at"), m.sentAt}, {QStringLiteral("delivered_at"), m.deliveredAt}});
        printJson(m_context.out(), array);
        return Ok;
    }
    TablePrinter table({tr("ID"), tr("KIND"), tr("PHONE"), tr("STATE"), tr("CREATED"), tr("TEXT / ERROR")});
    for (const models::SmsMessage &m : *messages)
        table.addRow({QString::number(m.id), m.kind, m.phone, m.state, models::TimeText::dateTime(m.createdAt),
                      (m.error.isEmpty() ? m.body : m.error).left(60)});
    table.print(m_context.out());
    return Ok;
}

} // namespace lango::app::cli
