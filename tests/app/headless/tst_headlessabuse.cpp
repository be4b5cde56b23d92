// `lango --headless` under the attacks of issue 14, as an outsider would try
// them, over real sockets against the real binary; memory read from /proc.
//   - a 200 MiB body, a 20 MiB header that never ends and 500 slow
//     connections at once raise the server's resident memory by < 20 MB,
//     and a normal callback sent meanwhile is answered within 1 s;
//   - wrong-token callbacks are refused without a log line each;
//   - /healthz and /metrics are not on the public listener.

#include "common/sqliteurl.h"
#include "support/httpclient.h"
#include "support/langoprocess.h"
#include "support/testmain.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

#include <csignal>

using namespace lango::testing;

namespace {

const QString kToken = QStringLiteral("abuse-test-callback-token-0123456789");

qint64 residentKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// One attacking connection that writes `total` bytes after `head` as fast
// as the server takes them, until the server closes.
class Flood final : public QObject
{
public:
    Flood(quint16 port, QByteArray head, qint64 total, char fill)
        : m_head(std::move(head)), m_left(total), m_chunk(64 * 1024, fill)
    {
        connect(&m_socket, &QTcpSocket::connected, this, [this] { m_socket.write(m_head); pump(); });
        connect(&m_socket, &QTcpSocket::bytesWritten, this, &Flood::pump);
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { m_answer += m_socket.readAll(); });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }
    QByteArray answer() const { return m_answer; }
    qint64 sent() const { return m_sent; }
    bool closed() const { return m_socket.state() == QAbstractSocket::UnconnectedState; }

private:
    void pump()
    {
        while (m_left > 0 && m_socket.state() == QAbstractSocket::ConnectedState && m_socket.bytesToWrite() < 1024 * 1024) {
            const qint64 n = std::min<qint64>(m_left, m_chunk.size());
            m_socket.write(m_chunk.constData(), n);
            m_left -= n;
            m_sent += n;
        }
    }

    QTcpSocket m_socket;
    QByteArray m_head;
    qint64 m_left;
    qint64 m_sent = 0;
    QByteArray m_chunk;
    QByteArray m_answer;
};

} // namespace

