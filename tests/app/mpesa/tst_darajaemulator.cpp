#include "app/mpesa/darajaclient.h"
#include "app/mpesa/sim/darajaemulator.h"
#include "app/mpesa/stkcallback.h"

#include "mpesatestkit.h"
#include "support/testmain.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using namespace lango::app::mpesa;
using lango::test::RawAnswer;

Q_DECLARE_METATYPE(QJsonValue)

class TestDarajaEmulator final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void issuesTokensLikeDaraja();
    void refusesBadTokenRequests_data();
    void refusesBadTokenRequests();
    void pushNeedsATokenAndJson();
    void pushIsValidatedLikeDaraja_data();
    void pushIsValidatedLikeDaraja();
    void pushAcceptsNumbersAsStrings();
    void unknownPathsAndMethodsGetDarajaErrors();
    void queryIsPendingWith500ThenAnswersResultCodeAsText();
    void callbackLooksLikeDarajas();
    void idsAndReceiptsAreUnique();
    void lateAnswerToAGoneClientIsHarmless();
    void credentialsAreFixedOrGenerated();

private:
    QUrl url(const QString &path) const { return m_emulator->baseUrl().resolved(QUrl(path)); }
    QByteArray bearer();
    QJsonObject validPush() const;

    std::unique_ptr<DarajaEmulator> m_emulator;
    std::unique_ptr<lango::test::CallbackReceiver> m_receiver;
    lango::test::RawHttp m_http;
};

void TestDarajaEmulator::init()
{
    m_receiver = std::make_unique<lango::test::CallbackReceiver>();
    m_emulator = std::make_unique<DarajaEmulator>();
    QVERIFY(m_emulator->listen() != 0);
    m_emulator->setOutcome(StkOutcome::paid().after(10ms));
}

void TestDarajaEmulator::cleanup()
{
    m_emulator.reset();
    m_receiver.reset();
}

QByteArray TestDarajaEmulator::bearer()
{
    const auto &c = m_emulator->credentials();
    const RawAnswer a = m_http.get(url(QStringLiteral("/oauth/v1/generate?grant_type=client_credentials")),
                                   "Basic " + (c.consumerKey + QLatin1Char(':') + c.consumerSecret).toUtf8().toBase64());
    return "Bearer " + a.json.value(QLatin1String("access_token")).toString().toLatin1();
}

QJsonObject TestDarajaEmulator::validPush() const
{
    const auto &c = m_emulator->credentials();
    const QString timestamp = EatTime::timestamp(QDateTime::currentDateTimeUtc());
    return {{QStringLiteral("BusinessShortCode"), c.paybill},
            {QStringLiteral("Password"), DarajaClient::stkPassword(c.paybill, c.passkey, timestamp)},
            {QStringLiteral("Timestamp"), timestamp},
            {QStringLiteral("TransactionType"), QStringLiteral("CustomerPayBillOnline")},
            {QStringLiteral("Amount"), 10},
            {QStringLiteral("PartyA"), QStringLiteral("254712345678")},
            {QStringLiteral("PartyB"), c.paybill},
            {QStringLiteral("PhoneNumber"), QStringLiteral("254712345678")},
            {QStringLiteral("CallBackURL"), m_receiver->stkUrl().toString()},
            {QStringLiteral("AccountReference"), QStringLiteral("LANGO1")},
            {QStringLiteral("TransactionDesc"), QStringLiteral("WiFi")}};
}

void TestDarajaEmulator::issuesTokensLikeDaraja()
{
    const auto &c = m_emulator->credentials();
    const RawAnswer a = m_http.get(url(QStringLiteral("/oauth/v1/generate?grant_type=client_credentials")),
                                   "Basic " + (c.consumerKey + QLatin1Char(':') + c.consumerSecret).toUtf8().toBase64());
    QCOMPARE(a.status, 200);
    QCOMPARE(a.json.value(QLatin1String("access_token")).toString().size(), 28);
    QVERIFY(a.json.value(QLatin1String("expires_in")).isString());  // like the live API
    QCOMPARE(a.json.value(QLatin1String("expires_in")).toString(), QStringLiteral("3599"));
    QCOMPARE(m_emulator->tokenRequestCount(), 1);
}

