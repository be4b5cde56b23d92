// `lango router check`: a typed report with problems in words.

#include "routeros/apiconnection.h"
#include "routeros/routercheck.h"
#include "routeros/sim/routeremulator.h"
#include "routerostest.h"
#include "support/testmain.h"

#include <QTest>

using namespace lango::routeros;
using lango::routeros::sim::RouterEmulator;
using Kind = lango::routeros::RouterProblem::Kind;

namespace {

RouterReport check(RouterEmulator &router, const QString &password = test::Password)
{
    ConnectionConfig config = test::configFor(router.port());
    config.password = password;
    config.autoReconnect = false;
    ApiConnection connection(config);
    RouterCheck check(&connection);
    const auto future = check.run();
    if (!test::finished(future, 8000))
        qFatal("router check did not finish");
    return future.result();
}

QString texts(const RouterReport &report)
{
    QStringList out;
    for (const RouterProblem &p : report.problems)
        out.append(p.text);
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestRouterCheck final : public QObject
{
    Q_OBJECT

private slots:
    void healthyRouterReport();
    void problemsInWords_data();
    void problemsInWords();
    void unreachableRouter();
    void loginRefused();
};

void TestRouterCheck::healthyRouterReport()
{
    RouterEmulator::Options options;
    options.password = test::Password;
    options.identity = QStringLiteral("ofisi-hap");
    RouterEmulator router(options);
    router.listen();
    const RouterReport report = check(router);
    QVERIFY(report.reachable && report.loggedIn);
    QCOMPARE(report.router, QStringLiteral("ofisi"));
    QCOMPARE(report.identity, QStringLiteral("ofisi-hap"));
    QCOMPARE(report.version, QVersionNumber(7, 16));
    QCOMPARE(report.board, QStringLiteral("hAP ac^2"));
    QVERIFY(report.uptime > 0);
    QCOMPARE(report.servers.size(), 1);
    QVERIFY(report.rttMs >= 0);
    QVERIFY(report.clockSkewSeconds && std::llabs(*report.clockSkewSeconds) <= 2);
    QVERIFY2(report.isHealthy(), qPrintable(texts(report)));
    // Plain port 8728 is worth a warning, not a failure.
    QVERIFY(report.has(Kind::PlainTextApi));
    QCOMPARE(report.problems.size(), 1);
}

void TestRouterCheck::problemsInWords_data()
{
    QTest::addColumn<bool>("hotspot");
    QTest::addColumn<qint64>("skew");
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("legacy");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("words");
    QTest::addColumn<bool>("healthy");
    QTest::newRow("no hotspot server") << false << 0LL << QStringLiteral("7.16 (stable)") << false
                                       << int(Kind::NoHotspotServer) << QStringLiteral("has no hotspot server") << false;
    QTest::newRow("clock off 5 min") << true << 300LL << QStringLiteral("7.16 (stable)") << false
                                     << int(Kind::ClockSkew) << QStringLiteral("NTP") << false;
    QTest::newRow("clock off 40 s is fine") << true << 40LL << QStringLiteral("7.16 (stable)") << false
                                            << int(Kind::PlainTextApi) << QStringLiteral("API-SSL") << true;
    QTest::newRow("RouterOS 6.40") << true << 0LL << QStringLiteral("6.40.9 (bugfix)") << true
                                   << int(Kind::InsecureLogin) << QStringLiteral("older than 6.43") << true;
}

void TestRouterCheck::problemsInWords()
{
    QFETCH(bool, hotspot);
    QFETCH(qint64, skew);
    QFETCH(QString, version);
    QFETCH(bool, legacy);
    QFETCH(int, kind);
    QFETCH(QString, words);
    QFETCH(bool, healthy);
    RouterEmulator::Options options;
    options.password = test::Password;
    options.hotspotServer = hotspot;
    options.clockOffsetSeconds = skew;
    options.version = version;
    options.legacyLogin = legacy;
    RouterEmulator router(options);
    router.listen();
    const RouterReport report = check(router);
    QVERIFY(report.has(static_cast<Kind>(kind)));
    QVERIFY2(texts(report).contains(words), qPrintable(texts(report)));
    QCOMPARE(report.isHealthy(), healthy);
    QCOMPARE(report.has(Kind::ClockSkew), skew > 60);
}

void TestRouterCheck::unreachableRouter()
{
    RouterEmulator router;
    router.listen();
    router.stopListening();
    const RouterReport report = check(router);
    QVERIFY(!report.reachable);
    QVERIFY(report.has(Kind::Unreachable));
    QVERIFY(texts(report).contains(QStringLiteral("refused the connection")));
    QVERIFY(!report.isHealthy());
}

void TestRouterCheck::loginRefused()
{
    RouterEmulator::Options options;
    options.password = test::Password;
    RouterEmulator router(options);
    router.listen();
    const RouterReport report = check(router, QStringLiteral("wrong"));
    QVERIFY(report.reachable);
    QVERIFY(!report.loggedIn);
    QVERIFY(report.has(Kind::LoginRefused));
    QVERIFY(texts(report).contains(QStringLiteral("refused the login of user admin")));
}

LANGO_TEST_GUILESS_MAIN(TestRouterCheck)
#include "tst_routercheck.moc"
