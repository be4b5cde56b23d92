#include "app/mpesa/c2bpayment.h"

#include "app/mpesa/darajajson.h"
#include "app/mpesa/eattime.h"

namespace lango::app::mpesa {

namespace {

Error bad(const QString &detail)
{
    return Error::invalid(C2bPayment::tr("The M-Pesa paybill/till notification is malformed: %1").arg(detail),
                          detail);
}

} // namespace

bool C2bPayment::isBuyGoods() const
{
    return transactionType.contains(QLatin1String("goods"), Qt::CaseInsensitive);
}

QString C2bPayment::normaliseBillRef(QStringView raw)
{
    QString out;
    out.reserve(raw.size());
    for (const QChar c : raw) {
        if (!c.isSpace())
            out.append(c.toUpper());
    }
    return out;
}

Result<C2bPayment> C2bPayment::parse(const QByteArray &body)
{
    auto root = DarajaJson::parseObject(body, tr("M-Pesa paybill/till notification"));
    if (!root)
        return root.error();
    const QJsonObject &json = *root;
    // Text of an optional field; a present field of the wrong type is junk.
    bool wrongType = false;
    QString wrongField;
    const auto field = [&](const char *name) {
        const QJsonValue value = json.value(QLatin1String(name));
        if (value.isUndefined() || value.isNull())
            return QString();
        const auto text = DarajaJson::text(value);
        if (!text && !wrongType) {
            wrongType = true;
            wrongField = QString::fromLatin1(name);
        }
        return text.value_or(QString());
    };

    C2bPayment p;
    p.transactionType = field("TransactionType");
    p.transId = field("TransID");
    p.transTime = field("TransTime");
    p.businessShortCode = field("BusinessShortCode");
    p.billRefRaw = field("BillRefNumber");
    p.billRefNumber = normaliseBillRef(p.billRefRaw);
    p.invoiceNumber = field("InvoiceNumber");
    p.thirdPartyTransId = field("ThirdPartyTransID");
    p.msisdn = field("MSISDN");
    p.firstName = field("FirstName");
    p.middleName = field("MiddleName");
    p.lastName = field("LastName");
    const QJsonValue balance = json.value(QLatin1String("OrgAccountBalance"));
    p.orgAccountBalance = balance.isDouble() ? QString::number(balance.toDouble(), 'f', 2) : balance.toString();
    if (wrongType)
        return bad(QStringLiteral("%1 has the wrong type").arg(wrongField));

    if (p.transId.isEmpty() || p.transId.size() > 32)
        return bad(QStringLiteral("TransID is missing"));
    if (p.businessShortCode.isEmpty())
        return bad(QStringLiteral("BusinessShortCode is missing"));
    const auto epoch = EatTime::toEpochSeconds(p.transTime);
    if (!epoch)
        return bad(QStringLiteral("TransTime is not a YYYYMMDDHHmmss date"));
    p.transactionTime = *epoch;
    const QJsonValue amount = json.value(QLatin1String("TransAmount"));
    const auto cents = DarajaJson::cents(amount);
    if (!cents)
        return bad(QStringLiteral("TransAmount is missing, not positive or has fractions of a cent"));
    p.amountCents = *cents;
    return p;
}

} // namespace lango::app::mpesa