void TestDarajaEmulator::refusesBadTokenRequests_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("errorCode");
    const auto &c = DarajaEmulator::defaultCredentials();
    const QByteArray good = "Basic " + (c.consumerKey + QLatin1Char(':') + c.consumerSecret).toUtf8().toBase64();
    QTest::newRow("wrong secret") << "grant_type=client_credentials"
                                  << QByteArray("Basic " + QByteArray(c.consumerKey.toUtf8() + ":nope").toBase64())
                                  << "400.008.01";
    QTest::newRow("bearer instead of basic") << "grant_type=client_credentials" << QByteArray("Bearer abc") << "400.008.01";
    QTest::newRow("no header") << "grant_type=client_credentials" << QByteArray() << "400.008.01";
    QTest::newRow("grant misspelt") << "grant_type=client_credential" << good << "400.008.02";
    QTest::newRow("grant missing") << "" << good << "400.008.02";
}

void TestDarajaEmulator::refusesBadTokenRequests()
{
    QFETCH(QString, query);
    QFETCH(QByteArray, authorization);
    QFETCH(QString, errorCode);
    const RawAnswer a = m_http.get(url(QStringLiteral("/oauth/v1/generate?") + query), authorization);
    QCOMPARE(a.status, 400);
    QCOMPARE(a.json.value(QLatin1String("errorCode")).toString(), errorCode);
    QVERIFY(!a.json.value(QLatin1String("requestId")).toString().isEmpty());
}

void TestDarajaEmulator::pushNeedsATokenAndJson()
{
    const QUrl push = url(QStringLiteral("/mpesa/stkpush/v1/processrequest"));
    const QByteArray body = QJsonDocument(validPush()).toJson();
    RawAnswer a = m_http.post(push, body);
    QCOMPARE(a.status, 404);
    QCOMPARE(a.json.value(QLatin1String("errorCode")).toString(), QStringLiteral("404.001.04"));
    a = m_http.post(push, body, "Bearer not-a-token");
    QCOMPARE(a.status, 404);
    QCOMPARE(a.json.value(QLatin1String("errorCode")).toString(), QStringLiteral("404.001.03"));
    QCOMPARE(a.json.value(QLatin1String("errorMessage")).toString(), QStringLiteral("Invalid Access Token"));
    const QByteArray token = bearer();
    // Daraja's famous quirk: no JSON content type blames the shortcode.
    a = m_http.post(push, body, token, "text/plain");
    QCOMPARE(a.status, 400);
    QCOMPARE(a.json.value(QLatin1String("errorMessage")).toString(), QStringLiteral("Bad Request - Invalid BusinessShortCode"));
    a = m_http.post(push, QByteArray("{\"BusinessShortCode\": "), token);
    QCOMPARE(a.json.value(QLatin1String("errorCode")).toString(), QStringLiteral("400.002.05"));
    m_emulator->setTokenLifetime(1);
    m_emulator->setClock([] { return QDateTime::currentDateTimeUtc(); });
    const QByteArray shortLived = bearer();
    m_emulator->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(5); });
    a = m_http.post(push, body, shortLived);
    QCOMPARE(a.json.value(QLatin1String("errorCode")).toString(), QStringLiteral("404.001.03"));  // expired
    QCOMPARE(m_emulator->stkPushCount(), 0);
}

