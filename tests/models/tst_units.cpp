#include "models/package.h"
#include "models/units.h"
#include "support/testmain.h"

#include <QTest>

using lango::models::Package;
using lango::models::Units;

class TestUnits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesDurations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds");   // -1 = rejected
        QTest::newRow("30s") << "30s" << qint64(30);
        QTest::newRow("15m") << "15m" << qint64(900);
        QTest::newRow("1h") << "1h" << qint64(3600);
        QTest::newRow("1d") << "1d" << qint64(86400);
        QTest::newRow("7d") << "7d" << qint64(7 * 86400);
        QTest::newRow("1w") << "1w" << qint64(7 * 86400);
        QTest::newRow("1h30m") << "1h30m" << qint64(5400);
        QTest::newRow("upper case") << "2H" << qint64(7200);
        QTest::newRow("spaces around") << " 1h " << qint64(3600);
        QTest::newRow("no unit") << "60" << qint64(-1);
        QTest::newRow("empty") << "" << qint64(-1);
        QTest::newRow("zero") << "0m" << qint64(-1);
        QTest::newRow("negative") << "-1h" << qint64(-1);
        QTest::newRow("unknown unit") << "1y" << qint64(-1);
        QTest::newRow("words") << "one hour" << qint64(-1);
        QTest::newRow("too long") << "99999w" << qint64(-1);
        QTest::newRow("overflowing days") << "213503982334602d" << qint64(-1);
        QTest::newRow("overflowing weeks") << "15250284452471w" << qint64(-1);
        QTest::newRow("past qint64") << "99999999999999999999s" << qint64(-1);
        QTest::newRow("parts that add up too long") << "3000d3000d" << qint64(-1);
        QTest::newRow("ten years exactly fits") << "3660d" << qint64(3660LL * 86400);
    }
    void parsesDurations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        const auto parsed = Units::parseDuration(text);
        if (seconds < 0) {
            QVERIFY(!parsed);
            QVERIFY(parsed.error().message.contains(text.trimmed()));
        } else {
            QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
            QCOMPARE(*parsed, seconds);
        }
    }

    void formatsDurations_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("compact");
        QTest::addColumn<QString>("human");
        QTest::newRow("30s") << qint64(30) << "30s" << "30 seconds";
        QTest::newRow("1h") << qint64(3600) << "1h" << "1 hour";
        QTest::newRow("1h30m") << qint64(5400) << "1h30m" << "1 hour 30 minutes";
        QTest::newRow("1d") << qint64(86400) << "1d" << "1 day";
        QTest::newRow("1w") << qint64(7 * 86400) << "1w" << "1 week";
        QTest::newRow("3d") << qint64(3 * 86400) << "3d" << "3 days";
    }
    void formatsDurations()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, compact);
        QFETCH(QString, human);
        QCOMPARE(Units::formatDuration(seconds), compact);
        QCOMPARE(Units::humanDuration(seconds), human);
        QCOMPARE(*Units::parseDuration(compact), seconds);
    }

    void parsesSpeeds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kbps");   // -1 = rejected
        QTest::newRow("512k") << "512k" << 512;
        QTest::newRow("5M") << "5M" << 5000;
        QTest::newRow("1.5M") << "1.5M" << 1500;
        QTest::newRow("lower m") << "2m" << 2000;
        QTest::newRow("1G") << "1G" << 1000000;
        QTest::newRow("no unit") << "512" << -1;
        QTest::newRow("zero") << "0k" << -1;
        QTest::newRow("garbage") << "fast" << -1;
        QTest::newRow("too fast") << "20G" << -1;
    }
    void parsesSpeeds()
    {
        QFETCH(QString, text);
        QFETCH(int, kbps);
        const auto parsed = Units::parseSpeed(text);
        if (kbps < 0) {
            QVERIFY(!parsed);
            QVERIFY(parsed.error().message.contains(QLatin1String("512k")));
        } else {
            QVERIFY(parsed.ok());
            QCOMPARE(*parsed, kbps);
            QCOMPARE(*Units::parseSpeed(Units::formatSpeed(kbps)), kbps);
        }
    }

    void parsesDataSizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("500M") << "500M" << qint64(500) * 1024 * 1024;
        QTest::newRow("1G") << "1G" << qint64(1024) * 1024 * 1024;
        QTest::newRow("1GB") << "1GB" << qint64(1024) * 1024 * 1024;
        QTest::newRow("1.5G") << "1.5G" << qint64(1536) * 1024 * 1024;
        QTest::newRow("no unit") << "1000" << qint64(-1);
        QTest::newRow("bytes only") << "1B" << qint64(-1);
        QTest::newRow("negative") << "-1G" << qint64(-1);
    }
    void parsesDataSizes()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        const auto parsed = Units::parseDataSize(text);
        if (bytes < 0) {
            QVERIFY(!parsed);
        } else {
            QVERIFY(parsed.ok());
            QCOMPARE(*parsed, bytes);
            QCOMPARE(*Units::parseDataSize(Units::formatDataSize(bytes)), bytes);
        }
    }

    void formatsAndParsesMoney_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("formatted");
        QTest::newRow("50") << "50" << qint64(5000) << "KES 50";
        QTest::newRow("1,250") << "1,250" << qint64(125000) << "KES 1,250";
        QTest::newRow("KES 1250") << "KES 1250" << qint64(125000) << "KES 1,250";
        QTest::newRow("100000") << "100000" << qint64(10000000) << "KES 100,000";
        QTest::newRow("decimal refused") << "12.50" << qint64(-1) << "";
        QTest::newRow("negative refused") << "-5" << qint64(-1) << "";
        QTest::newRow("text refused") << "ten" << qint64(-1) << "";
    }
    void formatsAndParsesMoney()
    {
        QFETCH(QString, text);
        QFETCH(qint64, cents);
        QFETCH(QString, formatted);
        const auto parsed = Units::parseKes(text);
        if (cents < 0) {
            QVERIFY(!parsed);
            return;
        }
        QCOMPARE(*parsed, cents);
        QCOMPARE(Units::formatMoney(cents), formatted);
    }

    void formatsCents()
    {
        QCOMPARE(Units::formatMoney(1250), QStringLiteral("KES 12.50"));
    }

    void mapsPackageToProfile()
    {
        Package p;
        p.name = QStringLiteral("Saa 1 (Haraka!)");
        p.slug = Package::slugFor(p.name);
        p.downKbps = 5000;
        p.upKbps = 1000;
        QCOMPARE(p.slug, QStringLiteral("saa-1-haraka"));
        QCOMPARE(p.profileName(), QStringLiteral("lango-saa-1-haraka"));
        // rx (what the router receives) is the customer's upload
        QCOMPARE(p.rateLimit(), QStringLiteral("1M/5M"));
        p.upKbps = 512;
        QCOMPARE(p.rateLimit(), QStringLiteral("512k/5M"));
    }

    void validatesPackages_data()
    {
        QTest::addColumn<qint64>("priceCents");
        QTest::addColumn<qint64>("duration");
        QTest::addColumn<int>("devices");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ok") << qint64(5000) << qint64(3600) << 1 << true;
        QTest::newRow("free") << qint64(0) << qint64(3600) << 1 << false;
        QTest::newRow("cents") << qint64(5050) << qint64(3600) << 1 << false;
        QTest::newRow("over M-Pesa limit") << qint64(30'000'000) << qint64(3600) << 1 << false;
        QTest::newRow("no duration") << qint64(5000) << qint64(0) << 1 << false;
        QTest::newRow("no devices") << qint64(5000) << qint64(3600) << 0 << false;
    }
    void validatesPackages()
    {
        QFETCH(qint64, priceCents);
        QFETCH(qint64, duration);
        QFETCH(int, devices);
        QFETCH(bool, valid);
        Package p;
        p.name = QStringLiteral("Test");
        p.priceCents = priceCents;
        p.durationSeconds = duration;
        p.downKbps = p.upKbps = 1000;
        p.devices = devices;
        QCOMPARE(p.validate().ok(), valid);
    }
};

LANGO_TEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
