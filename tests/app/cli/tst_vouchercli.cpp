#include "common/sqliteurl.h"
#include "models/vouchercodes.h"
#include "support/hosttools.h"
#include "support/langoprocess.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace lango::testing;
using lango::models::VoucherCodes;

// `lango voucher ...` through the real binary, against `lango sim routeros`
// in its own process: generate (and push), list, print a PDF whose QR codes
// decode, sell, sync, retire; and a router that is down keeps the batch.
class TestVoucherCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LangoProcess m_lango;
    QProcess m_sim;
    quint16 m_port = 0;
    QStringList m_db;
    bool m_canDecode = true;   // pdftoppm and zbarimg run here

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    CliResult lango(const QStringList &arguments, const QByteArray &stdinData = {})
    {
        return m_lango.run(m_db + arguments, stdinData, 120000);
    }

    static QJsonDocument json(const CliResult &result)
    {
        return QJsonDocument::fromJson(result.out.toUtf8());
    }

    QSet<QString> decodedQrCodes(const QString &pdf)
    {
        const QString png = m_dir.filePath(QStringLiteral("page"));
        QProcess::execute(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"),
                                                       QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                       QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, png});
        QProcess zbar;
        zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("-q"), QStringLiteral("--raw"), png + QStringLiteral(".png")});
        zbar.waitForFinished(60000);
        QSet<QString> found;
        for (const QString &line : QString::fromUtf8(zbar.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            found.insert(line.trimmed());
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
#ifdef Q_OS_WIN
        // pdftoppm and zbarimg are Linux programs, which Wine cannot start:
        // the cards' QR codes are decoded on Linux only.
        m_canDecode = lango::testing::hostToolRuns(QStringLiteral("pdftoppm"), {QStringLiteral("-v")})
                      && lango::testing::hostToolRuns(QStringLiteral("zbarimg"), {QStringLiteral("--version")});
#endif
        m_db = QStringList{QStringLiteral("--db"), lango::sqliteUrlForFile(m_dir.path() + QStringLiteral("/cli.db"))};
        m_port = freePort();
        m_sim.setProcessEnvironment(m_lango.environment());
        m_sim.start(QStringLiteral(LANGO_BINARY), {QStringLiteral("sim"), QStringLiteral("routeros"), QStringLiteral("--port"),
                                                   QString::number(m_port), QStringLiteral("--password-stdin")});
        QVERIFY(m_sim.waitForStarted(10000));
        m_sim.write("router-pw\n");
        m_sim.closeWriteChannel();
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += m_sim.readAllStandardOutput()).contains("listening"),
                                 10000);

        QCOMPARE(lango({QStringLiteral("db"), QStringLiteral("migrate")}).exitCode, 0);
        const CliResult package = lango({QStringLiteral("package"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("1 Hour"),
                                         QStringLiteral("--price"), QStringLiteral("20"), QStringLiteral("--duration"), QStringLiteral("1h"),
                                         QStringLiteral("--down"), QStringLiteral("5M"), QStringLiteral("--up"), QStringLiteral("1M")});
        QCOMPARE(package.exitCode, 0);
        const CliResult router = lango({QStringLiteral("router"), QStringLiteral("add"), QStringLiteral("kioo"), QStringLiteral("--host"),
                                        QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(m_port),
                                        QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                                       "router-pw\n");
        QVERIFY2(router.exitCode == 0, qPrintable(router.err));
    }

    void cleanupTestCase()
    {
        m_sim.kill();
        m_sim.waitForFinished();
    }

    void generateListPrintSellSyncRetire()
    {
        const CliResult generated = lango({QStringLiteral("voucher"), QStringLiteral("generate"), QStringLiteral("--package"),
                                           QStringLiteral("1"), QStringLiteral("--router"), QStringLiteral("kioo"),
                                           QStringLiteral("--count"), QStringLiteral("60"), QStringLiteral("--json")});
        QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
        const qint64 batch = json(generated)[QStringLiteral("batch_id")].toInteger();
        QVERIFY(batch > 0);
        QCOMPARE(json(generated)[QStringLiteral("push")][QStringLiteral("added")].toInt(), 60);
        const QString batchId = QString::number(batch);

        const CliResult listed = lango({QStringLiteral("voucher"), QStringLiteral("list"), QStringLiteral("--batch"), batchId,
                                        QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray vouchers = json(listed).array();
        QCOMPARE(vouchers.size(), 60);
        QSet<QString> urls;
        for (const QJsonValue &v : vouchers) {
            const QString code = v[QStringLiteral("code")].toString();
            QVERIFY(VoucherCodes::isValid(code));
            QCOMPARE(v[QStringLiteral("state")].toString(), QStringLiteral("unused"));
            QVERIFY(v[QStringLiteral("pushed_at")].toInteger() > 0);
            urls.insert(QStringLiteral("http://login.wifi/login?username=%1&password=%1").arg(code));
        }
        const CliResult csv = lango({QStringLiteral("voucher"), QStringLiteral("list"), QStringLiteral("--batch"), batchId,
                                     QStringLiteral("--csv")});
        QCOMPARE(csv.out.count(QLatin1Char('\n')), 61);

        // The print path gets its own offscreen QGuiApplication, display or not.
        m_lango.environment().remove(QStringLiteral("QT_QPA_PLATFORM"));
        const QString pdf = m_dir.filePath(QStringLiteral("cards.pdf"));
        const CliResult printed = lango({QStringLiteral("voucher"), QStringLiteral("print"), QStringLiteral("--batch"), batchId,
                                         QStringLiteral("--template"), QStringLiteral("a4"), QStringLiteral("--pdf"), pdf});
        QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
        QVERIFY(printed.out.contains(QLatin1String("3 page")));
        if (m_canDecode) {
            const QSet<QString> decoded = decodedQrCodes(pdf);
            QCOMPARE(decoded.size(), 24);
            QVERIFY(urls.contains(decoded));
        }
        const QString code = vouchers.first()[QStringLiteral("code")].toString();
        const CliResult reprint = lango({QStringLiteral("voucher"), QStringLiteral("print"), QStringLiteral("--batch"), batchId,
                                         QStringLiteral("--template"), QStringLiteral("80mm"), QStringLiteral("--pdf"),
                                         m_dir.filePath(QStringLiteral("one.pdf")), QStringLiteral("--code"), code});
        QVERIFY2(reprint.exitCode == 0, qPrintable(reprint.err));
        if (m_canDecode)
            QCOMPARE(decodedQrCodes(m_dir.filePath(QStringLiteral("one.pdf"))),
                     QSet<QString>{QStringLiteral("http://login.wifi/login?username=%1&password=%1").arg(code)});

        QCOMPARE(lango({QStringLiteral("voucher"), QStringLiteral("sell"), VoucherCodes::grouped(code).toLower()}).exitCode, 0);
        const CliResult again = lango({QStringLiteral("voucher"), QStringLiteral("sell"), code});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QLatin1String("sold already")));
        QString typo = code;
        typo[2] = typo[2] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        const CliResult mistyped = lango({QStringLiteral("voucher"), QStringLiteral("sell"), typo});
        QCOMPARE(mistyped.exitCode, 1);
        QVERIFY(mistyped.err.contains(QLatin1String("mistyped")));

        const CliResult synced = lango({QStringLiteral("voucher"), QStringLiteral("sync"), QStringLiteral("--router"),
                                        QStringLiteral("kioo"), QStringLiteral("--json")});
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
        QCOMPARE(json(synced)[QStringLiteral("on_router")].toInt(), 60);
        const CliResult batches = lango({QStringLiteral("voucher"), QStringLiteral("batches"), QStringLiteral("--json")});
        QCOMPARE(json(batches).array().first()[QStringLiteral("sold")].toInt(), 1);

        const CliResult retired = lango({QStringLiteral("voucher"), QStringLiteral("retire"), QStringLiteral("--batch"), batchId});
        QVERIFY2(retired.exitCode == 0, qPrintable(retired.err));
        QVERIFY(retired.out.contains(QLatin1String("60 unused voucher(s) retired, 60 removed")));
        const CliResult users = lango({QStringLiteral("ros"), QStringLiteral("kioo"), QStringLiteral("/ip/hotspot/user/print"),
                                       QStringLiteral("?comment=lango:voucher:") + batchId});
        QCOMPARE(users.exitCode, 0);
        QCOMPARE(users.out.count(QLatin1String("!re")), 0);
    }

    void wrongUsageExitsTwo()
    {
        QCOMPARE(lango({QStringLiteral("voucher"), QStringLiteral("print"), QStringLiteral("--batch"), QStringLiteral("1")}).exitCode, 2);
        QCOMPARE(lango({QStringLiteral("voucher"), QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(lango({QStringLiteral("voucher"), QStringLiteral("generate"), QStringLiteral("--router"), QStringLiteral("kioo")}).exitCode, 2);
        const CliResult help = m_lango.run({QStringLiteral("--help")});
        QVERIFY(help.out.contains(QLatin1String("voucher generate --package ID --router NAME --count N [--seller S]")));
        QVERIFY(help.out.contains(QLatin1String("voucher print --batch ID --template a4|58mm|80mm --pdf FILE")));
    }

    // Last: stops the emulated router.
    void unreachableRouterKeepsTheBatch()
    {
        m_sim.kill();
        m_sim.waitForFinished();
        const CliResult generated = lango({QStringLiteral("voucher"), QStringLiteral("generate"), QStringLiteral("--package"),
                                           QStringLiteral("1"), QStringLiteral("--router"), QStringLiteral("kioo"),
                                           QStringLiteral("--count"), QStringLiteral("5")});
        QCOMPARE(generated.exitCode, 1);
        QVERIFY2(generated.err.contains(QLatin1String("lango voucher push --batch")), qPrintable(generated.err));
        const CliResult batches = lango({QStringLiteral("voucher"), QStringLiteral("batches"), QStringLiteral("--json")});
        QCOMPARE(json(batches).array().first()[QStringLiteral("count")].toInt(), 5);
        QCOMPARE(json(batches).array().first()[QStringLiteral("pushed")].toInt(), 0);
    }
};

LANGO_TEST_GUILESS_MAIN(TestVoucherCli)
#include "tst_vouchercli.moc"
