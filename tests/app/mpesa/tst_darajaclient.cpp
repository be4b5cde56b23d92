#include "app/mpesa/darajaclient.h"
#include "app/mpesa/sim/darajaemulator.h"
#include "app/mpesa/resultcodes.h"
#include "app/mpesa/stkcallback.h"

#include "mpesatestkit.h"
#include "support/testmain.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using namespace lango::app::mpesa;
using lango::test::await;

namespace {

const QString PushPath = QStringLiteral("/mpesa/stkpush/v1/processrequest");
const QString QueryPath = QStringLiteral("/mpesa/stkpushquery/v1/query");
const QString TokenPath = QStringLiteral("/oauth/v1/generate");

StkPushRequest push(const QString &phone, qint64 amount = 10, const QString &reference = QStringLiteral("LANGO1"))
{
    StkPushRequest r;
    r.phone = phone;
    r.amountKes = amount;
    r.accountReference = reference;
    return r;
}

} // namespace

class TestDarajaClient final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void oneTokenServesManyConcurrentPushes();
    void tokenIsRefreshedAfterExpiry();
    void expiresInMayBeANumber();
    void refusedTokenIsRefreshedAndCallRetriedOnce();
    void tokenRefusedTwiceIsAnAuthError();
    void wrongKeysAreAnAuthErrorWithoutRetry();
    void tokenFetchRetriesTransientFailures();
    void pushIsCheckedBeforeSending_data();
    void pushIsCheckedBeforeSending();
    void darajaRefusalsAreTypedErrors_data();
    void darajaRefusalsAreTypedErrors();
    void paybillRequestHasDarajaShape();
    void tillRequestUsesStoreNumberAndTill();
    void misconfiguredTillFailsInTheCallback_data();
    void misconfiguredTillFailsInTheCallback();
    void everyResultCodeReachesTheCaller_data();
    void everyResultCodeReachesTheCaller();
    void duplicateCallbacksAreVisible();
    void lostCallbackIsAnsweredByQuery();
    void queryIsPendingThenFinal();
    void queryRetriesBusyWithBackoff();
    void queryGivesUpAfterMaxAttempts();
    void pushIsNeverResent();
    void pushTimeoutIsNotRetryable();
    void secondPushToABusyPhoneIsRefused();

private:
    std::unique_ptr<DarajaClient> makeClient(const DarajaConfig &config);
    Clock clock() { return [this] { return QDateTime::currentDateTimeUtc().addSecs(m_clockOffset); }; }

    std::unique_ptr<DarajaEmulator> m_emulator;
    std::unique_ptr<lango::test::CallbackReceiver> m_receiver;
    std::unique_ptr<DarajaClient> m_client;
    qint64 m_clockOffset = 0;
};

std::unique_ptr<DarajaClient> TestDarajaClient::makeClient(const DarajaConfig &config)
{
    auto client = std::make_unique<DarajaClient>(config);
    client->setClock(clock());
    client->setRetryPolicy(RetryPolicy{4, 10ms, 40ms});
    client->setRequestTimeout(5s);
    return client;
}

void TestDarajaClient::init()
{
    m_clockOffset = 0;
    m_receiver = std::make_unique<lango::test::CallbackReceiver>();
    QVERIFY(m_receiver->port() != 0);
    m_emulator = std::make_unique<DarajaEmulator>();
    QVERIFY(m_emulator->listen() != 0);
    m_emulator->setClock(clock());
    m_emulator->setOutcome(StkOutcome::paid().after(20ms));
    m_client = makeClient(m_emulator->clientConfig(DarajaConfig::Type::Paybill, m_receiver->stkUrl()));
}

void TestDarajaClient::cleanup()
{
    m_client.reset();
    m_emulator.reset();
    m_receiver.reset();
}

