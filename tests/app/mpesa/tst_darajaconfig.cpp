#include "app/mpesa/apperror.h"
#include "app/mpesa/darajaconfig.h"
#include "support/testmain.h"

#include <QTest>

using lango::app::mpesa::DarajaConfig;
using lango::app::mpesa::ErrorCode;

namespace {

QHash<QString, QString> goodValues()
{
    return {{QStringLiteral("environment"), QStringLiteral("sandbox")},
            {QStringLiteral("shortcode"), QStringLiteral("174379")},
            {QStringLiteral("type"), QStringLiteral("paybill")},
            {QStringLiteral("mpesa_consumer_key"), QStringLiteral("key")},
            {QStringLiteral("mpesa_consumer_secret"), QStringLiteral("secret")},
            {QStringLiteral("mpesa_passkey"), QStringLiteral("passkey")},
            {QStringLiteral("callback_url"), QStringLiteral("https://hotspot.example.co.ke/pay/stk/Ab3dE")}};
}

} // namespace

class TestDarajaConfig final : public QObject
{
    Q_OBJECT

private slots:
    void acceptsAGoodConfig();
    void namesTheWrongKey_data();
    void namesTheWrongKey();
    void picksTheHost();
    void tillUsesStoreNumberAndTill();
    void findsBannedWords_data();
    void findsBannedWords();
    void judgesUrls_data();
    void judgesUrls();
    void wrapsIntoAppErrors();
};

void TestDarajaConfig::acceptsAGoodConfig()
{
    const auto config = DarajaConfig::fromValues(goodValues());
    QVERIFY2(config.ok(), qPrintable(config ? QString() : config.error().message));
    QCOMPARE(config->shortcode, QStringLiteral("174379"));
    QCOMPARE(config->passkey, QStringLiteral("passkey"));
    QCOMPARE(config->partyB(), QStringLiteral("174379"));
    QCOMPARE(config->transactionType(), QStringLiteral("CustomerPayBillOnline"));
}

void TestDarajaConfig::namesTheWrongKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("type") << "type" << "buygoods" << "[mpesa] type must be paybill or till.";
    QTest::newRow("environment") << "environment" << "live" << "[mpesa] environment must be sandbox, production or custom.";
    QTest::newRow("custom needs base_url") << "environment" << "custom" << "[mpesa] base_url is needed with environment = custom.";
    QTest::newRow("base_url without custom") << "base_url" << "http://127.0.0.1:8080" << "[mpesa] base_url is only used";
    QTest::newRow("shortcode missing") << "shortcode" << "" << "[mpesa] shortcode is missing.";
    QTest::newRow("shortcode letters") << "shortcode" << "17437x" << "[mpesa] shortcode must be";
    QTest::newRow("till without number") << "type" << "till" << "[mpesa] till_number must be";
    QTest::newRow("key missing") << "mpesa_consumer_key" << "" << "mpesa_consumer_key is missing";
    QTest::newRow("secret missing") << "mpesa_consumer_secret" << "" << "mpesa_consumer_secret is missing";
    QTest::newRow("passkey missing") << "mpesa_passkey" << "" << "mpesa_passkey is missing";
    QTest::newRow("callback banned word") << "callback_url" << "https://x.co.ke/mpesa/callback" << "[mpesa] callback_url contains \"mpesa\"";
    QTest::newRow("callback not a url") << "callback_url" << "hotspot/pay" << "[mpesa] callback_url must be a full http(s) address";
    QTest::newRow("callback with space") << "callback_url" << "https://x.co.ke/pay/a b" << "[mpesa] callback_url must not contain spaces";
    QTest::newRow("c2b url banned") << "c2b_confirmation_url" << "https://x.co.ke/c2b/Confirm.exe" << "[mpesa] c2b_confirmation_url contains \"exe\"";
}

void TestDarajaConfig::namesTheWrongKey()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, message);
    auto values = goodValues();
    values.insert(key, value);
    const auto config = DarajaConfig::fromValues(values);
    QVERIFY(!config.ok());
    QCOMPARE(config.error().code, ErrorCode::Config);
    QVERIFY2(config.error().message.contains(message), qPrintable(config.error().message));
}

