#include "app/mpesa/sim/emulatedc2b.h"

#include "app/mpesa/darajaconfig.h"
#include "app/mpesa/darajajson.h"
#include "app/mpesa/darajatransport.h"
#include "app/mpesa/logging.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QUuid>

namespace lango::app::mpesa {

namespace {

const QString Validation = QStringLiteral("validation");
const QString Confirmation = QStringLiteral("confirmation");

bool acceptableUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return !text.isEmpty() && DarajaConfig::urlProblem(url, false).isEmpty();
}

} // namespace

EmulatedC2b::EmulatedC2b(DarajaTransport *transport, std::function<QString()> newTransId, QObject *parent)
    : QObject(parent), m_transport(transport), m_newTransId(std::move(newTransId))
{
}

lango::Result<QJsonObject, DarajaFault>
EmulatedC2b::registerUrls(const QJsonObject &body, int version, const StkPushValidator::Accounts &accounts)
{
    Registration r;
    r.version = version;
    r.shortcode = DarajaJson::text(body.value(QLatin1String("ShortCode"))).value_or(QString());
    bool known = accounts.contains(r.shortcode);
    for (const EmulatedShortcode &account : accounts)
        known = known || account.tillNumber == r.shortcode;
    if (!known)
        return DarajaFault::invalidField(QStringLiteral("ShortCode"));
    r.responseType = body.value(QLatin1String("ResponseType")).toString();
    if (r.responseType != QLatin1String("Completed") && r.responseType != QLatin1String("Cancelled"))
        return DarajaFault::invalidField(QStringLiteral("ResponseType"));
    const QString confirmation = body.value(QLatin1String("ConfirmationURL")).toString();
    if (!acceptableUrl(confirmation))
        return DarajaFault::invalidField(QStringLiteral("ConfirmationURL"));
    const QString validation = body.value(QLatin1String("ValidationURL")).toString();
    if (!validation.isEmpty() && !acceptableUrl(validation))
        return DarajaFault::invalidField(QStringLiteral("ValidationURL"));
    if (m_registerOnce && m_registrations.contains(r.shortcode))
        return DarajaFault{500, QStringLiteral("500.003.1001"), QStringLiteral("Urls are already registered")};
    r.confirmationUrl = QUrl(confirmation);
    r.validationUrl = QUrl(validation);
    m_registrations.insert(r.shortcode, r);
    qCInfo(lcMpesaSim) << "C2B URLs registered for" << r.shortcode;
    return QJsonObject{{QStringLiteral("OriginatorCoversationID"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                       {QStringLiteral("ResponseCode"), QStringLiteral("0")},
                       {QStringLiteral("ResponseDescription"), QStringLiteral("Success")}};
}

std::optional<EmulatedC2b::Registration> EmulatedC2b::registration(const QString &shortcode) const
{
    const auto it = m_registrations.constFind(shortcode);
    if (it == m_registrations.cend())
        return std::nullopt;
    return *it;
}

QJsonObject EmulatedC2b::body(const C2bSimulation &payment, const Registration &registration,
                              const QString &transId, const EmulatedShortcode &account, bool confirmation) const
{
    const bool till = account.type == DarajaConfig::Type::Till;
    // v1 hashes the MSISDN, v2 masks it: neither is a usable phone number.
    const QString msisdn = registration.version == 1
        ? QString::fromLatin1(QCryptographicHash::hash(payment.msisdn.toUtf8(), QCryptographicHash::Sha256).toHex())
        : payment.msisdn.left(4) + QStringLiteral(" ***** ") + payment.msisdn.right(3);
    const qint64 balance = m_balanceCents.value(registration.shortcode);
    const auto money = [](qint64 cents) {
        return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
    };
    return {
        {QStringLiteral("TransactionType"), till ? QStringLiteral("Buy Goods") : QStringLiteral("Pay Bill")},
        {QStringLiteral("TransID"), transId},
        {QStringLiteral("TransTime"), EatTime::timestamp(m_clock())},
        {QStringLiteral("TransAmount"), money(payment.amountKes * 100)},
        {QStringLiteral("BusinessShortCode"), registration.shortcode},
        {QStringLiteral("BillRefNumber"), till ? QString() : payment.billRefNumber},
        {QStringLiteral("InvoiceNumber"), QString()},
        {QStringLiteral("OrgAccountBalance"), confirmation ? money(balance) : QString()},
        {QStringLiteral("ThirdPartyTransID"), QString()},
        {QStringLiteral("MSISDN"), msisdn},
        {QStringLiteral("FirstName"), payment.firstName},
        {QStringLiteral("MiddleName"), payment.middleName},
        {QStringLiteral("LastName"), payment.lastName},
    };
}

QString EmulatedC2b::simulate(const C2bSimulation &payment, const EmulatedShortcode &account)
{
    const QString shortcode = payment.shortcode.isEmpty() ? account.shortcode : payment.shortcode;
    auto found = registration(shortcode);
    if (!found && account.type == DarajaConfig::Type::Till)
        found = registration(account.shortcode == shortcode ? account.tillNumber : account.shortcode);
    if (!found)
        return {};
    const Registration r = *found;
    const QString transId = m_newTransId();
    if (r.validationUrl.isEmpty()) {
        confirm(payment, r, transId, account);
        return transId;
    }
    const QByteArray json = QJsonDocument(body(payment, r, transId, account, false)).toJson(QJsonDocument::Compact);
    m_transport->post(r.validationUrl, {}, json, [this, payment, r, transId, account](const HttpAnswer &answer) {
        if (answer.status == 0) {
            emit callbackFailed(transId, Validation, answer.timedOut ? QStringLiteral("timeout") : answer.networkError);
            // What M-Pesa does when validation cannot be reached: the registered ResponseType.
            if (r.responseType == QLatin1String("Completed"))
                confirm(payment, r, transId, account);
            return;
        }
        emit callbackDelivered(transId, Validation, answer.status, answer.body);
        const auto reply = QJsonDocument::fromJson(answer.body).object();
        if (DarajaJson::text(reply.value(QLatin1String("ResultCode"))) == QLatin1String("0"))
            confirm(payment, r, transId, account);
        else
            qCInfo(lcMpesaSim) << "C2B payment" << transId << "rejected by validation";
    });
    return transId;
}

void EmulatedC2b::confirm(const C2bSimulation &payment, const Registration &registration, const QString &transId,
                          const EmulatedShortcode &account)
{
    m_balanceCents[registration.shortcode] += payment.amountKes * 100;
    const QByteArray json =
        QJsonDocument(body(payment, registration, transId, account, true)).toJson(QJsonDocument::Compact);
    m_transport->post(registration.confirmationUrl, {}, json, [this, transId](const HttpAnswer &answer) {
        if (answer.status == 0)
            emit callbackFailed(transId, Confirmation, answer.timedOut ? QStringLiteral("timeout") : answer.networkError);
        else
            emit callbackDelivered(transId, Confirmation, answer.status, answer.body);
    });
}

} // namespace lango::app::mpesa