void TestDarajaClient::oneTokenServesManyConcurrentPushes()
{
    m_emulator->setOutcome(StkOutcome::paid().after(10ms).lost());
    QList<QFuture<Result<StkPushResponse>>> futures;
    for (int i = 0; i < 100; ++i)
        futures.append(m_client->stkPush(push(QStringLiteral("0712%1").arg(i, 6, 10, QLatin1Char('0')))));
    QSet<QString> ids;
    for (const auto &future : futures) {
        const auto r = await(future);
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().detail));
        ids.insert(r->checkoutRequestId);
    }
    QCOMPARE(ids.size(), 100);
    QCOMPARE(m_client->tokenFetchCount(), 1);
    QCOMPARE(m_emulator->tokenRequestCount(), 1);
    QCOMPARE(m_emulator->stkPushCount(), 100);
}

void TestDarajaClient::tokenIsRefreshedAfterExpiry()
{
    m_emulator->setTokenLifetime(600);
    QVERIFY(await(m_client->accessToken()).ok());
    QVERIFY(await(m_client->stkPush(push(QStringLiteral("0712000001")))).ok());
    QCOMPARE(m_client->tokenFetchCount(), 1);
    m_clockOffset = 420;  // 3 minutes before expiry: still fine
    QVERIFY(await(m_client->stkPush(push(QStringLiteral("0712000002")))).ok());
    QCOMPARE(m_client->tokenFetchCount(), 1);
    m_clockOffset = 560;  // within the last minute: refresh first
    QVERIFY(await(m_client->stkPush(push(QStringLiteral("0712000003")))).ok());
    QCOMPARE(m_client->tokenFetchCount(), 2);
    QCOMPARE(m_emulator->tokenRequestCount(), 2);
    // A very short lifetime (tests, odd servers) still caches for most of it.
    m_emulator->setTokenLifetime(8);
    m_client->dropToken();
    QVERIFY(await(m_client->stkPush(push(QStringLiteral("0712000004")))).ok());
    QVERIFY(await(m_client->stkPush(push(QStringLiteral("0712000005")))).ok());
    QCOMPARE(m_client->tokenFetchCount(), 3);
    m_clockOffset += 9;  // expired at the emulator too
    QVERIFY(await(m_client->stkPush(push(QStringLiteral("0712000006")))).ok());
    QCOMPARE(m_client->tokenFetchCount(), 4);
    QCOMPARE(m_emulator->stkPushRequestCount(), 6);  // no request went out with an expired token
}

void TestDarajaClient::expiresInMayBeANumber()
{
    m_emulator->setExpiresInAsNumber(true);
    m_emulator->setTokenLifetime(3599);
    const auto token = await(m_client->accessToken());
    QVERIFY(token.ok());
    QVERIFY(qAbs(clock()().secsTo(token->expiresAt) - 3599) <= 2);
}

void TestDarajaClient::refusedTokenIsRefreshedAndCallRetriedOnce()
{
    QVERIFY(await(m_client->stkPush(push(QStringLiteral("0712000001")))).ok());
    m_emulator->revokeTokens();  // like a token invalidated by another login
    const auto r = await(m_client->stkPush(push(QStringLiteral("0712000002"))));
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().detail));
    QCOMPARE(m_client->tokenFetchCount(), 2);
    QCOMPARE(m_emulator->stkPushRequestCount(), 3);  // refused + resent
    QCOMPARE(m_emulator->stkPushCount(), 2);         // one push per call reached "M-Pesa"
    m_emulator->revokeTokens();
    QVERIFY(await(m_client->stkQuery(r->checkoutRequestId)).ok());
    m_emulator->revokeTokens();  // C2B answers 400.003.01 instead of 404.001.03
    C2bRegistration registration;
    registration.confirmationUrl = m_receiver->confirmationUrl();
    registration.validationUrl = m_receiver->validationUrl();
    QVERIFY(await(m_client->registerC2bUrls(registration)).ok());
    QCOMPARE(m_client->tokenFetchCount(), 4);
}

