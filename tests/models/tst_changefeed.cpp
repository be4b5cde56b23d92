#include "models/changefeed.h"
#include "models/packagestore.h"
#include "support/samples.h"
#include "support/testdatabase.h"
#include "support/testmain.h"

#include <QSignalSpy>
#include <QTest>

using namespace lango::models;

class TestChangeFeed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Another desk (a second Database, its own connections) writes; this
    // desk's feed says which table changed.
    void firesAcrossConnections_data() { lango::testing::addBackendRows(); }
    void firesAcrossConnections()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(desk, backend);
        auto otherDesk = deskFixture.open(false);
        QVERIFY(otherDesk);

        ChangeFeed feed(*desk);
        LANGO_VERIFY_OK(feed.start(50));
        QSignalSpy changed(&feed, &ChangeFeed::tableChanged);

        ManualClock clock;
        PackageStore packages(*otherDesk, clock);
        Package p = lango::testing::samplePackage();
        LANGO_VERIFY_OK(packages.add(p));

        QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 5000);
        QStringList tables;
        for (const auto &args : changed)
            tables << args.first().toString();
        QVERIFY2(tables.contains(QStringLiteral("packages")), qPrintable(tables.join(QLatin1Char(','))));
        QVERIFY(!tables.contains(QStringLiteral("routers")));

        // A burst of writes comes through as one notice per table.
        changed.clear();
        for (int i = 0; i < 20; ++i) {
            p.name = QStringLiteral("Package %1").arg(i);
            LANGO_VERIFY_OK(packages.add(p));
        }
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 5000);
        QTest::qWait(300);
        QVERIFY2(changed.count() <= 3, qPrintable(QString::number(changed.count())));
    }

    void quietWhenNothingChanges_data() { lango::testing::addBackendRows(); }
    void quietWhenNothingChanges()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(desk, backend);
        ChangeFeed feed(*desk);
        LANGO_VERIFY_OK(feed.start(50));
        QSignalSpy changed(&feed, &ChangeFeed::tableChanged);
        QTest::qWait(400);   // a quiet period: nothing may arrive
        QCOMPARE(changed.count(), 0);
    }
};

LANGO_TEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