void TestDarajaConfig::picksTheHost()
{
    DarajaConfig c;
    QCOMPARE(c.apiBaseUrl(), QUrl(QStringLiteral("https://sandbox.safaricom.co.ke")));
    c.environment = DarajaConfig::Environment::Production;
    QCOMPARE(c.apiBaseUrl(), QUrl(QStringLiteral("https://api.safaricom.co.ke")));
    c.environment = DarajaConfig::Environment::Custom;
    c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    QCOMPARE(c.apiBaseUrl(), c.baseUrl);
    // Production insists on https for what Safaricom calls.
    auto values = goodValues();
    values.insert(QStringLiteral("environment"), QStringLiteral("production"));
    values.insert(QStringLiteral("callback_url"), QStringLiteral("http://x.co.ke/pay/stk/t"));
    const auto production = DarajaConfig::fromValues(values);
    QVERIFY(!production.ok());
    QVERIFY(production.error().message.contains(QStringLiteral("https://")));
}

void TestDarajaConfig::tillUsesStoreNumberAndTill()
{
    auto values = goodValues();
    values.insert(QStringLiteral("type"), QStringLiteral("till"));
    values.insert(QStringLiteral("shortcode"), QStringLiteral("300584"));
    values.insert(QStringLiteral("till_number"), QStringLiteral("5188123"));
    const auto config = DarajaConfig::fromValues(values);
    QVERIFY(config.ok());
    QCOMPARE(config->partyB(), QStringLiteral("5188123"));
    QCOMPARE(config->transactionType(), QStringLiteral("CustomerBuyGoodsOnline"));
}

void TestDarajaConfig::findsBannedWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("word");
    QTest::newRow("clean") << "https://hotspot.example.co.ke/pay/stk/Xy7Q" << "";
    QTest::newRow("mpesa") << "https://a.ke/mpesa/cb" << "mpesa";
    QTest::newRow("M-PESA") << "https://a.ke/M-PESA/cb" << "m-pesa";
    QTest::newRow("m_pesa") << "https://a.ke/m_pesa" << "m_pesa";
    QTest::newRow("Safaricom") << "https://SafariCom.a.ke/" << "safaricom";
    QTest::newRow("exe") << "https://a.ke/x.EXE" << "exe";
    QTest::newRow("exec") << "https://a.ke/exec" << "exec";
    QTest::newRow("cmd") << "https://a.ke/Cmd" << "cmd";
    QTest::newRow("sql") << "https://a.ke/mySQL" << "sql";
    QTest::newRow("query") << "https://a.ke/pay?Query=1" << "query";
    QTest::newRow("token with cmd") << "aBcMdzz" << "cmd";
}

void TestDarajaConfig::findsBannedWords()
{
    QFETCH(QString, text);
    QFETCH(QString, word);
    QCOMPARE(DarajaConfig::bannedWordIn(text), word);
}

void TestDarajaConfig::judgesUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("https");
    QTest::addColumn<bool>("fine");
    QTest::newRow("https") << "https://hotspot.example.co.ke/pay/stk/t" << true << true;
    QTest::newRow("http sandbox") << "http://hotspot.example.co.ke/pay/stk/t" << false << true;
    QTest::newRow("http production") << "http://hotspot.example.co.ke/pay/stk/t" << true << false;
    QTest::newRow("ftp") << "ftp://hotspot.example.co.ke/" << false << false;
    QTest::newRow("relative") << "/pay/stk/t" << false << false;
    QTest::newRow("space") << "https://h.ke/pay/stk/a b" << false << false;
    QTest::newRow("banned") << "https://h.ke/query" << false << false;
}

void TestDarajaConfig::judgesUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, https);
    QFETCH(bool, fine);
    QCOMPARE(DarajaConfig::urlProblem(QUrl(url), https).isEmpty(), fine);
}

void TestDarajaConfig::wrapsIntoAppErrors()
{
    const auto config = DarajaConfig::fromValues({});
    QVERIFY(!config.ok());
    const lango::app::Error wrapped = lango::app::mpesa::toAppError(config.error());
    QCOMPARE(wrapped.code, lango::app::ErrorCode::Internal);
    QCOMPARE(wrapped.message, config.error().message);
    auto busy = lango::app::mpesa::Error::fromHttp(lango::app::mpesa::ApiCall::StkQuery, 500,
                                                   R"({"errorCode":"500.003.02","errorMessage":"Spike Arrest Violation"})");
    QCOMPARE(lango::app::mpesa::toAppError(busy).code, lango::app::ErrorCode::Unavailable);
}

LANGO_TEST_GUILESS_MAIN(TestDarajaConfig)
#include "tst_darajaconfig.moc"