void TestDarajaClient::tokenRefusedTwiceIsAnAuthError()
{
    m_emulator->failNext(PushPath, 404, QStringLiteral("404.001.03"), QStringLiteral("Invalid Access Token"), 2);
    const auto r = await(m_client->stkPush(push(QStringLiteral("0712000001"))));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Auth);
    QCOMPARE(r.error().httpStatus, 404);
    QCOMPARE(r.error().errorCode, QStringLiteral("404.001.03"));
    QCOMPARE(r.error().errorMessage, QStringLiteral("Invalid Access Token"));
    QVERIFY(!r.error().requestId.isEmpty());
    QCOMPARE(m_emulator->stkPushRequestCount(), 2);
    QCOMPARE(m_client->tokenFetchCount(), 2);
}

void TestDarajaClient::wrongKeysAreAnAuthErrorWithoutRetry()
{
    DarajaConfig config = m_emulator->clientConfig(DarajaConfig::Type::Paybill, m_receiver->stkUrl());
    config.consumerSecret = QStringLiteral("wrong");
    auto client = makeClient(config);
    const auto r = await(client->stkPush(push(QStringLiteral("0712000001"))));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Auth);
    QCOMPARE(r.error().errorCode, QStringLiteral("400.008.01"));
    QVERIFY(!r.error().retryable);
    QVERIFY(r.error().message.contains(QStringLiteral("consumer key or secret")));
    QVERIFY(!r.error().message.contains(QStringLiteral("wrong")));  // never echo secrets
    QCOMPARE(client->tokenFetchCount(), 1);
    QCOMPARE(m_emulator->stkPushRequestCount(), 0);
}

void TestDarajaClient::tokenFetchRetriesTransientFailures()
{
    m_emulator->failNext(TokenPath, 500, QStringLiteral("500.003.03"), QStringLiteral("Quota Violation"));
    m_emulator->failNext(TokenPath, 503, QString(), QString());  // a gateway, no Daraja envelope
    QVERIFY(await(m_client->accessToken()).ok());
    QCOMPARE(m_client->tokenFetchCount(), 3);
}

void TestDarajaClient::pushIsCheckedBeforeSending_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("callback");
    QTest::addColumn<ErrorCode>("code");
    const QString ok = QStringLiteral("0712345678");
    QTest::newRow("bad phone") << "0201234567" << qint64(10) << "REF" << "" << "" << ErrorCode::Invalid;
    QTest::newRow("amount zero") << ok << qint64(0) << "REF" << "" << "" << ErrorCode::Invalid;
    QTest::newRow("amount negative") << ok << qint64(-5) << "REF" << "" << "" << ErrorCode::Invalid;
    QTest::newRow("amount above limit") << ok << qint64(250001) << "REF" << "" << "" << ErrorCode::Invalid;
    QTest::newRow("reference 13 chars") << ok << qint64(10) << "ABCDEFGHIJKLM" << "" << "" << ErrorCode::Invalid;
    QTest::newRow("reference empty") << ok << qint64(10) << "  " << "" << "" << ErrorCode::Invalid;
    QTest::newRow("description 14 chars") << ok << qint64(10) << "REF" << "ABCDEFGHIJKLMN" << "" << ErrorCode::Invalid;
    QTest::newRow("callback with space") << ok << qint64(10) << "REF" << "" << "http://127.0.0.1/pay/a b" << ErrorCode::Config;
    QTest::newRow("callback banned word") << ok << qint64(10) << "REF" << "" << "http://127.0.0.1/mpesa/cb" << ErrorCode::Config;
    QTest::newRow("callback not http") << ok << qint64(10) << "REF" << "" << "ftp://127.0.0.1/pay" << ErrorCode::Config;
}

void TestDarajaClient::pushIsCheckedBeforeSending()
{
    QFETCH(QString, phone);
    QFETCH(qint64, amount);
    QFETCH(QString, reference);
    QFETCH(QString, description);
    QFETCH(QString, callback);
    QFETCH(ErrorCode, code);
    StkPushRequest request = push(phone, amount, reference);
    request.description = description;
    if (!callback.isEmpty())
        request.callbackUrl = QUrl(callback);
    const auto r = await(m_client->stkPush(request));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(m_emulator->stkPushRequestCount(), 0);
    QCOMPARE(m_client->tokenFetchCount(), 0);  // refused before even signing in
}