void TestDarajaEmulator::pushIsValidatedLikeDaraja_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");  // Undefined: remove the field
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    const QString utc = EatTime::timestamp(QDateTime::currentDateTimeUtc().addSecs(-3 * 3600));
    const auto row = [](const char *name, const char *field, const QJsonValue &value, int status, const char *message) {
        QTest::newRow(name) << QString::fromLatin1(field) << value << status << QString::fromLatin1(message);
    };
    row("shortcode letters", "BusinessShortCode", QStringLiteral("17437x"), 400, "Bad Request - Invalid BusinessShortCode");
    row("shortcode unknown", "BusinessShortCode", QStringLiteral("999999"), 500, "Merchant does not exist");
    row("password wrong", "Password", QStringLiteral("MTIz"), 500, "Wrong credentials");
    row("password missing", "Password", QJsonValue::Undefined, 400, "Bad Request - Invalid Password");
    row("timestamp in UTC", "Timestamp", utc, 400, "Bad Request - Invalid Timestamp");
    row("timestamp short", "Timestamp", QStringLiteral("2024010112"), 400, "Bad Request - Invalid Timestamp");
    row("type unknown", "TransactionType", QStringLiteral("PayBill"), 400, "Bad Request - Invalid TransactionType");
    row("amount zero", "Amount", 0, 400, "Bad Request - Invalid Amount");
    row("amount above limit", "Amount", 250001, 400, "Bad Request - Invalid Amount");
    row("amount fraction", "Amount", 10.5, 400, "Bad Request - Invalid Amount");
    row("amount text", "Amount", QStringLiteral("ten"), 400, "Bad Request - Invalid Amount");
    row("partyA local form", "PartyA", QStringLiteral("0712345678"), 400, "Bad Request - Invalid PartyA");
    row("partyB letters", "PartyB", QStringLiteral("abc"), 400, "Bad Request - Invalid PartyB");
    row("phone not kenyan", "PhoneNumber", QStringLiteral("255712345678"), 400, "Bad Request - Invalid PhoneNumber");
    row("phone with plus", "PhoneNumber", QStringLiteral("+254712345678"), 400, "Bad Request - Invalid PhoneNumber");
    row("callback with space", "CallBackURL", QStringLiteral("https://x.co.ke/pay/a b"), 400, "Bad Request - Invalid CallBackURL");
    row("callback relative", "CallBackURL", QStringLiteral("/pay/stk"), 400, "Bad Request - Invalid CallBackURL");
    row("callback ftp", "CallBackURL", QStringLiteral("ftp://x.co.ke/pay"), 400, "Bad Request - Invalid CallBackURL");
    row("reference 13 chars", "AccountReference", QStringLiteral("ABCDEFGHIJKLM"), 400, "Bad Request - Invalid AccountReference");
    row("reference missing", "AccountReference", QJsonValue::Undefined, 400, "Bad Request - Invalid AccountReference");
    row("description 14 chars", "TransactionDesc", QStringLiteral("ABCDEFGHIJKLMN"), 400, "Bad Request - Invalid TransactionDesc");
}

void TestDarajaEmulator::pushIsValidatedLikeDaraja()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(int, status);
    QFETCH(QString, message);
    QJsonObject body = validPush();
    if (value.isUndefined())
        body.remove(field);
    else
        body.insert(field, value);
    const RawAnswer a = m_http.post(url(QStringLiteral("/mpesa/stkpush/v1/processrequest")), body, bearer());
    QCOMPARE(a.status, status);
    QCOMPARE(a.json.value(QLatin1String("errorCode")).toString(),
             status == 400 ? QStringLiteral("400.002.02") : QStringLiteral("500.001.1001"));
    QCOMPARE(a.json.value(QLatin1String("errorMessage")).toString(), message);
    QCOMPARE(m_emulator->stkPushCount(), 0);
    // The client reads the same answer as a typed error.
    const Error e = Error::fromHttp(ApiCall::StkPush, a.status, a.body);
    QCOMPARE(e.errorMessage, message);
    QVERIFY(!e.retryable);
    QVERIFY(e.code == ErrorCode::BadRequest || e.code == ErrorCode::Config);
}

