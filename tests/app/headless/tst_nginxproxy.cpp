// resources/nginx/lango.conf, run by a real nginx in front of a real
// `lango --headless`: TLS, the size limits, only the public paths, and the
// client's address reaching Lango through X-Forwarded-For (its per-client
// limit sees two clients, not the proxy). Skips without nginx or openssl,
// except under CI, where that is a failure.

#include "common/sqliteurl.h"
#include "support/httpclient.h"
#include "support/langoprocess.h"
#include "support/testmain.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTest>

#include <csignal>

using namespace lango::testing;

namespace {

QString findProgram(const QString &name)
{
    return QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"), QStringLiteral("/sbin")});
}

} // namespace

class TestNginxProxy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString nginx = findProgram(QStringLiteral("nginx"));
        const QString openssl = findProgram(QStringLiteral("openssl"));
        if (nginx.isEmpty() || openssl.isEmpty() || !QSslSocket::supportsSsl()) {
            const QString why = QStringLiteral("nginx, openssl or TLS support missing (scripts/install-deps installs them)");
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL(qPrintable(why));
            QSKIP(qPrintable(why + QStringLiteral(" (skipped outside CI; CI fails on this)")));
        }
        const QString dir = m_lango.home() + QStringLiteral("/nginx");
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/tmp")));
        QCOMPARE(QProcess::execute(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                             QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                                             QStringLiteral("/CN=hotspot.test"), QStringLiteral("-keyout"), dir + QStringLiteral("/key.pem"),
                                             QStringLiteral("-out"), dir + QStringLiteral("/cert.pem")}), 0);

        // The office: a hotspot router (down: it does not matter here) and a package.
        m_lango.environment().insert(QStringLiteral("LANGO_CALLBACK_TOKEN"), QStringLiteral("nginx-test-token-0123456789abcdef"));
        const QString db = lango::sqliteUrlForFile(m_lango.home() + QStringLiteral("/lango.db"));
        QCOMPARE(m_lango.run({QStringLiteral("--db"), db, QStringLiteral("router"), QStringLiteral("add"), QStringLiteral("ofisi"),
                              QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(freePort()),
                              QStringLiteral("--user"), QStringLiteral("lango"), QStringLiteral("--password-stdin")}, "pw\n").exitCode, 0);
        QCOMPARE(m_lango.run({QStringLiteral("--db"), db, QStringLiteral("package"), QStringLiteral("add"), QStringLiteral("--name"),
                              QStringLiteral("1 Hour"), QStringLiteral("--price"), QStringLiteral("20"), QStringLiteral("--duration"),
                              QStringLiteral("1h"), QStringLiteral("--down"), QStringLiteral("5M"), QStringLiteral("--up"), QStringLiteral("1M")})
                     .exitCode, 0);

        const quint16 langoPort = freePort();
        m_httpsPort = freePort();
        const QString config = m_lango.home() + QStringLiteral("/lango.ini");
        QFile ini(config);
        QVERIFY(ini.open(QIODevice::WriteOnly));
        // M-Pesa set up (never reached: the router's answer comes first).
        ini.write(QStringLiteral("[database]\nurl = %1\n[http]\nlisten = 127.0.0.1:%2\nadmin_listen = off\ntrusted_proxies = 127.0.0.1\n"
                                 "public_url = https://hotspot.test\n[mpesa]\nenvironment = custom\nbase_url = http://127.0.0.1:%3\n"
                                 "shortcode = 174379\n[limits]\npurchases_per_client = 2/1m\n")
                      .arg(db).arg(langoPort).arg(freePort()).toUtf8());
        for (const char *key : {"LANGO_MPESA_CONSUMER_KEY", "LANGO_MPESA_CONSUMER_SECRET", "LANGO_MPESA_PASSKEY"})
            m_lango.environment().insert(QString::fromLatin1(key), QStringLiteral("test-value"));
        ini.close();
        m_server.setProcessEnvironment(m_lango.environment());
        m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_server.start(QStringLiteral(LANGO_BINARY), {QStringLiteral("--headless"), QStringLiteral("--config"), config});
        QVERIFY(m_server.waitForStarted());

        // The shipped file, with this test's addresses, ports and certificate.
        QFile shipped(QStringLiteral(LANGO_SOURCE_DIR "/resources/nginx/lango.conf"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QString site = QString::fromUtf8(shipped.readAll());
        site.replace(QStringLiteral("127.0.0.1:8090"), QStringLiteral("127.0.0.1:%1").arg(langoPort));
        site.replace(QStringLiteral("listen 443 ssl;"), QStringLiteral("listen 127.0.0.1:%1 ssl;").arg(m_httpsPort));
        site.replace(QStringLiteral("listen [::]:443 ssl;"), QString());
        site.replace(QStringLiteral("listen 80;"), QStringLiteral("listen 127.0.0.1:%1;").arg(freePort()));
        site.replace(QStringLiteral("listen [::]:80;"), QString());
        site.replace(QStringLiteral("/etc/letsencrypt/live/hotspot.example.co.ke/fullchain.pem"), dir + QStringLiteral("/cert.pem"));
        site.replace(QStringLiteral("/etc/letsencrypt/live/hotspot.example.co.ke/privkey.pem"), dir + QStringLiteral("/key.pem"));
        QFile siteFile(dir + QStringLiteral("/lango.conf"));
        QVERIFY(siteFile.open(QIODevice::WriteOnly));
        siteFile.write(site.toUtf8());
        siteFile.close();
        QFile main(dir + QStringLiteral("/nginx.conf"));
        QVERIFY(main.open(QIODevice::WriteOnly));
        main.write(QStringLiteral("daemon off;\nmaster_process off;\npid %1/nginx.pid;\nerror_log %1/error.log;\n"
                                  "events { worker_connections 256; }\n"
                                  "http {\n  access_log %1/access.log;\n  client_body_temp_path %1/tmp/body;\n  proxy_temp_path %1/tmp/proxy;\n"
                                  "  fastcgi_temp_path %1/tmp/fcgi;\n  uwsgi_temp_path %1/tmp/uwsgi;\n  scgi_temp_path %1/tmp/scgi;\n"
                                  "  include %1/lango.conf;\n}\n").arg(dir).toUtf8());
        main.close();
        m_nginx.setProcessChannelMode(QProcess::ForwardedChannels);
        m_nginx.start(nginx, {QStringLiteral("-p"), dir, QStringLiteral("-c"), dir + QStringLiteral("/nginx.conf")});
        QVERIFY(m_nginx.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(request("127.0.0.1", "GET /api/portal/packages?router=ofisi HTTP/1.1\r\nHost: hotspot.test\r\n\r\n")
                                     .startsWith("HTTP/1.1 200"), 20000);
    }

    void cleanupTestCase()
    {
        for (QProcess *process : {&m_nginx, &m_server}) {
            if (process->state() == QProcess::Running) {
                ::kill(static_cast<pid_t>(process->processId()), SIGTERM);
                process->waitForFinished(10000);
            }
        }
    }

    void limitsHoldAtTheProxy_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("200 MiB callback") << QByteArray("POST /pay/stk/x HTTP/1.1\r\nHost: hotspot.test\r\nContent-Length: 209715200\r\n\r\n")
                                         << QByteArray("413");
        QTest::newRow("large portal request") << QByteArray("POST /api/portal/purchases HTTP/1.1\r\nHost: hotspot.test\r\nContent-Length: 20000\r\n\r\n")
                                              << QByteArray("413");
        QTest::newRow("20 KB header line") << (QByteArray("GET /api/portal/packages HTTP/1.1\r\nHost: hotspot.test\r\nX-Pad: ")
                                               + QByteArray(20 * 1024, 'a') + "\r\n\r\n") << QByteArray("400");
        QTest::newRow("metrics are not public") << QByteArray("GET /metrics HTTP/1.1\r\nHost: hotspot.test\r\n\r\n") << QByteArray("404");
        QTest::newRow("healthz is not public") << QByteArray("GET /healthz HTTP/1.1\r\nHost: hotspot.test\r\n\r\n") << QByteArray("404");
        QTest::newRow("portal files are read-only") << QByteArray("POST /portal/ofisi/login.html HTTP/1.1\r\nHost: hotspot.test\r\nContent-Length: 0\r\n\r\n")
                                                    << QByteArray("403");
    }
    void limitsHoldAtTheProxy()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, status);
        const QByteArray answer = this->request("127.0.0.1", request);
        QVERIFY2(answer.startsWith("HTTP/1.1 " + status), answer.left(200).constData());
    }

    // Two clients behind the proxy: each has its own limit of two prompts a
    // minute, so Lango sees their addresses, not nginx's.
    void clientAddressReachesLango()
    {
        const QByteArray body = R"({"package_id":1,"phone":"0712345678","mac":"AA:BB:CC:DD:EE:01","ip":"10.5.50.7","router":"ofisi"})";
        const QByteArray post = "POST /api/portal/purchases HTTP/1.1\r\nHost: hotspot.test\r\nContent-Type: application/json\r\n"
                                "X-Forwarded-For: 6.6.6.6\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        for (int i = 0; i < 2; ++i) {
            const QByteArray answer = request("127.0.0.2", post);
            QVERIFY2(!answer.startsWith("HTTP/1.1 429"), answer.constData());   // the router is down: 502, but counted
        }
        const QByteArray third = request("127.0.0.2", post);
        QVERIFY2(third.startsWith("HTTP/1.1 429"), third.constData());
        QVERIFY(third.contains("Retry-After:"));
        const QByteArray other = request("127.0.0.3", post);
        QVERIFY2(!other.startsWith("HTTP/1.1 429"), other.constData());
    }

private:
    // One HTTPS request from a chosen loopback address; the raw answer.
    QByteArray request(const char *from, const QByteArray &bytes)
    {
        QSslSocket socket;
        socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        if (!socket.bind(QHostAddress(QString::fromLatin1(from))))
            return {};
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_httpsPort);
        if (!socket.waitForEncrypted(5000))
            return {};
        socket.write(bytes);
        QByteArray answer;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000 && !answer.contains("\r\n\r\n")) {
            if (!socket.waitForReadyRead(200) && socket.state() != QAbstractSocket::ConnectedState)
                break;
            answer += socket.readAll();
        }
        socket.waitForReadyRead(200);
        answer += socket.readAll();
        return answer;
    }

    LangoProcess m_lango;
    QProcess m_server;
    QProcess m_nginx;
    quint16 m_httpsPort = 0;
};

LANGO_TEST_GUILESS_MAIN(TestNginxProxy)
#include "tst_nginxproxy.moc"