class TestHeadlessAbuse final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_port = freePort();
        m_adminPort = freePort();
        const QString config = m_lango.home() + QStringLiteral("/lango.ini");
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("[database]\nurl = %1\n[http]\nlisten = 127.0.0.1:%2\nadmin_listen = 127.0.0.1:%3\n"
                                  "public_url = http://127.0.0.1:%2\n")
                       .arg(lango::sqliteUrlForFile(m_lango.home() + QStringLiteral("/abuse.db"))).arg(m_port).arg(m_adminPort).toUtf8());
        file.close();
        auto env = m_lango.environment();
        env.insert(QStringLiteral("LANGO_CALLBACK_TOKEN"), kToken);
        m_server.setProcessEnvironment(env);
        m_server.start(QStringLiteral(LANGO_BINARY), {QStringLiteral("--headless"), QStringLiteral("--config"), config});
        QVERIFY(m_server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(httpGet(adminUrl(QStringLiteral("/healthz")), 500).status == 200, 20000);
    }

    void cleanupTestCase()
    {
        if (m_server.state() == QProcess::Running) {
            ::kill(static_cast<pid_t>(m_server.processId()), SIGTERM);
            m_server.waitForFinished(10000);
        }
    }

    void bigBodyHugeHeaderAndSlowClientsTogether()
    {
        // Warm up the paths a callback takes, then measure from there.
        QCOMPARE(httpPost(url(QStringLiteral("/pay/stk/") + kToken), callback("ws_CO_warmup")).status, 200);
        const qint64 pid = m_server.processId();
        const qint64 before = residentKb(pid);
        QVERIFY(before > 0);

        Flood body(m_port, "POST /pay/stk/" + kToken.toUtf8() + " HTTP/1.1\r\nHost: x\r\nContent-Length: 209715200\r\n\r\n",
                   200LL * 1024 * 1024, 'a');
        Flood chunked(m_port, "POST /api/portal/purchases HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                              "FFFFFFF\r\n", 50LL * 1024 * 1024, 'b');
        Flood header(m_port, "GET /api/portal/packages?router=x HTTP/1.1\r\nHost: x\r\nX-Pad: ", 20LL * 1024 * 1024, 'c');
        std::vector<std::unique_ptr<QTcpSocket>> slow;
        for (int i = 0; i < 500; ++i) {
            slow.push_back(std::make_unique<QTcpSocket>());
            slow.back()->connectToHost(QHostAddress::LocalHost, m_port);
        }
        QTimer trickle;
        int round = 0;
        connect(&trickle, &QTimer::timeout, this, [&] {
            const QByteArray request = "POST /pay/stk/" + kToken.toUtf8() + " HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n";
            for (auto &socket : slow) {
                if (socket->state() == QAbstractSocket::ConnectedState && round < request.size())
                    socket->write(request.mid(round, 1));
            }
            ++round;
        });
        trickle.start(200);

        qint64 peak = before;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, [&] { peak = std::max(peak, residentKb(pid)); });
        sampler.start(50);

        // In the middle of it all, Safaricom calls back.
        QTest::qWait(2000);
        QElapsedTimer answered;
        answered.start();
        const HttpResult normal = httpPost(url(QStringLiteral("/pay/stk/") + kToken), callback("ws_CO_during_attack"), 5000);
        const qint64 answerMs = answered.elapsed();
        QCOMPARE(normal.status, 200);
        QCOMPARE(normal.json()[QStringLiteral("ResultCode")].toInt(), 0);

        QTRY_VERIFY_WITH_TIMEOUT(body.closed() && header.closed() && chunked.closed(), 15000);
        QTest::qWait(1000);
        sampler.stop();
        trickle.stop();
        const qint64 grewKb = peak - before;
        qInfo("resident memory: %lld kB before, %lld kB at the peak (+%lld kB); callback answered in %lld ms; "
              "the body flood got %lld bytes in before the answer",
              before, peak, grewKb, answerMs, body.sent());
        QVERIFY2(answerMs < 1000, qPrintable(QStringLiteral("%1 ms").arg(answerMs)));
        QVERIFY2(grewKb < 20 * 1024, qPrintable(QStringLiteral("+%1 kB").arg(grewKb)));
        QVERIFY2(body.answer().startsWith("HTTP/1.1 413"), body.answer().left(100).constData());
        QVERIFY2(chunked.answer().startsWith("HTTP/1.1 413"), chunked.answer().left(100).constData());
        QVERIFY2(header.answer().startsWith("HTTP/1.1 431"), header.answer().left(100).constData());
        QVERIFY(body.sent() < 200LL * 1024 * 1024);   // refused from the head, not after reading it
        // Slow clients are cut off at 10 s, not kept forever.
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(slow.begin(), slow.end(), [](const auto &s) {
                                     return s->state() == QAbstractSocket::UnconnectedState;
                                 }), 15000);
        QCOMPARE(m_server.state(), QProcess::Running);
    }

    void wrongTokensAreNotLoggedOneByOne()
    {
        m_server.readAllStandardError();
        for (int i = 0; i < 200; ++i)
            QCOMPARE(httpPost(url(QStringLiteral("/pay/stk/guess-%1").arg(i)), callback("ws_CO_x")).status, 404);
        QTest::qWait(300);
        const QByteArray log = m_server.readAllStandardError();
        QVERIFY2(log.count("callback refused") <= 1, log.constData());
    }

    void adminRoutesAreNotPublic()
    {
        QCOMPARE(httpGet(url(QStringLiteral("/healthz"))).status, 404);
        QCOMPARE(httpGet(url(QStringLiteral("/metrics"))).status, 404);
        QCOMPARE(httpGet(adminUrl(QStringLiteral("/metrics"))).status, 200);
    }

private:
    QUrl url(const QString &path) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)); }
    QUrl adminUrl(const QString &path) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_adminPort).arg(path)); }
    static QByteArray callback(const char *checkout)
    {
        return QByteArray("{\"Body\":{\"stkCallback\":{\"MerchantRequestID\":\"m\",\"CheckoutRequestID\":\"") + checkout
               + "\",\"ResultCode\":1032,\"ResultDesc\":\"Request cancelled by user\"}}}";
    }

    LangoProcess m_lango;
    QProcess m_server;
    quint16 m_port = 0;
    quint16 m_adminPort = 0;
};

LANGO_TEST_GUILESS_MAIN(TestHeadlessAbuse)
#include "tst_headlessabuse.moc"