void TestDarajaEmulator::pushAcceptsNumbersAsStrings()
{
    QJsonObject body = validPush();
    body.insert(QStringLiteral("Amount"), QStringLiteral("10"));
    body.insert(QStringLiteral("BusinessShortCode"), 174379);
    body.insert(QStringLiteral("PartyA"), 254712345678LL);
    const RawAnswer a = m_http.post(url(QStringLiteral("/mpesa/stkpush/v1/processrequest")), body, bearer());
    QCOMPARE(a.status, 200);
    QCOMPARE(a.json.value(QLatin1String("ResponseCode")).toString(), QStringLiteral("0"));  // a string
    QVERIFY(a.json.value(QLatin1String("CheckoutRequestID")).toString().startsWith(QStringLiteral("ws_CO_")));
    QCOMPARE(a.json.value(QLatin1String("CustomerMessage")).toString(),
             QStringLiteral("Success. Request accepted for processing"));
}

void TestDarajaEmulator::unknownPathsAndMethodsGetDarajaErrors()
{
    RawAnswer a = m_http.get(url(QStringLiteral("/mpesa/stkpush/v1/processrequest")), bearer());
    QCOMPARE(a.status, 405);
    QCOMPARE(a.json.value(QLatin1String("errorCode")).toString(), QStringLiteral("405.001"));
    a = m_http.post(url(QStringLiteral("/mpesa/nothing")), QJsonObject{}, bearer());
    QCOMPARE(a.status, 404);
    QCOMPARE(a.json.value(QLatin1String("errorCode")).toString(), QStringLiteral("404.001.01"));
}

void TestDarajaEmulator::queryIsPendingWith500ThenAnswersResultCodeAsText()
{
    QSignalSpy known(m_emulator.get(), &DarajaEmulator::stkResultKnown);
    m_emulator->setOutcome(StkOutcome::wrongPin().after(60s));
    const QByteArray token = bearer();
    const RawAnswer pushed = m_http.post(url(QStringLiteral("/mpesa/stkpush/v1/processrequest")), validPush(), token);
    QCOMPARE(pushed.status, 200);
    QJsonObject query = validPush();
    for (const char *unused : {"TransactionType", "Amount", "PartyA", "PartyB", "PhoneNumber", "CallBackURL",
                               "AccountReference", "TransactionDesc"})
        query.remove(QLatin1String(unused));
    query.insert(QStringLiteral("CheckoutRequestID"), pushed.json.value(QLatin1String("CheckoutRequestID")));
    const QUrl queryUrl = url(QStringLiteral("/mpesa/stkpushquery/v1/query"));
    RawAnswer a = m_http.post(queryUrl, query, token);
    QCOMPARE(a.status, 500);
    QCOMPARE(a.json.value(QLatin1String("errorCode")).toString(), QStringLiteral("500.001.1001"));
    QCOMPARE(a.json.value(QLatin1String("errorMessage")).toString(), QStringLiteral("The transaction is being processed"));
    m_emulator->finishNow(pushed.json.value(QLatin1String("CheckoutRequestID")).toString());
    QCOMPARE(known.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->stk.size(), 1, 5000);  // the callback follows
    a = m_http.post(queryUrl, query, token);
    QCOMPARE(a.status, 200);
    QVERIFY(a.json.value(QLatin1String("ResultCode")).isString());
    QCOMPARE(a.json.value(QLatin1String("ResultCode")).toString(), QStringLiteral("2001"));
    query.insert(QStringLiteral("CheckoutRequestID"), QStringLiteral("ws_CO_unknown"));
    a = m_http.post(queryUrl, query, token);
    QCOMPARE(a.json.value(QLatin1String("errorMessage")).toString(), QStringLiteral("Bad Request - Invalid CheckoutRequestID"));
}

