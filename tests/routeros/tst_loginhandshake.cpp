// Login sentences, and the pre-6.43 challenge response (reference worked example).

#include "routeros/loginhandshake.h"
#include "support/testmain.h"

#include <QTest>

using lango::routeros::ConnectionConfig;
using lango::routeros::LoginHandshake;

class TestLoginHandshake final : public QObject
{
    Q_OBJECT

private slots:
    void challengeResponse_data();
    void challengeResponse();
    void plainLoginCarriesNameAndPassword();
    void challengeLoginCarriesResponseNotPassword();
};

void TestLoginHandshake::challengeResponse_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("challenge");
    QTest::addColumn<QByteArray>("response");
    // MD5(0x00 || password || challenge bytes), computed independently.
    QTest::newRow("reference example") << QStringLiteral("secret") << QStringLiteral("00112233445566778899aabbccddeeff")
                                       << QByteArray("00c17511d224a5e93170632807d36388aa");
    QTest::newRow("non-ASCII password") << QStringLiteral("s\u00e9cret") << QStringLiteral("ebddd18303a54111e2dea05a92ab46b4")
                                        << QByteArray("00c20d27e925038a59f383cacac2737832");
    QTest::newRow("empty password") << QString() << QStringLiteral("ebddd18303a54111e2dea05a92ab46b4")
                                    << QByteArray("001ea726ed53ae38520c8334f82d44c9f2");
}

void TestLoginHandshake::challengeResponse()
{
    QFETCH(QString, password);
    QFETCH(QString, challenge);
    QFETCH(QByteArray, response);
    QCOMPARE(LoginHandshake::response(password, challenge), response);
}

void TestLoginHandshake::plainLoginCarriesNameAndPassword()
{
    ConnectionConfig config;
    config.user = QStringLiteral("lango");
    config.password = QStringLiteral("pw");
    const auto words = LoginHandshake::plain(config).words();
    QCOMPARE(words, (QList<QByteArray>{"/login", "=name=lango", "=password=pw"}));
}

void TestLoginHandshake::challengeLoginCarriesResponseNotPassword()
{
    ConnectionConfig config;
    config.user = QStringLiteral("admin");
    config.password = QStringLiteral("secret");
    const auto words = LoginHandshake::challenge(config, QStringLiteral("00112233445566778899aabbccddeeff")).words();
    QCOMPARE(words, (QList<QByteArray>{"/login", "=name=admin", "=response=00c17511d224a5e93170632807d36388aa"}));
}

LANGO_TEST_GUILESS_MAIN(TestLoginHandshake)
#include "tst_loginhandshake.moc"
