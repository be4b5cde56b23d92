#include "support/langoprocess.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using lango::testing::CliResult;
using lango::testing::LangoProcess;

// The command line end to end, through the real binary, on both backends.
class TestCli final : public QObject
{
    Q_OBJECT

private:
    static QJsonArray jsonArray(const CliResult &result) { return QJsonDocument::fromJson(result.out.toUtf8()).array(); }

private Q_SLOTS:
    void addsAndListsRoutersAndPackages_data() { lango::testing::addBackendRows(); }
    void addsAndListsRoutersAndPackages()
    {
        QFETCH(QString, backend);
        lango::testing::TestDatabase fixture(backend);
        QVERIFY2(!fixture.url().isEmpty(), qPrintable(fixture.error()));
        LangoProcess lango;
        const QStringList db{QStringLiteral("--db"), fixture.url()};

        CliResult added = lango.run(db + QStringList{QStringLiteral("router"), QStringLiteral("add"), QStringLiteral("ofisi"),
                                                     QStringLiteral("--host"), QStringLiteral("10.0.0.1"), QStringLiteral("--user"),
                                                     QStringLiteral("lango"), QStringLiteral("--password-stdin")},
                                    "s3cret-router-pw\n");
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));

        CliResult package = lango.run(db + QStringList{QStringLiteral("package"), QStringLiteral("add"), QStringLiteral("--name"),
                                                       QStringLiteral("1 Hour"), QStringLiteral("--price"), QStringLiteral("20"),
                                                       QStringLiteral("--duration"), QStringLiteral("1h"), QStringLiteral("--down"),
                                                       QStringLiteral("5M"), QStringLiteral("--up"), QStringLiteral("1M"),
                                                       QStringLiteral("--data"), QStringLiteral("1G"), QStringLiteral("--routers"),
                                                       QStringLiteral("ofisi")});
        QVERIFY2(package.exitCode == 0, qPrintable(package.err));
        QCOMPARE(package.out.trimmed(), QStringLiteral("1"));   // prints the id

        const CliResult routers = lango.run(db + QStringList{QStringLiteral("router"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(routers.exitCode, 0);
        const QJsonArray routerList = jsonArray(routers);
        QCOMPARE(routerList.size(), 1);
        QCOMPARE(routerList.first()[QStringLiteral("name")].toString(), QStringLiteral("ofisi"));
        QVERIFY(!routers.out.contains(QLatin1String("s3cret")));   // never printed back

        const CliResult packages = lango.run(db + QStringList{QStringLiteral("package"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(packages.exitCode, 0);
        const QJsonObject p = jsonArray(packages).first().toObject();
        QCOMPARE(p[QStringLiteral("name")].toString(), QStringLiteral("1 Hour"));
        QCOMPARE(p[QStringLiteral("price_kes")].toInt(), 20);
        QCOMPARE(p[QStringLiteral("duration_s")].toInt(), 3600);
        QCOMPARE(p[QStringLiteral("down_kbps")].toInt(), 5000);
        QCOMPARE(p[QStringLiteral("up_kbps")].toInt(), 1000);
        QCOMPARE(p[QStringLiteral("profile")].toString(), QStringLiteral("lango-1-hour"));
        QCOMPARE(p[QStringLiteral("routers")].toArray().first().toString(), QStringLiteral("ofisi"));

        const CliResult edited = lango.run(db + QStringList{QStringLiteral("package"), QStringLiteral("edit"), QStringLiteral("1"),
                                                            QStringLiteral("--price"), QStringLiteral("25")});
        QVERIFY2(edited.exitCode == 0, qPrintable(edited.err));
        const CliResult table = lango.run(db + QStringList{QStringLiteral("package"), QStringLiteral("list")});
        QVERIFY(table.out.contains(QLatin1String("KES 25")));

        // The router password is sealed in the database, not stored in clear.
        auto database = fixture.open(false);
        auto sealed = database->exec(QStringLiteral("SELECT api_password_sealed FROM routers"));
        QVERIFY(sealed && sealed->next());
        QVERIFY(sealed->value(0).toString().startsWith(QLatin1String("v1:")));
        QVERIFY(!sealed->value(0).toString().contains(QLatin1String("s3cret")));
    }

    // Bad input: exit 1, a message on stderr, and nothing changed.
    void badInputChangesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QStringList add{QStringLiteral("package"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("X"),
                              QStringLiteral("--down"), QStringLiteral("5M"), QStringLiteral("--up"), QStringLiteral("1M")};
        QTest::newRow("bad duration") << add + QStringList{QStringLiteral("--price"), QStringLiteral("20"), QStringLiteral("--duration"), QStringLiteral("1x")}
                                      << "--duration: \"1x\" is not a duration";
        QTest::newRow("bad price") << add + QStringList{QStringLiteral("--price"), QStringLiteral("twenty"), QStringLiteral("--duration"), QStringLiteral("1h")}
                                   << "--price: \"twenty\" is not a price";
        QTest::newRow("zero price") << add + QStringList{QStringLiteral("--price"), QStringLiteral("0"), QStringLiteral("--duration"), QStringLiteral("1h")}
                                    << "between KES 1 and KES 250,000";
        QTest::newRow("unknown router") << add + QStringList{QStringLiteral("--price"), QStringLiteral("20"), QStringLiteral("--duration"),
                                                             QStringLiteral("1h"), QStringLiteral("--routers"), QStringLiteral("nowhere")}
                                        << "no router named \"nowhere\"";
        QTest::newRow("edit missing package") << QStringList{QStringLiteral("package"), QStringLiteral("edit"), QStringLiteral("99"),
                                                             QStringLiteral("--price"), QStringLiteral("5")}
                                              << "no package with id 99";
        QTest::newRow("remove missing router") << QStringList{QStringLiteral("router"), QStringLiteral("remove"), QStringLiteral("ghost")}
                                               << "no router named \"ghost\"";
    }
    void badInputChangesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir dir;
        LangoProcess lango;
        const QStringList db{QStringLiteral("--db"), QStringLiteral("sqlite://%1/cli.db").arg(dir.path())};
        const CliResult result = lango.run(db + arguments);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        const CliResult list = lango.run(db + QStringList{QStringLiteral("package"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(jsonArray(list).size(), 0);
    }

    void wrongUsageExitsTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("missing options") << QStringList{QStringLiteral("package"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("X")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("package"), QStringLiteral("list"), QStringLiteral("--colour")};
        QTest::newRow("password on command line refused") << QStringList{QStringLiteral("router"), QStringLiteral("add"), QStringLiteral("r"),
                                                                         QStringLiteral("--host"), QStringLiteral("h"), QStringLiteral("--user"), QStringLiteral("u")};
    }
    void wrongUsageExitsTwo()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        LangoProcess lango;
        const CliResult result = lango.run(QStringList{QStringLiteral("--db"), QStringLiteral("sqlite://%1/cli.db").arg(dir.path())} + arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.isEmpty());
    }

    void helpAndVersion()
    {
        LangoProcess lango;
        const CliResult help = lango.run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"db migrate", "router add", "package add", "package list"})
            QVERIFY2(help.out.contains(QLatin1String(command)), command);
        const CliResult version = lango.run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QLatin1String("lango ")));
    }

    void databaseStatusAndMigrate()
    {
        QTemporaryDir dir;
        LangoProcess lango;
        const QStringList db{QStringLiteral("--db"), QStringLiteral("sqlite://%1/cli.db").arg(dir.path())};
        const CliResult status = lango.run(db + QStringList{QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        const QJsonDocument before = QJsonDocument::fromJson(status.out.toUtf8());
        QVERIFY(before[QStringLiteral("known_version")].toInt() >= 1);
        QCOMPARE(before[QStringLiteral("pending")].toInt(), before[QStringLiteral("known_version")].toInt());   // a new database
        const CliResult migrate = lango.run(db + QStringList{QStringLiteral("db"), QStringLiteral("migrate")});
        QCOMPARE(migrate.exitCode, 0);
        const CliResult after = lango.run(db + QStringList{QStringLiteral("db"), QStringLiteral("status")});
        QVERIFY(after.out.contains(QLatin1String("Up to date")));
    }

    // Without --db or --config the CLI uses the SQLite file in the user's data folder.
    void defaultDatabaseIsInUserDataFolder()
    {
        LangoProcess lango;
        const CliResult list = lango.run({QStringLiteral("package"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(QFile::exists(lango.home() + QStringLiteral("/.local/share/lango/lango.db")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