void TestDarajaClient::darajaRefusalsAreTypedErrors_data()
{
    QTest::addColumn<QString>("passkey");
    QTest::addColumn<QString>("shortcode");
    QTest::addColumn<qint64>("clockSkew");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("darajaMessage");
    QTest::addColumn<QString>("says");
    QTest::newRow("wrong passkey") << "not-the-passkey" << "" << qint64(0) << ErrorCode::Config
                                   << "Wrong credentials" << "passkey";
    QTest::newRow("unknown shortcode") << "" << "123456" << qint64(0) << ErrorCode::Config
                                       << "Merchant does not exist" << "shortcode";
    // The classic bug: a UTC timestamp. Here the client's clock runs 3 h behind.
    QTest::newRow("timestamp not EAT") << "" << "" << qint64(-3 * 3600) << ErrorCode::BadRequest
                                       << "Bad Request - Invalid Timestamp" << "Invalid Timestamp";
}

void TestDarajaClient::darajaRefusalsAreTypedErrors()
{
    QFETCH(QString, passkey);
    QFETCH(QString, shortcode);
    QFETCH(qint64, clockSkew);
    QFETCH(ErrorCode, code);
    QFETCH(QString, darajaMessage);
    QFETCH(QString, says);
    DarajaConfig config = m_emulator->clientConfig(DarajaConfig::Type::Paybill, m_receiver->stkUrl());
    if (!passkey.isEmpty())
        config.passkey = passkey;
    if (!shortcode.isEmpty())
        config.shortcode = shortcode;
    auto client = makeClient(config);
    client->setClock([clockSkew] { return QDateTime::currentDateTimeUtc().addSecs(clockSkew); });
    const auto r = await(client->stkPush(push(QStringLiteral("0712345678"))));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
    QCOMPARE(r.error().errorMessage, darajaMessage);
    QVERIFY(!r.error().retryable);
    QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
    QVERIFY(!r.error().message.contains(m_emulator->credentials().passkey));
    QCOMPARE(m_emulator->stkPushCount(), 0);
}

void TestDarajaClient::paybillRequestHasDarajaShape()
{
    StkPushRequest request = push(QStringLiteral("0712 345 678"), 10, QStringLiteral("WIFI-1H"));
    request.description = QStringLiteral("Lango 1 hour");
    const auto r = await(m_client->stkPush(request));
    QVERIFY(r.ok());
    QCOMPARE(r->responseCode, QStringLiteral("0"));
    QVERIFY(r->checkoutRequestId.startsWith(QStringLiteral("ws_CO_")));
    QVERIFY(!r->merchantRequestId.isEmpty());
    QCOMPARE(r->msisdn, QStringLiteral("254712345678"));
    const QJsonObject sent = m_emulator->lastStkPushRequest();
    QCOMPARE(sent.value(QLatin1String("BusinessShortCode")).toString(), QStringLiteral("174379"));
    QCOMPARE(sent.value(QLatin1String("PartyB")).toString(), QStringLiteral("174379"));
    QCOMPARE(sent.value(QLatin1String("TransactionType")).toString(), QStringLiteral("CustomerPayBillOnline"));
    QVERIFY(sent.value(QLatin1String("Amount")).isDouble());
    QCOMPARE(sent.value(QLatin1String("Amount")).toInteger(), qint64(10));
    QCOMPARE(sent.value(QLatin1String("PartyA")).toString(), QStringLiteral("254712345678"));
    QCOMPARE(sent.value(QLatin1String("PhoneNumber")).toString(), QStringLiteral("254712345678"));
    QCOMPARE(sent.value(QLatin1String("AccountReference")).toString(), QStringLiteral("WIFI-1H"));
    QCOMPARE(sent.value(QLatin1String("TransactionDesc")).toString(), QStringLiteral("Lango 1 hour"));
    QCOMPARE(QUrl(sent.value(QLatin1String("CallBackURL")).toString()), m_receiver->stkUrl());
    // One timestamp, in EAT, inside the password too.
    const QString timestamp = sent.value(QLatin1String("Timestamp")).toString();
    const auto when = EatTime::toEpochSeconds(timestamp);
    QVERIFY(when && qAbs(*when - QDateTime::currentSecsSinceEpoch()) <= 60);
    const QByteArray password = QByteArray::fromBase64(sent.value(QLatin1String("Password")).toString().toLatin1());
    QCOMPARE(QString::fromLatin1(password),
             QStringLiteral("174379") + m_emulator->credentials().passkey + timestamp);
}

