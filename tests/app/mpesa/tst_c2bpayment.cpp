#include "app/mpesa/c2bpayment.h"
#include "app/mpesa/callbackreply.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using lango::app::mpesa::C2bPayment;
using lango::app::mpesa::CallbackReply;
using lango::app::mpesa::ErrorCode;

namespace {

// Daraja's documented confirmation (daraja.md 8).
const QByteArray Sample = R"({"TransactionType": "Pay Bill", "TransID": "RKL51ZDR4F",
 "TransTime": "20231121121325", "TransAmount": "5.00",
 "BusinessShortCode": "600966", "BillRefNumber": "Sample Transaction",
 "InvoiceNumber": "", "OrgAccountBalance": "25.00", "ThirdPartyTransID": "",
 "MSISDN": "2547 ***** 126", "FirstName": "NICHOLAS", "MiddleName": "",
 "LastName": ""})";

QByteArray with(const char *key, const QJsonValue &value)
{
    QJsonObject o = QJsonDocument::fromJson(Sample).object();
    if (value.isUndefined())
        o.remove(QLatin1String(key));
    else
        o.insert(QLatin1String(key), value);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestC2bPayment final : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheDocumentedConfirmation();
    void normalisesTheBillReference_data();
    void normalisesTheBillReference();
    void acceptsNumbersForStrings();
    void refusesBrokenNotifications_data();
    void refusesBrokenNotifications();
    void buildsTheAnswers();
};

void TestC2bPayment::parsesTheDocumentedConfirmation()
{
    const auto p = C2bPayment::parse(Sample);
    QVERIFY2(p.ok(), qPrintable(p ? QString() : p.error().detail));
    QCOMPARE(p->transId, QStringLiteral("RKL51ZDR4F"));
    QCOMPARE(p->amountCents, qint64(500));
    QCOMPARE(p->transTime, QStringLiteral("20231121121325"));
    QCOMPARE(p->transactionTime, qint64(1700558005));  // 2023-11-21 09:13:25 UTC
    QCOMPARE(p->businessShortCode, QStringLiteral("600966"));
    QCOMPARE(p->billRefRaw, QStringLiteral("Sample Transaction"));
    QCOMPARE(p->billRefNumber, QStringLiteral("SAMPLETRANSACTION"));
    QCOMPARE(p->msisdn, QStringLiteral("2547 ***** 126"));  // kept raw: not a phone number
    QCOMPARE(p->orgAccountBalance, QStringLiteral("25.00"));
    QCOMPARE(p->firstName, QStringLiteral("NICHOLAS"));
    QVERIFY(!p->isBuyGoods());
}

void TestC2bPayment::normalisesTheBillReference_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("normal");
    QTest::newRow("plain") << "ABC123" << "ABC123";
    QTest::newRow("lower") << "abc123" << "ABC123";
    QTest::newRow("padded") << "  abc123 " << "ABC123";
    QTest::newRow("inner spaces") << "ab c 12 3" << "ABC123";
    QTest::newRow("phone typed") << "0712 345 678" << "0712345678";
    QTest::newRow("empty (till)") << "" << "";
}

void TestC2bPayment::normalisesTheBillReference()
{
    QFETCH(QString, raw);
    QFETCH(QString, normal);
    QCOMPARE(C2bPayment::normaliseBillRef(raw), normal);
    const auto p = C2bPayment::parse(with("BillRefNumber", raw));
    QVERIFY(p.ok());
    QCOMPARE(p->billRefNumber, normal);
}

void TestC2bPayment::acceptsNumbersForStrings()
{
    QJsonObject o = QJsonDocument::fromJson(Sample).object();
    o.insert(QStringLiteral("TransAmount"), 5);
    o.insert(QStringLiteral("BusinessShortCode"), 600966);
    o.insert(QStringLiteral("TransTime"), 20231121121325LL);
    o.insert(QStringLiteral("TransactionType"), QStringLiteral("Buy Goods"));
    const auto p = C2bPayment::parse(QJsonDocument(o).toJson());
    QVERIFY(p.ok());
    QCOMPARE(p->amountCents, qint64(500));
    QCOMPARE(p->businessShortCode, QStringLiteral("600966"));
    QCOMPARE(p->transTime, QStringLiteral("20231121121325"));
    QVERIFY(p->isBuyGoods());
}

void TestC2bPayment::refusesBrokenNotifications_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("why");
    QTest::newRow("not json") << QByteArray("TransID=1") << "not valid JSON";
    QTest::newRow("huge") << with("FirstName", QString(70 * 1024, u'x')) << "64 KB";
    QTest::newRow("no TransID") << with("TransID", QJsonValue::Undefined) << "TransID";
    QTest::newRow("no shortcode") << with("BusinessShortCode", QString()) << "BusinessShortCode";
    QTest::newRow("bad time") << with("TransTime", QStringLiteral("21-11-2023")) << "TransTime";
    QTest::newRow("amount fraction") << with("TransAmount", QStringLiteral("5.001")) << "TransAmount";
    QTest::newRow("amount zero") << with("TransAmount", QStringLiteral("0.00")) << "TransAmount";
    QTest::newRow("amount missing") << with("TransAmount", QJsonValue::Undefined) << "TransAmount";
    QTest::newRow("name is object") << with("FirstName", QJsonObject{{QStringLiteral("a"), 1}}) << "FirstName";
    QTest::newRow("TransID is array") << with("TransID", QJsonArray{1}) << "TransID";
}

void TestC2bPayment::refusesBrokenNotifications()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, why);
    const auto p = C2bPayment::parse(body);
    QVERIFY(!p.ok());
    QCOMPARE(p.error().code, ErrorCode::Invalid);
    QVERIFY2(p.error().message.contains(why) || p.error().detail.contains(why), qPrintable(p.error().detail));
}

void TestC2bPayment::buildsTheAnswers()
{
    QCOMPARE(CallbackReply::toBytes(CallbackReply::accepted()), QByteArray(R"({"ResultCode":0,"ResultDesc":"Accepted"})"));
    QCOMPARE(CallbackReply::toBytes(CallbackReply::validationAccepted()),
             QByteArray(R"({"ResultCode":"0","ResultDesc":"Accepted"})"));
    QCOMPARE(CallbackReply::toBytes(CallbackReply::validationRejected(CallbackReply::C2bRejection::InvalidMsisdn)),
             QByteArray(R"({"ResultCode":"C2B00011","ResultDesc":"Rejected"})"));
    QCOMPARE(CallbackReply::validationRejected(CallbackReply::C2bRejection::InvalidAccountNumber)
                 .value(QLatin1String("ResultCode")).toString(), QStringLiteral("C2B00012"));
    QCOMPARE(CallbackReply::validationRejected(CallbackReply::C2bRejection::OtherError)
                 .value(QLatin1String("ResultCode")).toString(), QStringLiteral("C2B00016"));
}

LANGO_TEST_GUILESS_MAIN(TestC2bPayment)
#include "tst_c2bpayment.moc"
