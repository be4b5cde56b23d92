#include "app/mpesa/stkcallback.h"
#include "support/testmain.h"

#include <QRandomGenerator>
#include <QTest>

using lango::app::mpesa::ErrorCode;
using lango::app::mpesa::StkCallback;

namespace {

// Daraja's documented success sample (daraja.md 5), with placeholders to vary.
QByteArray success(const QByteArray &code = "0", const QByteArray &amount = "1.00",
                   const QByteArray &date = "20191219102115", const QByteArray &phone = "254708374149",
                   const QByteArray &receipt = "\"NLJ7RT61SV\"")
{
    return R"({"Body": {"stkCallback": {
  "MerchantRequestID": "29115-34620561-1",
  "CheckoutRequestID": "ws_CO_191220191020363925",
  "ResultCode": )" + code + R"(,
  "ResultDesc": "The service request is processed successfully.",
  "CallbackMetadata": {"Item": [
    {"Name": "Amount", "Value": )" + amount + R"(},
    {"Name": "MpesaReceiptNumber", "Value": )" + receipt + R"(},
    {"Name": "Balance"},
    {"Name": "TransactionDate", "Value": )" + date + R"(},
    {"Name": "PhoneNumber", "Value": )" + phone + R"(}]}}}})";
}

QByteArray failure(const QByteArray &code)
{
    return R"({"Body": {"stkCallback": {"MerchantRequestID": "f1e2-4b95-a71d-b30d3cdbb7a7942864",
  "CheckoutRequestID": "ws_CO_21072024125243250722943992",
  "ResultCode": )" + code + R"(, "ResultDesc": "Request cancelled by user"}}})";
}

} // namespace

class TestStkCallback final : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheDocumentedSuccess();
    void parsesAFailureWithoutMetadata();
    void toleratesWhatDarajaVaries_data();
    void toleratesWhatDarajaVaries();
    void refusesWhatMatters_data();
    void refusesWhatMatters();
    void neverCrashesOnMangledBodies();
};

void TestStkCallback::parsesTheDocumentedSuccess()
{
    const auto cb = StkCallback::parse(success());
    QVERIFY2(cb.ok(), qPrintable(cb ? QString() : cb.error().detail));
    QVERIFY(cb->isPaid());
    QCOMPARE(cb->checkoutRequestId, QStringLiteral("ws_CO_191220191020363925"));
    QCOMPARE(cb->merchantRequestId, QStringLiteral("29115-34620561-1"));
    QCOMPARE(cb->amountCents, qint64(100));
    QCOMPARE(cb->receipt, QStringLiteral("NLJ7RT61SV"));
    QCOMPARE(cb->transactionDate, QStringLiteral("20191219102115"));
    QCOMPARE(cb->transactionTime, qint64(1576740075));  // 2019-12-19 07:21:15 UTC
    QCOMPARE(cb->phone, QStringLiteral("254708374149"));
}

void TestStkCallback::parsesAFailureWithoutMetadata()
{
    const auto cb = StkCallback::parse(failure("1032"));
    QVERIFY(cb.ok());
    QVERIFY(!cb->isPaid());
    QCOMPARE(cb->resultCode, QStringLiteral("1032"));
    QCOMPARE(cb->resultDesc, QStringLiteral("Request cancelled by user"));
    QCOMPARE(cb->amountCents, qint64(0));
    QVERIFY(cb->receipt.isEmpty());
}

