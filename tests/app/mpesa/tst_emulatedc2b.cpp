#include "app/mpesa/c2bpayment.h"
#include "app/mpesa/darajaclient.h"
#include "app/mpesa/sim/darajaemulator.h"

#include "mpesatestkit.h"
#include "support/testmain.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using namespace lango::app::mpesa;
using lango::test::await;
using lango::test::RawAnswer;

// C2B end to end: URL registration (client and raw), then simulated paybill
// payments reaching Lango's validation and confirmation endpoints.
class TestEmulatedC2b final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void c2bPaymentReachesValidationAndConfirmation();
    void c2bRejectedValidationStopsThePayment();
    void c2bV1HashesTheMsisdn();
    void c2bRegistrationIsValidated_data();
    void c2bRegistrationIsValidated();
    void c2bRegistrationCanBeOneTime();
    void simulateRouteStartsAPaybillPayment();
    void unreachableValidationFollowsResponseType();

private:
    QUrl url(const QString &path) const { return m_emulator->baseUrl().resolved(QUrl(path)); }
    QByteArray bearer();

    std::unique_ptr<DarajaEmulator> m_emulator;
    std::unique_ptr<lango::test::CallbackReceiver> m_receiver;
    std::unique_ptr<DarajaClient> m_client;
    lango::test::RawHttp m_http;
};

void TestEmulatedC2b::init()
{
    m_receiver = std::make_unique<lango::test::CallbackReceiver>();
    m_emulator = std::make_unique<DarajaEmulator>();
    QVERIFY(m_emulator->listen() != 0);
    m_client = std::make_unique<DarajaClient>(m_emulator->clientConfig(DarajaConfig::Type::Paybill, m_receiver->stkUrl()));
    m_client->setRetryPolicy(RetryPolicy{4, 10ms, 40ms});
}

void TestEmulatedC2b::cleanup()
{
    m_client.reset();
    m_emulator.reset();
    m_receiver.reset();
}

QByteArray TestEmulatedC2b::bearer()
{
    const auto &c = m_emulator->credentials();
    const RawAnswer a = m_http.get(url(QStringLiteral("/oauth/v1/generate?grant_type=client_credentials")),
                                   "Basic " + (c.consumerKey + QLatin1Char(':') + c.consumerSecret).toUtf8().toBase64());
    return "Bearer " + a.json.value(QLatin1String("access_token")).toString().toLatin1();
}

void TestEmulatedC2b::c2bPaymentReachesValidationAndConfirmation()
{
    C2bRegistration registration;
    registration.confirmationUrl = m_receiver->confirmationUrl();
    registration.validationUrl = m_receiver->validationUrl();
    const auto registered = await(m_client->registerC2bUrls(registration));
    QVERIFY2(registered.ok(), qPrintable(registered ? QString() : registered.error().detail));
    QCOMPARE(registered->responseCode, QStringLiteral("0"));
    QVERIFY(!registered->originatorConversationId.isEmpty());

    C2bSimulation payment;
    payment.amountKes = 50;
    payment.billRefNumber = QStringLiteral(" ab 12 ");
    payment.msisdn = QStringLiteral("254712345126");
    const QString transId = m_emulator->simulateC2bPayment(payment);
    QCOMPARE(transId.size(), 10);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->confirmation.size(), 1, 5000);
    QCOMPARE(m_receiver->validation.size(), 1);
    const auto validation = C2bPayment::parse(m_receiver->validation.first());
    const auto confirmation = C2bPayment::parse(m_receiver->confirmation.first());
    QVERIFY(validation.ok() && confirmation.ok());
    QCOMPARE(validation->transId, transId);
    QCOMPARE(confirmation->transId, transId);
    QVERIFY(validation->orgAccountBalance.isEmpty());
    QCOMPARE(confirmation->orgAccountBalance, QStringLiteral("50.00"));
    QCOMPARE(confirmation->amountCents, qint64(5000));
    QCOMPARE(confirmation->billRefNumber, QStringLiteral("AB12"));
    QCOMPARE(confirmation->businessShortCode, QStringLiteral("174379"));
    QCOMPARE(confirmation->msisdn, QStringLiteral("2547 ***** 126"));
    QCOMPARE(confirmation->transactionType, QStringLiteral("Pay Bill"));
    QVERIFY(qAbs(confirmation->transactionTime - QDateTime::currentSecsSinceEpoch()) <= 60);
}

