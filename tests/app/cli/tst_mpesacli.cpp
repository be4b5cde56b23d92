#include "common/sqliteurl.h"
#include "support/langoprocess.h"
#include "support/testmain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

using lango::testing::CliResult;
using lango::testing::LangoProcess;

// `lango mpesa ...` and the billing lists, end to end: the real binary
// against `lango sim daraja` in another process, over real HTTP, as a
// technician would check an office's M-Pesa set-up.
class TestMpesaCli final : public QObject
{
    Q_OBJECT

private:
    QProcess m_daraja;
    QString m_baseUrl;
    QHash<QString, QString> m_keys;   // consumer key, consumer secret, passkey, paybill
    QString m_config;
    LangoProcess m_lango;

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    CliResult mpesa(const QStringList &arguments)
    {
        return m_lango.run(QStringList{QStringLiteral("--config"), m_config, QStringLiteral("mpesa")} + arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const quint16 port = freePort();
        m_daraja.setProcessEnvironment(m_lango.environment());
        m_daraja.start(QStringLiteral(LANGO_BINARY), {QStringLiteral("sim"), QStringLiteral("daraja"), QStringLiteral("--port"),
                                                      QString::number(port)});
        QVERIFY(m_daraja.waitForStarted(10000));
        QString printed;
        QTRY_VERIFY_WITH_TIMEOUT((printed += QString::fromUtf8(m_daraja.readAllStandardOutput())).contains(QLatin1String("paybill:")),
                                 15000);
        const QRegularExpression field(QStringLiteral(R"(^\s*(consumer key|consumer secret|passkey|paybill):\s+(\S+)\s*$)"),
                                       QRegularExpression::MultilineOption);
        for (auto match = field.globalMatch(printed); match.hasNext();) {
            const auto m = match.next();
            m_keys.insert(m.captured(1), m.captured(2));
        }
        QCOMPARE(m_keys.size(), 4);
        m_baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);

        m_config = m_lango.home() + QStringLiteral("/lango.ini");
        QFile ini(m_config);
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write(QStringLiteral("[database]\nurl = %1\n"
                                 "[http]\npublic_url = http://127.0.0.1:9\n"
                                 "[mpesa]\nenvironment = custom\nbase_url = %2\nshortcode = %3\ntype = paybill\n")
                      .arg(lango::sqliteUrlForFile(m_lango.home() + QStringLiteral("/office.db")), m_baseUrl, m_keys.value(QStringLiteral("paybill")))
                      .toUtf8());
        ini.close();
        auto &env = m_lango.environment();
        env.insert(QStringLiteral("LANGO_MPESA_CONSUMER_KEY"), m_keys.value(QStringLiteral("consumer key")));
        env.insert(QStringLiteral("LANGO_MPESA_CONSUMER_SECRET"), m_keys.value(QStringLiteral("consumer secret")));
        env.insert(QStringLiteral("LANGO_MPESA_PASSKEY"), m_keys.value(QStringLiteral("passkey")));
        env.insert(QStringLiteral("LANGO_CALLBACK_TOKEN"), QStringLiteral("cli-test-token-0123456789"));
    }

    void cleanupTestCase()
    {
        m_daraja.terminate();
        if (!m_daraja.waitForFinished(5000))
            m_daraja.kill();
    }

    void tokenChecksTheCredentials()
    {
        const CliResult good = mpesa({QStringLiteral("token")});
        QVERIFY2(good.exitCode == 0, qPrintable(good.err));
        QVERIFY2(good.out.contains(QLatin1String("credentials work")), qPrintable(good.out));

        m_lango.environment().insert(QStringLiteral("LANGO_MPESA_CONSUMER_SECRET"), QStringLiteral("not-the-secret"));
        const CliResult bad = mpesa({QStringLiteral("token")});
        m_lango.environment().insert(QStringLiteral("LANGO_MPESA_CONSUMER_SECRET"), m_keys.value(QStringLiteral("consumer secret")));
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QLatin1String("consumer"), Qt::CaseInsensitive), qPrintable(bad.err));
    }

    void stkPrintsTheCheckoutAndQueryFollowsIt()
    {
        const CliResult pushed = mpesa({QStringLiteral("stk"), QStringLiteral("--phone"), QStringLiteral("0712 345 678"),
                                        QStringLiteral("--amount"), QStringLiteral("10"), QStringLiteral("--ref"), QStringLiteral("CLI1")});
        QVERIFY2(pushed.exitCode == 0, qPrintable(pushed.err));
        const QString checkout = pushed.out.trimmed();
        QVERIFY2(checkout.startsWith(QLatin1String("ws_CO_")), qPrintable(checkout));

        const CliResult queried = mpesa({QStringLiteral("query"), checkout, QStringLiteral("--json")});
        QVERIFY2(queried.exitCode == 0, qPrintable(queried.err));
        const QJsonObject state = QJsonDocument::fromJson(queried.out.toUtf8()).object();
        QVERIFY2(state.contains(QStringLiteral("state")), qPrintable(queried.out));

        const CliResult unknown = mpesa({QStringLiteral("query"), QStringLiteral("ws_CO_nobody")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(!unknown.err.trimmed().isEmpty());
    }

    void badInputSaysWhatIsExpected_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("phone") << QStringList{QStringLiteral("stk"), QStringLiteral("--phone"), QStringLiteral("12345"),
                                              QStringLiteral("--amount"), QStringLiteral("10"), QStringLiteral("--ref"), QStringLiteral("X")}
                               << 1 << "07";
        QTest::newRow("amount") << QStringList{QStringLiteral("stk"), QStringLiteral("--phone"), QStringLiteral("0712345678"),
                                               QStringLiteral("--amount"), QStringLiteral("ten"), QStringLiteral("--ref"), QStringLiteral("X")}
                                << 1 << "amount";
        QTest::newRow("missing ref") << QStringList{QStringLiteral("stk"), QStringLiteral("--phone"), QStringLiteral("0712345678"),
                                                    QStringLiteral("--amount"), QStringLiteral("10")}
                                     << 2 << "--ref";
        QTest::newRow("unknown action") << QStringList{QStringLiteral("refund")} << 2 << "Usage";
    }
    void badInputSaysWhatIsExpected()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const CliResult result = mpesa(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(says), qPrintable(result.err));
    }

    void registerC2bAnswers()
    {
        const CliResult registered = mpesa({QStringLiteral("register-c2b")});
        QVERIFY2(registered.exitCode == 0, qPrintable(registered.err));
    }

    // The billing lists scripts read: JSON arrays, even when empty.
    void billingListsPrintJson_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("purchases") << "purchase";
        QTest::newRow("grants") << "grant";
        QTest::newRow("jobs") << "job";
    }
    void billingListsPrintJson()
    {
        QFETCH(QString, what);
        const CliResult listed = m_lango.run({QStringLiteral("--config"), m_config, what, QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(listed.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError && document.isArray(), qPrintable(listed.out));
    }
};

LANGO_TEST_GUILESS_MAIN(TestMpesaCli)
#include "tst_mpesacli.moc"