void TestDarajaEmulator::callbackLooksLikeDarajas()
{
    QSignalSpy delivered(m_emulator.get(), &DarajaEmulator::callbackDelivered);
    QCOMPARE(m_http.post(url(QStringLiteral("/mpesa/stkpush/v1/processrequest")), validPush(), bearer()).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->stk.size(), 1, 5000);
    const QByteArray body = m_receiver->stk.first();
    QVERIFY(body.contains(R"("ResultCode":0,)"));                 // a number in the callback
    QVERIFY(body.contains(R"({"Name":"Amount","Value":10.00})"));  // decimals as sent live
    QVERIFY(body.contains(R"({"Name":"Balance"})"));               // no Value
    QVERIFY(body.contains(R"({"Name":"PhoneNumber","Value":254712345678})"));
    QVERIFY(QRegularExpression(QStringLiteral(R"("TransactionDate","Value":\d{14}\})")).match(QString::fromUtf8(body)).hasMatch());
    QVERIFY(StkCallback::parse(body).ok());
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 5000);
    QCOMPARE(delivered.first().at(1).toInt(), 200);
}

void TestDarajaEmulator::idsAndReceiptsAreUnique()
{
    const QByteArray token = bearer();
    QSet<QString> ids;
    for (int i = 0; i < 20; ++i) {
        QJsonObject body = validPush();
        const QString phone = QStringLiteral("2547120000%1").arg(i, 2, 10, QLatin1Char('0'));
        body.insert(QStringLiteral("PartyA"), phone);
        body.insert(QStringLiteral("PhoneNumber"), phone);
        ids.insert(m_http.post(url(QStringLiteral("/mpesa/stkpush/v1/processrequest")), body, token)
                       .json.value(QLatin1String("CheckoutRequestID")).toString());
    }
    QCOMPARE(ids.size(), 20);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->stk.size(), 20, 5000);
    QSet<QString> receipts;
    for (const QByteArray &body : std::as_const(m_receiver->stk)) {
        const auto cb = StkCallback::parse(body);
        QVERIFY(cb.ok());
        QCOMPARE(cb->receipt.size(), 10);
        receipts.insert(cb->receipt);
    }
    QCOMPARE(receipts.size(), 20);
}

void TestDarajaEmulator::lateAnswerToAGoneClientIsHarmless()
{
    const QByteArray token = bearer();
    m_emulator->setResponseDelay(150ms);
    QNetworkAccessManager manager;
    QNetworkRequest request(url(QStringLiteral("/mpesa/stkpushquery/v1/query")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", token);
    request.setTransferTimeout(20);
    QNetworkReply *impatient = manager.post(request, QByteArray("{}"));
    QTRY_VERIFY_WITH_TIMEOUT(impatient->isFinished(), 5000);
    QVERIFY(impatient->error() != QNetworkReply::NoError);
    delete impatient;
    // The emulator answers the gone client later; the next answer proves it lived.
    const RawAnswer a = m_http.post(url(QStringLiteral("/mpesa/stkpushquery/v1/query")), QJsonObject{}, token);
    QCOMPARE(a.status, 400);
}

void TestDarajaEmulator::credentialsAreFixedOrGenerated()
{
    const auto fixed = DarajaEmulator::defaultCredentials();
    QCOMPARE(fixed.consumerKey, QStringLiteral("lango-emulator-key"));
    QCOMPARE(fixed.paybill, QStringLiteral("174379"));
    const auto a = DarajaEmulator::generatedCredentials();
    const auto b = DarajaEmulator::generatedCredentials();
    QVERIFY(a.consumerKey != b.consumerKey && a.passkey != b.passkey);
    DarajaEmulator generated(a);
    QVERIFY(generated.listen() != 0);
    DarajaClient client(generated.clientConfig(DarajaConfig::Type::Paybill, m_receiver->stkUrl()));
    const auto token = lango::test::await(client.accessToken());
    QVERIFY(token.ok());
    StkPushRequest push;
    push.phone = QStringLiteral("0712345678");
    push.amountKes = 5;
    push.accountReference = QStringLiteral("X");
    QVERIFY(lango::test::await(client.stkPush(push)).ok());
}

LANGO_TEST_GUILESS_MAIN(TestDarajaEmulator)
#include "tst_darajaemulator.moc"