void TestEmulatedC2b::c2bRejectedValidationStopsThePayment()
{
    C2bRegistration registration;
    registration.confirmationUrl = m_receiver->confirmationUrl();
    registration.validationUrl = m_receiver->validationUrl();
    QVERIFY(await(m_client->registerC2bUrls(registration)).ok());
    QSignalSpy delivered(m_emulator.get(), &DarajaEmulator::c2bCallbackDelivered);
    m_receiver->validationReply = CallbackReply::validationRejected(CallbackReply::C2bRejection::InvalidAccountNumber);
    const QString rejected = m_emulator->simulateC2bPayment({});
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 5000);
    QCOMPARE(delivered.first().at(0).toString(), rejected);
    QCOMPARE(delivered.first().at(1).toString(), QStringLiteral("validation"));
    m_receiver->validationReply = CallbackReply::validationAccepted();
    const QString accepted = m_emulator->simulateC2bPayment({});
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->confirmation.size(), 1, 5000);
    QCOMPARE(C2bPayment::parse(m_receiver->confirmation.first())->transId, accepted);
    QCOMPARE(m_receiver->validation.size(), 2);
}

void TestEmulatedC2b::c2bV1HashesTheMsisdn()
{
    C2bRegistration registration;
    registration.version = C2bRegistration::Version::V1;
    registration.confirmationUrl = m_receiver->confirmationUrl();
    registration.validationUrl = m_receiver->validationUrl();
    QVERIFY(await(m_client->registerC2bUrls(registration)).ok());
    QCOMPARE(m_emulator->c2bRegistration(QStringLiteral("174379"))->version, 1);
    C2bSimulation payment;
    payment.msisdn = QStringLiteral("254708374149");
    m_emulator->simulateC2bPayment(payment);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->confirmation.size(), 1, 5000);
    const auto p = C2bPayment::parse(m_receiver->confirmation.first());
    QVERIFY(p.ok());
    QCOMPARE(p->msisdn, QString::fromLatin1(QCryptographicHash::hash("254708374149", QCryptographicHash::Sha256).toHex()));
}

void TestEmulatedC2b::c2bRegistrationIsValidated_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("response type lower case") << "ResponseType" << "completed" << "Bad Request - Invalid ResponseType";
    QTest::newRow("banned word") << "ConfirmationURL" << "http://127.0.0.1/mpesa/confirm" << "Bad Request - Invalid ConfirmationURL";
    QTest::newRow("not a url") << "ConfirmationURL" << "confirm" << "Bad Request - Invalid ConfirmationURL";
    QTest::newRow("validation banned") << "ValidationURL" << "http://127.0.0.1/SQL" << "Bad Request - Invalid ValidationURL";
    QTest::newRow("unknown shortcode") << "ShortCode" << "999999" << "Bad Request - Invalid ShortCode";
}

void TestEmulatedC2b::c2bRegistrationIsValidated()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);
    QJsonObject body{{QStringLiteral("ShortCode"), QStringLiteral("174379")},
                     {QStringLiteral("ResponseType"), QStringLiteral("Completed")},
                     {QStringLiteral("ConfirmationURL"), m_receiver->confirmationUrl().toString()},
                     {QStringLiteral("ValidationURL"), m_receiver->validationUrl().toString()}};
    const QUrl registerUrl = url(QStringLiteral("/mpesa/c2b/v2/registerurl"));
    RawAnswer a = m_http.post(registerUrl, body, "Bearer stale");
    QCOMPARE(a.status, 400);
    QCOMPARE(a.json.value(QLatin1String("errorCode")).toString(), QStringLiteral("400.003.01"));  // C2B's code
    const QByteArray token = bearer();
    QJsonObject bad = body;
    bad.insert(field, value);
    a = m_http.post(registerUrl, bad, token);
    QCOMPARE(a.status, 400);
    QCOMPARE(a.json.value(QLatin1String("errorMessage")).toString(), message);
    QVERIFY(!m_emulator->c2bRegistration(QStringLiteral("174379")));
    a = m_http.post(registerUrl, body, token);
    QCOMPARE(a.status, 200);
    QVERIFY(!a.json.value(QLatin1String("OriginatorCoversationID")).toString().isEmpty());
    QCOMPARE(m_emulator->c2bRegistration(QStringLiteral("174379"))->confirmationUrl, m_receiver->confirmationUrl());
}

