#include "common/sqliteurl.h"
#include "support/httpclient.h"
#include "support/langoprocess.h"
#include "support/testmain.h"

#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <csignal>

using namespace lango::testing;

// `lango --headless` as systemd runs it: starts without a display, answers
// /healthz, and stops with exit 0 on SIGTERM.
class TestHeadless final : public QObject
{
    Q_OBJECT

private:
    static QString writeConfig(const QString &dir, quint16 port, quint16 adminPort)
    {
        const QString path = dir + QStringLiteral("/lango.ini");
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(QStringLiteral("[database]\nurl = %1\n[http]\nlisten = 127.0.0.1:%2\nadmin_listen = 127.0.0.1:%3\n")
                       .arg(lango::sqliteUrlForFile(dir + QStringLiteral("/headless.db"))).arg(port).arg(adminPort).toUtf8());
        return path;
    }

private Q_SLOTS:
    void startsAnswersAndStopsOnSigterm_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }
    void startsAnswersAndStopsOnSigterm()
    {
        QFETCH(int, signal);
        LangoProcess lango;
        const quint16 port = freePort();
        const quint16 adminPort = freePort();
        const QString config = writeConfig(lango.home(), port, adminPort);
        QProcess process;
        auto env = lango.environment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral(LANGO_BINARY), {QStringLiteral("--headless"), QStringLiteral("--config"), config});
        QVERIFY(process.waitForStarted());

        const QUrl health(QStringLiteral("http://127.0.0.1:%1/healthz").arg(adminPort));
        HttpResult answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer = httpGet(health, 500)).status == 200, 15000);
        const QJsonObject body = answer.json().object();
        QCOMPARE(body[QStringLiteral("status")].toString(), QStringLiteral("ok"));
        QVERIFY(body[QStringLiteral("database")].toObject()[QStringLiteral("ok")].toBool());
        QVERIFY(!body[QStringLiteral("version")].toString().isEmpty());

        const HttpResult missing = httpGet(QUrl(QStringLiteral("http://127.0.0.1:%1/nope").arg(port)));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json()[QStringLiteral("error")].toString(), QStringLiteral("not_found"));

        ::kill(static_cast<pid_t>(process.processId()), signal);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

    void badConfigIsNamedAndExitsOne()
    {
        LangoProcess lango;
        const QString path = lango.home() + QStringLiteral("/bad.ini");
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write("[http]\nlisten = everywhere\n");
        file.close();
        const CliResult result = lango.run({QStringLiteral("--headless"), QStringLiteral("--config"), path});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(path + QStringLiteral(", line 2: [http] listen")), qPrintable(result.err));
    }

    void portInUseIsExplained()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        LangoProcess lango;
        const CliResult result = lango.run({QStringLiteral("--headless"), QStringLiteral("--config"),
                                            writeConfig(lango.home(), taken.serverPort(), freePort())});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("Cannot listen on 127.0.0.1")), qPrintable(result.err));
    }
};

LANGO_TEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
