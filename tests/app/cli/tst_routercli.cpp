// `lango router check`, `lango router sync` and `lango ros` end to end: the
// real binary against `lango sim routeros` (another lango process) over a
// localhost socket, with the office in a throwaway SQLite file.

#include "common/sqliteurl.h"
#include "support/langoprocess.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using lango::testing::CliResult;
using lango::testing::LangoProcess;

namespace {

void stop(QProcess &process)
{
#ifdef Q_OS_WIN
    process.kill();   // console programs get no WM_CLOSE
#else
    process.terminate();   // SIGTERM: what Ctrl+C and systemd send
#endif
}

} // namespace

class TestRouterCli final : public QObject
{
    Q_OBJECT

private:
    CliResult run(const QStringList &args, const QByteArray &stdinData = {})
    {
        return m_lango.run(QStringList{QStringLiteral("--db"), lango::sqliteUrlForFile(m_dir.path() + QStringLiteral("/office.db"))} + args,
                           stdinData);
    }
    static QJsonObject object(const CliResult &result) { return QJsonDocument::fromJson(result.out.toUtf8()).object(); }
    static QStringList strings(const QJsonValue &value)
    {
        QStringList list;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &v : array)
            list << v.toString();
        return list;
    }

    LangoProcess m_lango;
    QTemporaryDir m_dir;
    QProcess m_router;
    QByteArray m_routerOut;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_router.setProcessEnvironment(m_lango.environment());
        connect(&m_router, &QProcess::readyReadStandardOutput, this, [this] { m_routerOut += m_router.readAllStandardOutput(); });
        m_router.start(QStringLiteral(LANGO_BINARY),
                       {QStringLiteral("sim"), QStringLiteral("routeros"), QStringLiteral("--port"), QStringLiteral("0"),
                        QStringLiteral("--user"), QStringLiteral("lango"), QStringLiteral("--password-stdin"),
                        QStringLiteral("--identity"), QStringLiteral("Ofisi")});
        QVERIFY(m_router.waitForStarted(10000));
        m_router.write("router-pw\n");
        m_router.closeWriteChannel();
        QTRY_VERIFY2_WITH_TIMEOUT(m_routerOut.contains("RouterOS API"), m_routerOut.constData(), 15000);
        const auto match = QRegularExpression(QStringLiteral(":(\\d+) \\(RouterOS API\\)")).match(QString::fromUtf8(m_routerOut));
        QVERIFY2(match.hasMatch(), m_routerOut.constData());
        const QString port = match.captured(1);
        QVERIFY(port.toInt() > 0);

        const CliResult added = run({QStringLiteral("router"), QStringLiteral("add"), QStringLiteral("ofisi"), QStringLiteral("--host"),
                                     QStringLiteral("127.0.0.1"), QStringLiteral("--port"), port, QStringLiteral("--user"),
                                     QStringLiteral("lango"), QStringLiteral("--password-stdin")},
                                    "router-pw\n");
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const CliResult package = run({QStringLiteral("package"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("1 Hour"),
                                       QStringLiteral("--price"), QStringLiteral("20"), QStringLiteral("--duration"), QStringLiteral("1h"),
                                       QStringLiteral("--down"), QStringLiteral("5M"), QStringLiteral("--up"), QStringLiteral("1M")});
        QVERIFY2(package.exitCode == 0, qPrintable(package.err));
    }

    void cleanupTestCase()
    {
        if (m_router.state() == QProcess::NotRunning)
            return;
        stop(m_router);
        QVERIFY(m_router.waitForFinished(10000));
#ifndef Q_OS_WIN
        QCOMPARE(m_router.exitCode(), 0);   // the emulator stops cleanly on SIGTERM
#endif
    }

    void checkSaysWhoTheRouterIs()
    {
        const CliResult json = run({QStringLiteral("router"), QStringLiteral("check"), QStringLiteral("ofisi"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err + json.out));
        const QJsonObject report = object(json);
        QCOMPARE(report.value(QStringLiteral("reachable")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("logged_in")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("identity")).toString(), QStringLiteral("Ofisi"));
        QVERIFY2(report.value(QStringLiteral("version")).toString().startsWith(QLatin1String("7.")), qPrintable(json.out));
        QVERIFY(report.value(QStringLiteral("uptime_s")).toDouble() >= 0);

        const CliResult text = run({QStringLiteral("router"), QStringLiteral("check"), QStringLiteral("ofisi")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err + text.out));
        QVERIFY2(text.out.contains(QLatin1String("identity: Ofisi")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1String("RouterOS: 7.")), qPrintable(text.out));
        // Uptime as a duration (42s, 3d4h12m), not "42 s".
        QVERIFY2(QRegularExpression(QStringLiteral("uptime: (\\d+[wdhms])+\\n")).match(text.out).hasMatch(), qPrintable(text.out));
    }

    void secondSyncChangesNothing()
    {
        const QStringList sync{QStringLiteral("router"), QStringLiteral("sync"), QStringLiteral("ofisi"), QStringLiteral("--json")};
        const CliResult first = run(sync);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err + first.out));
        QCOMPARE(strings(object(first).value(QStringLiteral("created"))), QStringList{QStringLiteral("lango-1-hour")});
        QVERIFY(strings(object(first).value(QStringLiteral("failed"))).isEmpty());

        const CliResult second = run(sync);
        QVERIFY2(second.exitCode == 0, qPrintable(second.err + second.out));
        const QJsonObject summary = object(second);
        QVERIFY2(strings(summary.value(QStringLiteral("created"))).isEmpty(), qPrintable(second.out));
        QVERIFY2(strings(summary.value(QStringLiteral("updated"))).isEmpty(), qPrintable(second.out));
        QCOMPARE(strings(summary.value(QStringLiteral("unchanged"))), QStringList{QStringLiteral("lango-1-hour")});

        const CliResult text = run({QStringLiteral("router"), QStringLiteral("sync"), QStringLiteral("ofisi")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(QLatin1String("0 profile(s) created, 0 updated, 1 already right")), qPrintable(text.out));
    }

    // `print =follow=` never ends on its own: replies print as they come,
    // and Ctrl+C (SIGINT) or SIGTERM ends it cleanly.
    void rosFollowStreamsUntilStopped_data()
    {
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QString>("name");
        QTest::newRow("print =follow=") << QStringList{QStringLiteral("/ip/hotspot/user/profile/print"), QStringLiteral("=follow=")}
                                        << QStringLiteral("streamed-1");
        QTest::newRow("follow as a bare word") << QStringList{QStringLiteral("/ip/hotspot/user/profile/print"), QStringLiteral("follow")}
                                               << QStringLiteral("streamed-2");
        QTest::newRow("listen") << QStringList{QStringLiteral("/ip/hotspot/user/profile/listen")} << QStringLiteral("streamed-3");
    }
    void rosFollowStreamsUntilStopped()
    {
#ifdef Q_OS_WIN
        QSKIP("Stopping a console program needs a console control event on Windows.");
#endif
        QFETCH(QStringList, words);
        QFETCH(QString, name);
        QByteArray out;
        QProcess ros;
        ros.setProcessEnvironment(m_lango.environment());
        connect(&ros, &QProcess::readyReadStandardOutput, this, [&] { out += ros.readAllStandardOutput(); });
        ros.start(QStringLiteral(LANGO_BINARY), QStringList{QStringLiteral("--db"), lango::sqliteUrlForFile(m_dir.path() + QStringLiteral("/office.db")),
                                                            QStringLiteral("ros"), QStringLiteral("ofisi")} + words);
        QVERIFY(ros.waitForStarted(10000));
        ros.closeWriteChannel();
        if (!words.first().endsWith(QLatin1String("/listen")))   // print shows what is there first
            QTRY_VERIFY2_WITH_TIMEOUT(out.contains("name=lango-1-hour"), out.constData(), 15000);

        // Add profiles until the stream reports one: `listen` shows nothing
        // until something changes, so there is no sign of it having started.
        const QByteArray added = QByteArray("name=") + name.toUtf8();
        for (int attempt = 0; attempt < 20; ++attempt) {
            const CliResult add = run({QStringLiteral("ros"), QStringLiteral("ofisi"), QStringLiteral("/ip/hotspot/user/profile/add"),
                                       QStringLiteral("=name=%1-%2").arg(name).arg(attempt)});
            QVERIFY2(add.exitCode == 0, qPrintable(add.err));
            if (QTest::qWaitFor([&] { return out.contains(added); }, 500))
                break;
        }
        QVERIFY2(out.contains(added), out.constData());
        QCOMPARE(ros.state(), QProcess::Running);   // still following

        stop(ros);
        QTRY_VERIFY_WITH_TIMEOUT(ros.state() == QProcess::NotRunning, 10000);
        out += ros.readAllStandardOutput();
        QCOMPARE(ros.exitStatus(), QProcess::NormalExit);
        QVERIFY2(ros.exitCode() == 0, ros.readAllStandardError().constData());
        QVERIFY2(out.endsWith("!done\n"), out.constData());
    }
};

LANGO_TEST_GUILESS_MAIN(TestRouterCli)
#include "tst_routercli.moc"