void TestDarajaClient::tillRequestUsesStoreNumberAndTill()
{
    auto till = makeClient(m_emulator->clientConfig(DarajaConfig::Type::Till, m_receiver->stkUrl()));
    const auto r = await(till->stkPush(push(QStringLiteral("0712345678"))));
    QVERIFY(r.ok());
    const QJsonObject sent = m_emulator->lastStkPushRequest();
    QCOMPARE(sent.value(QLatin1String("BusinessShortCode")).toString(), m_emulator->credentials().storeNumber);
    QCOMPARE(sent.value(QLatin1String("PartyB")).toString(), m_emulator->credentials().tillNumber);
    QCOMPARE(sent.value(QLatin1String("TransactionType")).toString(), QStringLiteral("CustomerBuyGoodsOnline"));
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->stk.size(), 1, 5000);
    const auto cb = StkCallback::parse(m_receiver->stk.first());
    QVERIFY(cb.ok() && cb->isPaid());
}

void TestDarajaClient::misconfiguredTillFailsInTheCallback_data()
{
    QTest::addColumn<bool>("payBillType");
    QTest::addColumn<QString>("till");
    QTest::addColumn<QString>("code");
    QTest::newRow("paybill type to a till store") << true << QString() << "2028";
    QTest::newRow("wrong till number") << false << "999999" << "SFC_IC0003";
}

void TestDarajaClient::misconfiguredTillFailsInTheCallback()
{
    QFETCH(bool, payBillType);
    QFETCH(QString, till);
    QFETCH(QString, code);
    // Daraja accepts these pushes and fails them later (daraja.md 4).
    DarajaConfig config = m_emulator->clientConfig(DarajaConfig::Type::Till, m_receiver->stkUrl());
    if (payBillType)
        config.type = DarajaConfig::Type::Paybill;
    else
        config.tillNumber = till;
    auto client = makeClient(config);
    const auto r = await(client->stkPush(push(QStringLiteral("0712345678"))));
    QVERIFY(r.ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->stk.size(), 1, 5000);
    const auto cb = StkCallback::parse(m_receiver->stk.first());
    QVERIFY(cb.ok());
    QCOMPARE(cb->resultCode, code);
    QCOMPARE(ResultCodes::lookup(cb->resultCode).category, ResultCategory::ConfigError);
}

void TestDarajaClient::everyResultCodeReachesTheCaller_data()
{
    QTest::addColumn<QString>("code");
    for (const QString &code : ResultCodes::knownCodes())
        QTest::newRow(qPrintable(code)) << code;
    QTest::newRow("unknown 4444") << QStringLiteral("4444");
}