void TestStkCallback::toleratesWhatDarajaVaries_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("phone");
    QTest::newRow("numbers as strings") << success("\"0\"", "\"10.00\"", "\"20191219102115\"", "\"254708374149\"")
                                        << "0" << qint64(1000) << "254708374149";
    QTest::newRow("amount with .0") << success("0", "10500.0") << "0" << qint64(1050000) << "254708374149";
    QTest::newRow("amount integer") << success("0", "25") << "0" << qint64(2500) << "254708374149";
    QTest::newRow("amount cents") << success("0", "10.5") << "0" << qint64(1050) << "254708374149";
    QTest::newRow("masked phone") << success("0", "1", "20191219102115", "\"2547 ***** 149\"")
                                  << "0" << qint64(100) << "2547 ***** 149";
    QTest::newRow("phone absent") << QByteArray(success().replace(R"(,
    {"Name": "PhoneNumber", "Value": 254708374149})", ""))
                                  << "0" << qint64(100) << "";
    QTest::newRow("items reordered")
        << QByteArray(R"({"Body":{"stkCallback":{"CheckoutRequestID":"ws_CO_1","ResultCode":0,"ResultDesc":"ok",
            "CallbackMetadata":{"Item":[{"Name":"PhoneNumber","Value":254712345678},{"Name":"Balance"},
            {"Name":"TransactionDate","Value":20240101120000},{"Name":"MpesaReceiptNumber","Value":"SAB1234567"},
            {"Name":"Amount","Value":5}]}}}})")
        << "0" << qint64(500) << "254712345678";
    QTest::newRow("date absent")
        << QByteArray(R"({"Body":{"stkCallback":{"CheckoutRequestID":"ws_CO_1","ResultCode":0,
            "CallbackMetadata":{"Item":[{"Name":"MpesaReceiptNumber","Value":"SAB1234567"},{"Name":"Amount","Value":5}]}}}})")
        << "0" << qint64(500) << "";
    QTest::newRow("junk items skipped")
        << QByteArray(R"({"Body":{"stkCallback":{"CheckoutRequestID":"ws_CO_1","ResultCode":0,
            "CallbackMetadata":{"Item":[7,"x",null,{"Value":3},{"Name":"MpesaReceiptNumber","Value":"SAB1234567"},{"Name":"Amount","Value":5}]}}}})")
        << "0" << qint64(500) << "";
    QTest::newRow("SFC_IC0003") << failure("\"SFC_IC0003\"") << "SFC_IC0003" << qint64(0) << "";
    QTest::newRow("code as padded string") << failure("\" 1032 \"") << "1032" << qint64(0) << "";
    QTest::newRow("no merchant id") << QByteArray(R"({"Body":{"stkCallback":{"CheckoutRequestID":"ws_CO_1","ResultCode":1037}}})")
                                    << "1037" << qint64(0) << "";
    QTest::newRow("extra fields") << QByteArray(R"({"Body":{"stkCallback":{"CheckoutRequestID":"ws_CO_1","ResultCode":1,"New":{"x":[1]}}},"Meta":1})")
                                  << "1" << qint64(0) << "";
}

void TestStkCallback::toleratesWhatDarajaVaries()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(qint64, cents);
    QFETCH(QString, phone);
    const auto cb = StkCallback::parse(body);
    QVERIFY2(cb.ok(), qPrintable(cb ? QString() : cb.error().detail));
    QCOMPARE(cb->resultCode, code);
    QCOMPARE(cb->amountCents, cents);
    QCOMPARE(cb->phone, phone);
}

