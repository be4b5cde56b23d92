#include "common/sqliteurl.h"
#include "support/langoprocess.h"
#include "support/testdatabase.h"
#include "support/testmain.h"

#include <QFile>
#include <QOperatingSystemVersion>
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
        QTest::newRow("overflowing duration") << add + QStringList{QStringLiteral("--price"), QStringLiteral("20"), QStringLiteral("--duration"),
                                                                   QStringLiteral("213503982334602d")}
                                              << "is longer than ten years";
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
        const QStringList db{QStringLiteral("--db"), lango::sqliteUrlForFile(dir.path() + QStringLiteral("/cli.db"))};
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
        const CliResult result = lango.run(QStringList{QStringLiteral("--db"), lango::sqliteUrlForFile(dir.path() + QStringLiteral("/cli.db"))} + arguments);
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
        const QStringList db{QStringLiteral("--db"), lango::sqliteUrlForFile(dir.path() + QStringLiteral("/cli.db"))};
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

    // Every command that changes something answers --json with an object.
    void changesAnswerJson()
    {
        QTemporaryDir dir;
        LangoProcess lango;
        const QStringList db{QStringLiteral("--db"), lango::sqliteUrlForFile(dir.path() + QStringLiteral("/cli.db"))};
        auto object = [](const CliResult &result) { return QJsonDocument::fromJson(result.out.toUtf8()).object(); };

        const CliResult migrated = lango.run(db + QStringList{QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--json")});
        QVERIFY2(migrated.exitCode == 0, qPrintable(migrated.err));
        const QJsonObject first = object(migrated);
        const int version = first[QStringLiteral("version")].toInt();
        QVERIFY2(version >= 1, qPrintable(migrated.out));
        const QJsonArray applied = first[QStringLiteral("applied")].toArray();
        QCOMPARE(applied.size(), version);   // a new database gets every migration
        QCOMPARE(applied.first().toInt(), 1);
        QCOMPARE(applied.last().toInt(), version);
        const QJsonObject again = object(lango.run(db + QStringList{QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--json")}));
        QCOMPARE(again[QStringLiteral("applied")].toArray().size(), 0);
        QCOMPARE(again[QStringLiteral("version")].toInt(), version);

        QCOMPARE(lango.run(db + QStringList{QStringLiteral("router"), QStringLiteral("add"), QStringLiteral("ofisi"), QStringLiteral("--host"),
                                            QStringLiteral("10.0.0.1"), QStringLiteral("--user"), QStringLiteral("lango"),
                                            QStringLiteral("--password-stdin")}, "pw\n").exitCode, 0);
        QCOMPARE(lango.run(db + QStringList{QStringLiteral("package"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("1 Hour"),
                                            QStringLiteral("--price"), QStringLiteral("20"), QStringLiteral("--duration"), QStringLiteral("1h"),
                                            QStringLiteral("--down"), QStringLiteral("5M"), QStringLiteral("--up"), QStringLiteral("1M")}).exitCode, 0);

        // The edited package, as `package list --json` shows it.
        const CliResult edited = lango.run(db + QStringList{QStringLiteral("package"), QStringLiteral("edit"), QStringLiteral("1"),
                                                            QStringLiteral("--price"), QStringLiteral("25"), QStringLiteral("--routers"),
                                                            QStringLiteral("ofisi"), QStringLiteral("--json")});
        QVERIFY2(edited.exitCode == 0, qPrintable(edited.err));
        const QJsonObject package = object(edited);
        const QJsonObject listed = jsonArray(lango.run(db + QStringList{QStringLiteral("package"), QStringLiteral("list"),
                                                                          QStringLiteral("--json")})).first().toObject();
        QCOMPARE(package, listed);
        QCOMPARE(package[QStringLiteral("price_kes")].toInt(), 25);
        QCOMPARE(package[QStringLiteral("routers")].toArray().first().toString(), QStringLiteral("ofisi"));

        const CliResult removedPackage = lango.run(db + QStringList{QStringLiteral("package"), QStringLiteral("remove"), QStringLiteral("1"),
                                                                    QStringLiteral("--json")});
        QVERIFY2(removedPackage.exitCode == 0, qPrintable(removedPackage.err));
        QCOMPARE(object(removedPackage), (QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("removed"), QStringLiteral("deleted")}}));

        const CliResult removedRouter = lango.run(db + QStringList{QStringLiteral("router"), QStringLiteral("remove"), QStringLiteral("ofisi"),
                                                                   QStringLiteral("--json")});
        QVERIFY2(removedRouter.exitCode == 0, qPrintable(removedRouter.err));
        QCOMPARE(object(removedRouter)[QStringLiteral("name")].toString(), QStringLiteral("ofisi"));
        QCOMPARE(object(removedRouter)[QStringLiteral("removed")].toString(), QStringLiteral("deleted"));
        QCOMPARE(jsonArray(lango.run(db + QStringList{QStringLiteral("router"), QStringLiteral("list"), QStringLiteral("--json")})).size(), 0);
    }

    // A mistyped option before the command must not open the desktop.
    void unknownGlobalOptionExitsTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("alone") << QStringList{QStringLiteral("--bogus")} << "unknown option --bogus; see lango --help";
        QTest::newRow("with a value") << QStringList{QStringLiteral("--bogus=1")} << "unknown option --bogus; see lango --help";
        QTest::newRow("short") << QStringList{QStringLiteral("-x")} << "unknown option -x; see lango --help";
        QTest::newRow("before a command") << QStringList{QStringLiteral("--colour"), QStringLiteral("package"), QStringLiteral("list")}
                                          << "unknown option --colour";
        QTest::newRow("with --headless") << QStringList{QStringLiteral("--headless"), QStringLiteral("--bogus")} << "unknown option --bogus";
        QTest::newRow("--json before the command") << QStringList{QStringLiteral("--json"), QStringLiteral("package"), QStringLiteral("list")}
                                                   << "--json goes after the command";
        QTest::newRow("--db without its value") << QStringList{QStringLiteral("--db")} << "option --db needs a value";
    }
    void unknownGlobalOptionExitsTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        LangoProcess lango;
        const CliResult result = lango.run(arguments, {}, 15000);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    // Every documented option before the command keeps working.
    void documentedGlobalOptionsWork_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("opensDatabase");
        const QStringList list{QStringLiteral("package"), QStringLiteral("list"), QStringLiteral("--json")};
        QTest::newRow("--db URL") << QStringList{QStringLiteral("--db"), QStringLiteral("DB")} + list << "[" << true;
        QTest::newRow("--db=URL") << QStringList{QStringLiteral("--db=DB")} + list << "[" << true;
        QTest::newRow("--config FILE") << QStringList{QStringLiteral("--config"), QStringLiteral("CONFIG")} + list << "[" << true;
        QTest::newRow("--config=FILE") << QStringList{QStringLiteral("--config=CONFIG")} + list << "[" << true;
        QTest::newRow("--lang sw") << QStringList{QStringLiteral("--lang"), QStringLiteral("sw"), QStringLiteral("--db"), QStringLiteral("DB")} + list
                                   << "[" << true;
        QTest::newRow("--lang=en") << QStringList{QStringLiteral("--lang=en"), QStringLiteral("--db=DB")} + list << "[" << true;
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << "Usage: lango" << false;
        QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << "Usage: lango" << false;
        QTest::newRow("--demo --help") << QStringList{QStringLiteral("--demo"), QStringLiteral("--help")} << "Usage: lango" << false;
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << "lango " << false;
        QTest::newRow("-v") << QStringList{QStringLiteral("-v")} << "lango " << false;
        QTest::newRow("--headless --version") << QStringList{QStringLiteral("--headless"), QStringLiteral("--version")} << "lango " << false;
        QTest::newRow("Qt's -style") << QStringList{QStringLiteral("-style"), QStringLiteral("fusion"), QStringLiteral("--version")}
                                     << "lango " << false;
    }
    void documentedGlobalOptionsWork()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QFETCH(bool, opensDatabase);
        QTemporaryDir dir;
        const QString url = lango::sqliteUrlForFile(dir.path() + QStringLiteral("/cli.db"));
        const QString config = dir.filePath(QStringLiteral("lango.ini"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("[database]\nurl = %1\n").arg(url).toUtf8());
        file.close();
        for (QString &argument : arguments)
            argument.replace(QLatin1String("DB"), url).replace(QLatin1String("CONFIG"), config);
        LangoProcess lango;
        const CliResult result = lango.run(arguments, {}, 15000);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.startsWith(expected), qPrintable(result.out));
        QCOMPARE(QFile::exists(dir.filePath(QStringLiteral("cli.db"))), opensDatabase);   // the database the options name
    }

    void simRefusesABadPort_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("routeros, not a number") << QStringList{QStringLiteral("routeros"), QStringLiteral("--port"), QStringLiteral("abc"),
                                                               QStringLiteral("--password-stdin")};
        QTest::newRow("routeros, too big") << QStringList{QStringLiteral("routeros"), QStringLiteral("--port"), QStringLiteral("65536"),
                                                          QStringLiteral("--password-stdin")};
        QTest::newRow("routeros, negative") << QStringList{QStringLiteral("routeros"), QStringLiteral("--port=-1"), QStringLiteral("--password-stdin")};
        QTest::newRow("daraja, not a number") << QStringList{QStringLiteral("daraja"), QStringLiteral("--port"), QStringLiteral("http")};
        QTest::newRow("daraja, too big") << QStringList{QStringLiteral("daraja"), QStringLiteral("--port"), QStringLiteral("99999")};
    }
    void simRefusesABadPort()
    {
        QFETCH(QStringList, arguments);
        LangoProcess lango;
        const CliResult result = lango.run(QStringList{QStringLiteral("sim")} + arguments, "pw\n", 15000);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String("is not a port number")), qPrintable(result.err));
    }

    // Without --db or --config the CLI uses the SQLite file in the user's data folder.
    // LANGO_HOME: a portable copy keeps its database and its credentials in its own folder.
    void homeFolderHoldsEverything()
    {
        LangoProcess lango;
        const QString home = lango.home() + QStringLiteral("/portable");
        lango.environment().insert(QStringLiteral("LANGO_HOME"), home);
        const CliResult list = lango.run({QStringLiteral("package"), QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QVERIFY(QFile::exists(home + QStringLiteral("/lango.db")));
        QVERIFY(QFile::exists(home + QStringLiteral("/credentials")) || QOperatingSystemVersion::currentType() == QOperatingSystemVersion::Windows);
        QVERIFY(!QFile::exists(lango.home() + QStringLiteral("/.local/share/lango/lango.db")));
    }

    void defaultDatabaseIsInUserDataFolder()
    {
        LangoProcess lango;
        const CliResult list = lango.run({QStringLiteral("package"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(QFile::exists(lango.home() + QStringLiteral("/.local/share/lango/lango.db")));
    }
};

LANGO_TEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
