// RouterOS time and date text, both ways.

#include "routeros/routertime.h"
#include "support/testmain.h"

#include <QTest>

using lango::routeros::RouterTime;

class TestRouterTime final : public QObject
{
    Q_OBJECT

private slots:
    void parsesDurations_data();
    void parsesDurations();
    void formatsDurations_data();
    void formatsDurations();
    void formatThenParseRoundTrips();
    void parsesBothDateStyles_data();
    void parsesBothDateStyles();
    void parsesNextRun_data();
    void parsesNextRun();
    void formatsDates();
    void knowsWhenDatesBecameIso();
};

void TestRouterTime::parsesDurations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");  // -1 = invalid
    QTest::newRow("1h30m") << QStringLiteral("1h30m") << 5400000LL;
    QTest::newRow("90m") << QStringLiteral("90m") << 5400000LL;
    QTest::newRow("1d00:30:00") << QStringLiteral("1d00:30:00") << 88200000LL;
    QTest::newRow("1d 00:30:00") << QStringLiteral("1d 00:30:00") << 88200000LL;
    QTest::newRow("00:30:00") << QStringLiteral("00:30:00") << 1800000LL;
    QTest::newRow("2w3d4h") << QStringLiteral("2w3d4h") << (17LL * 86400 + 4 * 3600) * 1000;
    QTest::newRow("45s") << QStringLiteral("45s") << 45000LL;
    QTest::newRow("500ms") << QStringLiteral("500ms") << 500LL;
    QTest::newRow("1s500ms") << QStringLiteral("1s500ms") << 1500LL;
    QTest::newRow("plain seconds") << QStringLiteral("3600") << 3600000LL;
    QTest::newRow("0s") << QStringLiteral("0s") << 0LL;
    QTest::newRow("1w") << QStringLiteral("1w") << 604800000LL;
    QTest::newRow("clock with ms") << QStringLiteral("00:00:01.250") << 1250LL;
    QTest::newRow("empty") << QString() << -1LL;
    QTest::newRow("unit only") << QStringLiteral("h") << -1LL;
    QTest::newRow("bad unit") << QStringLiteral("5x") << -1LL;
    QTest::newRow("negative") << QStringLiteral("-5") << -1LL;
    QTest::newRow("bad clock") << QStringLiteral("00:75:00") << -1LL;
}

void TestRouterTime::parsesDurations()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    const auto parsed = RouterTime::parseDurationMs(text);
    if (ms < 0) {
        QVERIFY(!parsed);
    } else {
        QVERIFY(parsed);
        QCOMPARE(*parsed, ms);
    }
}

void TestRouterTime::formatsDurations_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("0") << 0LL << QStringLiteral("0s");
    QTest::newRow("45") << 45LL << QStringLiteral("45s");
    QTest::newRow("5400") << 5400LL << QStringLiteral("1h30m");
    QTest::newRow("1 day") << 86400LL << QStringLiteral("1d");
    QTest::newRow("2w3d4h") << 17LL * 86400 + 4 * 3600 << QStringLiteral("2w3d4h");
    QTest::newRow("1d30m5s") << 86400LL + 1805 << QStringLiteral("1d30m5s");
}

void TestRouterTime::formatsDurations()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(RouterTime::formatDuration(seconds), text);
}

void TestRouterTime::formatThenParseRoundTrips()
{
    for (const qint64 s : {1LL, 59LL, 60LL, 3599LL, 3601LL, 86399LL, 604801LL, 31536000LL})
        QCOMPARE(RouterTime::parseDuration(RouterTime::formatDuration(s)).value_or(-1), s);
    QCOMPARE(RouterTime::formatDurationMs(1500), QStringLiteral("1s500ms"));
}

void TestRouterTime::parsesBothDateStyles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("old style") << QStringLiteral("jan/02/2024") << QDate(2024, 1, 2);
    QTest::newRow("old style capital") << QStringLiteral("Dec/31/2023") << QDate(2023, 12, 31);
    QTest::newRow("7.10+ style") << QStringLiteral("2024-01-02") << QDate(2024, 1, 2);
    QTest::newRow("garbage") << QStringLiteral("02.01.2024") << QDate();
}

void TestRouterTime::parsesBothDateStyles()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(RouterTime::parseDate(text), date);
}

void TestRouterTime::parsesNextRun_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("utc");
    const QDateTime expected(QDate(2024, 1, 2), QTime(7, 0, 0), Qt::UTC);  // 10:00 at +03:00
    QTest::newRow("old style") << QStringLiteral("jan/02/2024 10:00:00") << expected;
    QTest::newRow("7.10+ style") << QStringLiteral("2024-01-02 10:00:00") << expected;
    QTest::newRow("time only means today") << QStringLiteral("10:00:00") << expected;
}

void TestRouterTime::parsesNextRun()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, utc);
    const QDateTime parsed = RouterTime::parseDateTime(text, 3 * 3600, QDate(2024, 1, 2));
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.toUTC(), utc);
}

void TestRouterTime::formatsDates()
{
    QCOMPARE(RouterTime::formatDate(QDate(2024, 1, 2), false), QStringLiteral("jan/02/2024"));
    QCOMPARE(RouterTime::formatDate(QDate(2024, 1, 2), true), QStringLiteral("2024-01-02"));
}

void TestRouterTime::knowsWhenDatesBecameIso()
{
    QVERIFY(!RouterTime::usesIsoDates(u"6.49.10 (long-term)"));
    QVERIFY(!RouterTime::usesIsoDates(u"7.9.2 (stable)"));
    QVERIFY(RouterTime::usesIsoDates(u"7.10 (stable)"));
    QVERIFY(RouterTime::usesIsoDates(u"7.16 (stable)"));
}

LANGO_TEST_GUILESS_MAIN(TestRouterTime)
#include "tst_routertime.moc"