void TestEmulatedC2b::c2bRegistrationCanBeOneTime()
{
    m_emulator->setC2bRegisterOnce(true);
    const QJsonObject body{{QStringLiteral("ShortCode"), QStringLiteral("174379")},
                           {QStringLiteral("ResponseType"), QStringLiteral("Cancelled")},
                           {QStringLiteral("ConfirmationURL"), m_receiver->confirmationUrl().toString()},
                           {QStringLiteral("ValidationURL"), m_receiver->validationUrl().toString()}};
    const QByteArray token = bearer();
    QCOMPARE(m_http.post(url(QStringLiteral("/mpesa/c2b/v1/registerurl")), body, token).status, 200);
    const RawAnswer again = m_http.post(url(QStringLiteral("/mpesa/c2b/v1/registerurl")), body, token);
    QCOMPARE(again.status, 500);
    QCOMPARE(again.json.value(QLatin1String("errorCode")).toString(), QStringLiteral("500.003.1001"));
    const Error e = Error::fromHttp(ApiCall::RegisterC2b, again.status, again.body);
    QCOMPARE(e.code, ErrorCode::Rejected);
    QVERIFY(!e.retryable);
    QVERIFY(e.message.contains(QStringLiteral("already registered")));
}

void TestEmulatedC2b::simulateRouteStartsAPaybillPayment()
{
    const QByteArray token = bearer();
    const QJsonObject registration{{QStringLiteral("ShortCode"), QStringLiteral("174379")},
                                   {QStringLiteral("ResponseType"), QStringLiteral("Completed")},
                                   {QStringLiteral("ConfirmationURL"), m_receiver->confirmationUrl().toString()}};
    QCOMPARE(m_http.post(url(QStringLiteral("/mpesa/c2b/v1/registerurl")), registration, token).status, 200);
    QJsonObject simulate{{QStringLiteral("ShortCode"), 174379},
                         {QStringLiteral("CommandID"), QStringLiteral("CustomerPayBillOnline")},
                         {QStringLiteral("Amount"), 1},
                         {QStringLiteral("Msisdn"), 254708374149LL},
                         {QStringLiteral("BillRefNumber"), QStringLiteral("TEST")}};
    RawAnswer a = m_http.post(url(QStringLiteral("/mpesa/c2b/v1/simulate")), simulate, token);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.json.value(QLatin1String("ResponseCode")).toString(), QStringLiteral("0"));
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->confirmation.size(), 1, 5000);
    QVERIFY(m_receiver->validation.isEmpty());  // none registered: none called
    const auto p = C2bPayment::parse(m_receiver->confirmation.first());
    QVERIFY(p.ok());
    QCOMPARE(p->billRefNumber, QStringLiteral("TEST"));
    QCOMPARE(p->amountCents, qint64(100));
    simulate.insert(QStringLiteral("CommandID"), QStringLiteral("PayBill"));
    a = m_http.post(url(QStringLiteral("/mpesa/c2b/v1/simulate")), simulate, token);
    QCOMPARE(a.json.value(QLatin1String("errorMessage")).toString(), QStringLiteral("Bad Request - Invalid CommandID"));
}

void TestEmulatedC2b::unreachableValidationFollowsResponseType()
{
    QSignalSpy failed(m_emulator.get(), &DarajaEmulator::c2bCallbackFailed);
    const QByteArray token = bearer();
    const QString deadUrl = QStringLiteral("http://127.0.0.1:1/pay/c2b/validation/x");
    QJsonObject registration{{QStringLiteral("ShortCode"), QStringLiteral("174379")},
                             {QStringLiteral("ResponseType"), QStringLiteral("Cancelled")},
                             {QStringLiteral("ConfirmationURL"), m_receiver->confirmationUrl().toString()},
                             {QStringLiteral("ValidationURL"), deadUrl}};
    QCOMPARE(m_http.post(url(QStringLiteral("/mpesa/c2b/v2/registerurl")), registration, token).status, 200);
    const QString cancelled = m_emulator->simulateC2bPayment({});
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    QCOMPARE(failed.first().at(0).toString(), cancelled);
    registration.insert(QStringLiteral("ResponseType"), QStringLiteral("Completed"));
    QCOMPARE(m_http.post(url(QStringLiteral("/mpesa/c2b/v2/registerurl")), registration, token).status, 200);
    const QString completed = m_emulator->simulateC2bPayment({});
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->confirmation.size(), 1, 5000);
    QCOMPARE(C2bPayment::parse(m_receiver->confirmation.first())->transId, completed);
}

LANGO_TEST_GUILESS_MAIN(TestEmulatedC2b)
#include "tst_emulatedc2b.moc"