void TestStkCallback::refusesWhatMatters_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("why");
    QByteArray deep;
    for (int i = 0; i < 5000; ++i)
        deep += "[";
    QByteArray huge = success();
    huge.insert(1, "\"pad\":\"" + QByteArray(70 * 1024, 'x') + "\",");

    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("not json") << QByteArray("<xml/>") << "not valid JSON";
    QTest::newRow("truncated") << success().left(120) << "not valid JSON";
    QTest::newRow("array") << QByteArray("[1,2]") << "not a JSON object";
    QTest::newRow("huge") << huge << "64 KB";
    QTest::newRow("deeply nested") << deep << "nested too deeply";
    QTest::newRow("deep inside Body") << QByteArray("{\"Body\":" + QByteArray(40, '[') + QByteArray(40, ']') + "}")
                                      << "nested too deeply";
    QTest::newRow("no Body") << QByteArray(R"({"stkCallback":{}})") << "Body is missing";
    QTest::newRow("Body string") << QByteArray(R"({"Body":"x"})") << "Body is missing";
    QTest::newRow("stkCallback array") << QByteArray(R"({"Body":{"stkCallback":[]}})") << "stkCallback is missing";
    QTest::newRow("checkout missing") << QByteArray(R"({"Body":{"stkCallback":{"ResultCode":0}}})") << "CheckoutRequestID";
    QTest::newRow("checkout number") << QByteArray(R"({"Body":{"stkCallback":{"CheckoutRequestID":5,"ResultCode":1}}})") << "CheckoutRequestID";
    QTest::newRow("checkout blank") << QByteArray(R"({"Body":{"stkCallback":{"CheckoutRequestID":"  ","ResultCode":1}}})") << "CheckoutRequestID";
    QTest::newRow("result missing") << QByteArray(R"({"Body":{"stkCallback":{"CheckoutRequestID":"ws_CO_1"}}})") << "ResultCode";
    QTest::newRow("result bool") << QByteArray(R"({"Body":{"stkCallback":{"CheckoutRequestID":"ws_CO_1","ResultCode":true}}})") << "ResultCode";
    QTest::newRow("result fraction") << QByteArray(R"({"Body":{"stkCallback":{"CheckoutRequestID":"ws_CO_1","ResultCode":0.5}}})") << "ResultCode";
    QTest::newRow("result empty") << QByteArray(R"({"Body":{"stkCallback":{"CheckoutRequestID":"ws_CO_1","ResultCode":""}}})") << "ResultCode";
    QTest::newRow("paid without metadata") << failure("0") << "CallbackMetadata";
    QTest::newRow("Item not list") << QByteArray(R"({"Body":{"stkCallback":{"CheckoutRequestID":"c","ResultCode":0,"CallbackMetadata":{"Item":{}}}}})") << "Item";
    QTest::newRow("amount zero") << success("0", "0") << "Amount";
    QTest::newRow("amount negative") << success("0", "-5") << "Amount";
    QTest::newRow("amount fraction of cent") << success("0", "1.005") << "Amount";
    QTest::newRow("amount text junk") << success("0", "\"ten\"") << "Amount";
    QTest::newRow("amount text fraction") << success("0", "\"1.001\"") << "Amount";
    QTest::newRow("amount null") << success("0", "null") << "Amount";
    QTest::newRow("receipt missing") << success("0", "1", "20191219102115", "1", "\"\"") << "MpesaReceiptNumber";
    QTest::newRow("receipt object") << success("0", "1", "20191219102115", "1", "{}") << "MpesaReceiptNumber";
    QTest::newRow("date short") << success("0", "1", "2019121910") << "TransactionDate";
    QTest::newRow("date month 13") << success("0", "1", "20191319102115") << "TransactionDate";
    QTest::newRow("date fraction") << success("0", "1", "20191219102115.5") << "TransactionDate";
    QTest::newRow("date text junk") << success("0", "1", "\"yesterday\"") << "TransactionDate";
}

void TestStkCallback::refusesWhatMatters()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, why);
    const auto cb = StkCallback::parse(body);
    QVERIFY(!cb.ok());
    QCOMPARE(cb.error().code, ErrorCode::Invalid);
    QVERIFY2(!cb.error().message.isEmpty(), "a sentence for staff");
    QVERIFY2(cb.error().message.contains(why) || cb.error().detail.contains(why),
             qPrintable(cb.error().message + QStringLiteral(" / ") + cb.error().detail));
}

void TestStkCallback::neverCrashesOnMangledBodies()
{
    QRandomGenerator random(20240101);  // fixed seed: reproducible
    const QByteArray original = success();
    const QByteArray alphabet = "{}[]\":,0123456789.-eE ntrufals\\";
    int parsed = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray body = original;
        const int edits = 1 + random.bounded(4);
        for (int i = 0; i < edits; ++i) {
            const int at = random.bounded(static_cast<int>(body.size()));
            switch (random.bounded(3)) {
            case 0: body[at] = alphabet.at(random.bounded(static_cast<int>(alphabet.size()))); break;
            case 1: body.remove(at, 1 + random.bounded(8)); break;
            default: body.insert(at, alphabet.mid(random.bounded(static_cast<int>(alphabet.size())), 3)); break;
            }
        }
        const auto cb = StkCallback::parse(body);
        if (cb.ok()) {
            ++parsed;
            QVERIFY(!cb->checkoutRequestId.isEmpty());
            QVERIFY(!cb->resultCode.isEmpty());
            if (cb->isPaid())
                QVERIFY(cb->amountCents > 0 && !cb->receipt.isEmpty());
        } else {
            QVERIFY(!cb.error().message.isEmpty());
        }
    }
    QVERIFY(parsed > 0);  // some mutations stay valid: the parser is not just refusing everything
}

LANGO_TEST_GUILESS_MAIN(TestStkCallback)
#include "tst_stkcallback.moc"
