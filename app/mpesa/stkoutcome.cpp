#include "app/mpesa/stkoutcome.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace lango::app::mpesa {

namespace {

// A JSON string literal, quotes included.
QString quoted(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

bool isNumber(const QString &text)
{
    bool ok = false;
    text.toLongLong(&ok);
    return ok;
}

} // namespace

StkOutcome StkOutcome::paid()
{
    return {};
}

StkOutcome StkOutcome::cancelled()
{
    return withCode(QStringLiteral("1032"));
}

StkOutcome StkOutcome::timeout()
{
    return withCode(QStringLiteral("1037"));
}

StkOutcome StkOutcome::insufficientFunds()
{
    return withCode(QStringLiteral("1"));
}

StkOutcome StkOutcome::wrongPin()
{
    return withCode(QStringLiteral("2001"));
}

StkOutcome StkOutcome::withCode(const QString &code, const QString &description)
{
    StkOutcome outcome;
    outcome.resultCode = code;
    outcome.resultDesc = description;
    return outcome;
}

StkOutcome StkOutcome::after(std::chrono::milliseconds delay) const
{
    StkOutcome copy = *this;
    copy.delay = delay;
    return copy;
}

StkOutcome StkOutcome::lost() const
{
    StkOutcome copy = *this;
    copy.lostCallback = true;
    return copy;
}

StkOutcome StkOutcome::duplicated() const
{
    StkOutcome copy = *this;
    copy.duplicateCallback = true;
    return copy;
}

QString StkOutcome::description() const
{
    return resultDesc.isEmpty() ? defaultDescription(resultCode) : resultDesc;
}

QString StkOutcome::defaultDescription(const QString &code)
{
    // Texts as Daraja sends them (not translated: this is the wire).
    static const QHash<QString, QString> texts{
        {QStringLiteral("0"), QStringLiteral("The service request is processed successfully.")},
        {QStringLiteral("1"), QStringLiteral("The balance is insufficient for the transaction.")},
        {QStringLiteral("17"), QStringLiteral("Rule limited.")},
        {QStringLiteral("1001"), QStringLiteral("Unable to lock subscriber, a transaction is already in process for the current subscriber")},
        {QStringLiteral("1019"), QStringLiteral("Transaction has expired")},
        {QStringLiteral("1025"), QStringLiteral("An error occurred while sending a push request")},
        {QStringLiteral("1032"), QStringLiteral("Request cancelled by user")},
        {QStringLiteral("1037"), QStringLiteral("DS timeout user cannot be reached")},
        {QStringLiteral("2001"), QStringLiteral("The initiator information is invalid.")},
        {QStringLiteral("2028"), QStringLiteral("The request is not permitted according to product assignment.")},
        {QStringLiteral("8006"), QStringLiteral("The security credential is locked")},
        {QStringLiteral("9999"), QStringLiteral("An error occurred while sending a push request")},
        {QStringLiteral("SFC_IC0003"), QStringLiteral("The operator does not exist.")},
    };
    return texts.value(code, QStringLiteral("The transaction failed."));
}

QByteArray StkOutcome::callbackBody(const QString &merchantRequestId, const QString &checkoutRequestId,
                                    qint64 amountKes, const QString &receipt, const QString &msisdn,
                                    const QString &transactionDate) const
{
    // Built as text so numbers keep Daraja's formatting, which QJsonDocument
    // would normalise (10.00 -> 10).
    const QString code = isNumber(resultCode) ? resultCode : quoted(resultCode);
    const QString head = QStringLiteral(R"({"Body":{"stkCallback":{"MerchantRequestID":%1,"CheckoutRequestID":%2,)"
                                  R"("ResultCode":%3,"ResultDesc":%4)")
                       .arg(quoted(merchantRequestId), quoted(checkoutRequestId), code, quoted(description()));
    if (!isPaid())
        return (head + QStringLiteral("}}}")).toUtf8();
    const QString metadata =
        QStringLiteral(R"(,"CallbackMetadata":{"Item":[{"Name":"Amount","Value":%1.00},)"
                       R"({"Name":"MpesaReceiptNumber","Value":%2},{"Name":"Balance"},)"
                       R"({"Name":"TransactionDate","Value":%3},{"Name":"PhoneNumber","Value":%4}]}}}})")
            .arg(amountKes)
            .arg(quoted(receipt), transactionDate, msisdn);
    return (head + metadata).toUtf8();
}

} // namespace lango::app::mpesa