void TestDarajaClient::everyResultCodeReachesTheCaller()
{
    QFETCH(QString, code);
    QSignalSpy delivered(m_emulator.get(), &DarajaEmulator::callbackDelivered);
    m_emulator->setOutcomeFor(QStringLiteral("0722000111"), StkOutcome::withCode(code).after(10ms));
    const auto r = await(m_client->stkPush(push(QStringLiteral("+254 722 000 111"), 25)));
    QVERIFY(r.ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->stk.size(), 1, 5000);
    const auto cb = StkCallback::parse(m_receiver->stk.first());
    QVERIFY2(cb.ok(), qPrintable(cb ? QString() : cb.error().detail));
    QCOMPARE(cb->checkoutRequestId, r->checkoutRequestId);
    QCOMPARE(cb->resultCode, code);
    const ResultCodeInfo info = ResultCodes::lookup(cb->resultCode);
    QCOMPARE(info.isPaid(), code == QLatin1String("0"));
    QVERIFY(!ResultCodes::customerMessage(cb->resultCode, u"en").isEmpty());
    QVERIFY(!ResultCodes::customerMessage(cb->resultCode, u"sw").isEmpty());
    if (cb->isPaid()) {
        QCOMPARE(cb->amountCents, qint64(2500));
        QCOMPARE(cb->receipt.size(), 10);
        QCOMPARE(cb->phone, QStringLiteral("254722000111"));
        QVERIFY(qAbs(cb->transactionTime - QDateTime::currentSecsSinceEpoch()) <= 60);
    }
    // The hook tells what Lango answered.
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 5000);
    QCOMPARE(delivered.first().at(1).toInt(), 200);
    QCOMPARE(delivered.first().at(2).toByteArray(), QByteArray(R"({"ResultCode":0,"ResultDesc":"Accepted"})"));
}

void TestDarajaClient::duplicateCallbacksAreVisible()
{
    m_emulator->setOutcome(StkOutcome::paid().after(10ms).duplicated());
    const auto r = await(m_client->stkPush(push(QStringLiteral("0712345678"))));
    QVERIFY(r.ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->stk.size(), 2, 5000);
    const auto first = StkCallback::parse(m_receiver->stk.at(0));
    const auto second = StkCallback::parse(m_receiver->stk.at(1));
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(first->checkoutRequestId, second->checkoutRequestId);
    QCOMPARE(first->receipt, second->receipt);  // same money, told twice: dedupe on it
    QCOMPARE(first->transactionDate, second->transactionDate);
}

void TestDarajaClient::lostCallbackIsAnsweredByQuery()
{
    QSignalSpy lost(m_emulator.get(), &DarajaEmulator::callbackLost);
    m_emulator->setOutcome(StkOutcome::paid().after(10ms).lost());
    const auto r = await(m_client->stkPush(push(QStringLiteral("0712345678"))));
    QVERIFY(r.ok());
    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 5000);
    QVERIFY(m_receiver->stk.isEmpty());
    const auto q = await(m_client->stkQuery(r->checkoutRequestId));
    QVERIFY2(q.ok(), qPrintable(q ? QString() : q.error().detail));
    QCOMPARE(q->state, StkQueryResult::State::Completed);
    QCOMPARE(q->resultCode, QStringLiteral("0"));
    QVERIFY(q->isPaid());
}

void TestDarajaClient::queryIsPendingThenFinal()
{
    QSignalSpy known(m_emulator.get(), &DarajaEmulator::stkResultKnown);
    m_emulator->setOutcome(StkOutcome::cancelled().after(60s));
    const auto r = await(m_client->stkPush(push(QStringLiteral("0712345678"))));
    QVERIFY(r.ok());
    const auto pending = await(m_client->stkQuery(r->checkoutRequestId));
    QVERIFY2(pending.ok(), qPrintable(pending ? QString() : pending.error().detail));
    QCOMPARE(pending->state, StkQueryResult::State::Pending);
    QVERIFY(pending->resultCode.isEmpty());
    m_emulator->finishNow(r->checkoutRequestId);
    QCOMPARE(known.size(), 1);
    const auto final = await(m_client->stkQuery(r->checkoutRequestId));
    QVERIFY(final.ok());
    QCOMPARE(final->state, StkQueryResult::State::Completed);
    QCOMPARE(final->resultCode, QStringLiteral("1032"));
    QVERIFY(!final->isPaid());
}

