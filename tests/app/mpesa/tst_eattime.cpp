#include "app/mpesa/eattime.h"
#include "support/testmain.h"

#include <QTest>

#include <ctime>

using lango::app::mpesa::EatTime;

namespace {
void setTimeZone(const QByteArray &tz)
{
    qputenv("TZ", tz);
    tzset();
}
}

class TestEatTime final : public QObject
{
    Q_OBJECT

private slots:
    void cleanupTestCase() { qunsetenv("TZ"); tzset(); }
    void timestampIsEastAfricaTime_data();
    void timestampIsEastAfricaTime();
    void timestampIgnoresHostTimeZone_data();
    void timestampIgnoresHostTimeZone();
    void parsesBackToUtc();
    void refusesImpossibleStamps_data();
    void refusesImpossibleStamps();
};

void TestEatTime::timestampIsEastAfricaTime_data()
{
    QTest::addColumn<qint64>("epoch");
    QTest::addColumn<QString>("stamp");
    QTest::newRow("noon utc") << qint64(1704110400) << QStringLiteral("20240101150000");   // 2024-01-01 12:00Z
    QTest::newRow("crosses midnight") << qint64(1704143000) << QStringLiteral("20240102000320"); // 21:03:20Z
    QTest::newRow("new year eve") << qint64(1735678800) << QStringLiteral("20250101000000");  // 2024-12-31 21:00Z
    QTest::newRow("leap day") << qint64(1709218799) << QStringLiteral("20240229175959");
}

void TestEatTime::timestampIsEastAfricaTime()
{
    QFETCH(qint64, epoch);
    QFETCH(QString, stamp);
    QCOMPARE(EatTime::timestamp(QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC)), stamp);
}

void TestEatTime::timestampIgnoresHostTimeZone_data()
{
    QTest::addColumn<QByteArray>("tz");
    QTest::newRow("UTC") << QByteArray("UTC");
    QTest::newRow("New York (DST rules)") << QByteArray("America/New_York");
    QTest::newRow("Tokyo") << QByteArray("Asia/Tokyo");
    QTest::newRow("Nairobi") << QByteArray("Africa/Nairobi");
    QTest::newRow("POSIX offset") << QByteArray("XYZ-5:30");
}

void TestEatTime::timestampIgnoresHostTimeZone()
{
    QFETCH(QByteArray, tz);
    setTimeZone(tz);
    const qint64 summer = 1720617600;  // 2024-07-10 13:20:00Z, DST in New York
    // Whatever spec the instant carries, the stamp is the same EAT text.
    QCOMPARE(EatTime::timestamp(QDateTime::fromSecsSinceEpoch(summer, Qt::UTC)), QStringLiteral("20240710162000"));
    QCOMPARE(EatTime::timestamp(QDateTime::fromSecsSinceEpoch(summer)), QStringLiteral("20240710162000"));
    QCOMPARE(EatTime::timestamp(QDateTime::fromSecsSinceEpoch(summer, Qt::OffsetFromUTC, -4 * 3600)),
             QStringLiteral("20240710162000"));
    QCOMPARE(EatTime::toEpochSeconds(u"20240710162000"), std::optional<qint64>(summer));
    // The system clock too: within a second of the UTC-derived stamp.
    const QDateTime now = EatTime::systemClock()();
    const auto parsed = EatTime::toEpochSeconds(EatTime::timestamp(now));
    QVERIFY(parsed && std::abs(*parsed - now.toSecsSinceEpoch()) <= 1);
}

void TestEatTime::parsesBackToUtc()
{
    QCOMPARE(EatTime::toEpochSeconds(u"20191219102115"), std::optional<qint64>(1576740075));  // 07:21:15Z
    for (qint64 t = 1700000000; t < 1700000000 + 86400 * 3; t += 3607)
        QCOMPARE(EatTime::toEpochSeconds(EatTime::timestamp(QDateTime::fromSecsSinceEpoch(t, Qt::UTC))),
                 std::optional<qint64>(t));
}

void TestEatTime::refusesImpossibleStamps_data()
{
    QTest::addColumn<QString>("stamp");
    QTest::newRow("empty") << QString();
    QTest::newRow("13 digits") << QStringLiteral("2019121910211");
    QTest::newRow("15 digits") << QStringLiteral("201912191021150");
    QTest::newRow("letters") << QStringLiteral("2019121910211x");
    QTest::newRow("month 13") << QStringLiteral("20191319102115");
    QTest::newRow("feb 30") << QStringLiteral("20240230120000");
    QTest::newRow("hour 24") << QStringLiteral("20240101240000");
    QTest::newRow("minute 60") << QStringLiteral("20240101126000");
    QTest::newRow("signed") << QStringLiteral("-2019121910211");
}

void TestEatTime::refusesImpossibleStamps()
{
    QFETCH(QString, stamp);
    QVERIFY(!EatTime::toEpochSeconds(stamp).has_value());
}

LANGO_TEST_GUILESS_MAIN(TestEatTime)
#include "tst_eattime.moc"
