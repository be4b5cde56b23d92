#include "app/mpesa/stkpushvalidator.h"

#include "app/mpesa/darajaclient.h"
#include "app/mpesa/darajajson.h"
#include "app/mpesa/eattime.h"

#include <cstdlib>

namespace lango::app::mpesa {

namespace {

QString field(const QJsonObject &body, const char *name)
{
    return DarajaJson::text(body.value(QLatin1String(name))).value_or(QString());
}

bool isDigits(const QString &text, int minLength, int maxLength)
{
    if (text.size() < minLength || text.size() > maxLength)
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool isMsisdn(const QString &text)
{
    return isDigits(text, 12, 12) && (text.startsWith(QLatin1String("2547")) || text.startsWith(QLatin1String("2541")));
}

// Format of the three credential fields, without looking the account up.
std::optional<DarajaFault> checkCredentialFormat(const QJsonObject &body, const QDateTime &nowUtc)
{
    if (!isDigits(field(body, "BusinessShortCode"), 5, 8))
        return DarajaFault::invalidField(QStringLiteral("BusinessShortCode"));
    if (field(body, "Password").isEmpty())
        return DarajaFault::invalidField(QStringLiteral("Password"));
    const auto stamp = EatTime::toEpochSeconds(field(body, "Timestamp"));
    if (!stamp || std::abs(*stamp - nowUtc.toSecsSinceEpoch()) > StkPushValidator::TimestampSkewSeconds)
        return DarajaFault::invalidField(QStringLiteral("Timestamp"));
    return std::nullopt;
}

// The account and the password, once the formats are right. Daraja answers
// both with the overloaded 500.001.1001 (daraja.md 3).
lango::Result<EmulatedShortcode, DarajaFault> checkAccount(const QJsonObject &body,
                                                           const StkPushValidator::Accounts &accounts)
{
    const auto account = accounts.constFind(field(body, "BusinessShortCode"));
    if (account == accounts.cend())
        return DarajaFault{500, QStringLiteral("500.001.1001"), QStringLiteral("Merchant does not exist")};
    const QString expected = DarajaClient::stkPassword(account->shortcode, account->passkey, field(body, "Timestamp"));
    if (field(body, "Password") != expected)
        return DarajaFault{500, QStringLiteral("500.001.1001"), QStringLiteral("Wrong credentials")};
    return *account;
}

} // namespace

DarajaFault DarajaFault::invalidField(const QString &field)
{
    return {400, QStringLiteral("400.002.02"), QStringLiteral("Bad Request - Invalid %1").arg(field)};
}

QJsonObject DarajaFault::toJson(const QString &requestId) const
{
    return {{QStringLiteral("requestId"), requestId},
            {QStringLiteral("errorCode"), errorCode},
            {QStringLiteral("errorMessage"), errorMessage}};
}

lango::Result<EmulatedShortcode, DarajaFault>
StkPushValidator::checkCredentials(const QJsonObject &body, const Accounts &accounts, const QDateTime &nowUtc)
{
    if (auto fault = checkCredentialFormat(body, nowUtc))
        return *fault;
    return checkAccount(body, accounts);
}

lango::Result<CheckedPush, DarajaFault>
StkPushValidator::checkPush(const QJsonObject &body, const Accounts &accounts, const QDateTime &nowUtc)
{
    if (auto fault = checkCredentialFormat(body, nowUtc))
        return *fault;
    const QString type = field(body, "TransactionType");
    if (type != QLatin1String("CustomerPayBillOnline") && type != QLatin1String("CustomerBuyGoodsOnline"))
        return DarajaFault::invalidField(QStringLiteral("TransactionType"));

    CheckedPush push;
    // Whole shillings only: 10 and "10" pass, 10.5 and "10.00" do not.
    const QString amount = field(body, "Amount");
    bool ok = false;
    push.amountKes = amount.toLongLong(&ok);
    if (!ok || push.amountKes < 1 || push.amountKes > MaxAmountKes)
        return DarajaFault::invalidField(QStringLiteral("Amount"));
    push.partyA = field(body, "PartyA");
    if (!isMsisdn(push.partyA))
        return DarajaFault::invalidField(QStringLiteral("PartyA"));
    const QString partyB = field(body, "PartyB");
    if (!isDigits(partyB, 5, 8))
        return DarajaFault::invalidField(QStringLiteral("PartyB"));
    push.phone = field(body, "PhoneNumber");
    if (!isMsisdn(push.phone))
        return DarajaFault::invalidField(QStringLiteral("PhoneNumber"));
    const QString callback = body.value(QLatin1String("CallBackURL")).toString();
    push.callbackUrl = QUrl(callback, QUrl::StrictMode);
    if (callback.isEmpty() || callback.contains(u' ') || !push.callbackUrl.isValid()
        || push.callbackUrl.host().isEmpty()
        || (push.callbackUrl.scheme() != QLatin1String("http") && push.callbackUrl.scheme() != QLatin1String("https")))
        return DarajaFault::invalidField(QStringLiteral("CallBackURL"));
    push.accountReference = body.value(QLatin1String("AccountReference")).toString();
    if (push.accountReference.trimmed().isEmpty() || push.accountReference.size() > 12)
        return DarajaFault::invalidField(QStringLiteral("AccountReference"));
    if (body.value(QLatin1String("TransactionDesc")).toString().size() > 13)
        return DarajaFault::invalidField(QStringLiteral("TransactionDesc"));

    auto account = checkAccount(body, accounts);
    if (!account)
        return account.error();
    push.account = *account;
    const bool till = push.account.type == DarajaConfig::Type::Till;
    if (till != (type == QLatin1String("CustomerBuyGoodsOnline")))
        push.deferredFailure = QStringLiteral("2028");
    else if (partyB != (till ? push.account.tillNumber : push.account.shortcode))
        push.deferredFailure = QStringLiteral("SFC_IC0003");
    return push;
}

} // namespace lango::app::mpesa