void TestDarajaClient::queryRetriesBusyWithBackoff()
{
    const auto r = await(m_client->stkPush(push(QStringLiteral("0712345678"))));
    QVERIFY(r.ok());
    m_emulator->failNext(QueryPath, 500, QStringLiteral("500.003.02"), QStringLiteral("Spike Arrest Violation"));
    m_emulator->failNext(QueryPath, 500, QStringLiteral("500.003.1001"), QStringLiteral("Internal Server Error"));
    const int before = m_emulator->stkQueryCount();
    const auto q = await(m_client->stkQuery(r->checkoutRequestId));
    QVERIFY2(q.ok(), qPrintable(q ? QString() : q.error().detail));
    QCOMPARE(m_emulator->stkQueryCount() - before, 3);
}

void TestDarajaClient::queryGivesUpAfterMaxAttempts()
{
    m_emulator->failNext(QueryPath, 500, QStringLiteral("500.003.03"), QStringLiteral("Quota Violation"), 10);
    const auto q = await(m_client->stkQuery(QStringLiteral("ws_CO_123")));
    QVERIFY(!q.ok());
    QCOMPARE(q.error().code, ErrorCode::Busy);
    QVERIFY(q.error().retryable);
    QCOMPARE(q.error().errorCode, QStringLiteral("500.003.03"));
    QCOMPARE(m_emulator->stkQueryCount(), 4);
}

void TestDarajaClient::pushIsNeverResent()
{
    m_emulator->failNext(PushPath, 500, QStringLiteral("500.003.02"), QStringLiteral("System is busy"));
    const auto r = await(m_client->stkPush(push(QStringLiteral("0712345678"))));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Busy);
    QCOMPARE(m_emulator->stkPushRequestCount(), 1);
    // A Daraja refusal of our request is not retried either.
    const auto bad = await(m_client->stkPush(push(QStringLiteral("0712345678"))));
    QVERIFY(bad.ok());
    m_emulator->failNext(PushPath, 400, QStringLiteral("400.002.02"), QStringLiteral("Bad Request - Invalid Amount"));
    const auto refused = await(m_client->stkPush(push(QStringLiteral("0799345678"))));
    QCOMPARE(refused.error().code, ErrorCode::BadRequest);
    QCOMPARE(refused.error().errorMessage, QStringLiteral("Bad Request - Invalid Amount"));
    QCOMPARE(m_emulator->stkPushRequestCount(), 3);
}

void TestDarajaClient::pushTimeoutIsNotRetryable()
{
    QVERIFY(await(m_client->accessToken()).ok());
    m_client->setRequestTimeout(200ms);
    m_emulator->setResponseDelay(2s);
    const auto r = await(m_client->stkPush(push(QStringLiteral("0712345678"))));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Timeout);
    QVERIFY(!r.error().retryable);  // the prompt may still reach the customer
    QVERIFY(r.error().message.contains(QStringLiteral("check the payment")));
    QCOMPARE(m_emulator->stkPushRequestCount(), 1);
    // Nobody listening any more: a network error before sending is safe to retry.
    m_emulator.reset();
    const auto down = await(m_client->stkQuery(QStringLiteral("ws_CO_1")));
    QCOMPARE(down.error().code, ErrorCode::Network);
    QVERIFY(down.error().retryable);
}

void TestDarajaClient::secondPushToABusyPhoneIsRefused()
{
    m_emulator->setOutcome(StkOutcome::paid().after(2s));
    QVERIFY(await(m_client->stkPush(push(QStringLiteral("0712345678")))).ok());
    const auto second = await(m_client->stkPush(push(QStringLiteral("0712345678"))));
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, ErrorCode::Busy);
    QCOMPARE(second.error().httpStatus, 500);
    QCOMPARE(second.error().errorCode, QStringLiteral("500.001.1001"));
    QVERIFY(second.error().message.contains(QStringLiteral("already has an M-Pesa request open")));
    QVERIFY(await(m_client->stkPush(push(QStringLiteral("0799345678")))).ok());  // other phones are fine
}

LANGO_TEST_GUILESS_MAIN(TestDarajaClient)
#include "tst_darajaclient.moc"
