// The bounded HTTP server over real sockets: keep-alive and pipelining,
// deferred answers, refusals before reading (413, 431), slow clients timed
// out, the connection cap, and who the client is behind a trusted proxy.

#include "app/http/clientaddress.h"
#include "app/http/httprouter.h"
#include "app/http/httpserver.h"
#include "support/testmain.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>

using namespace lango::app::http;

namespace {

// Reads whatever arrives until `until` is in it, the peer closes, or time is up.
QByteArray readUntil(QTcpSocket &socket, const QByteArray &until, int timeoutMs = 5000)
{
    QByteArray got;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs && !got.contains(until)) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(50)) {
            if (socket.state() != QAbstractSocket::ConnectedState)
                break;
            continue;
        }
        got += socket.readAll();
    }
    return got;
}

bool closedWithin(QTcpSocket &socket, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        socket.waitForReadyRead(50);
        socket.readAll();
    }
    return socket.state() == QAbstractSocket::UnconnectedState;
}

} // namespace

class TestHttpServer final : public QObject
{
    Q_OBJECT

public:
    TestHttpServer()
    {
        m_context.moveToThread(&m_thread);
        m_router.route("GET", QStringLiteral("/hello/<arg>"), [](const HttpRequest &request, const QStringList &args) {
            return HttpResponse::json(QJsonObject{{QStringLiteral("name"), args.at(0)},
                                                  {QStringLiteral("client"), request.client.toString()},
                                                  {QStringLiteral("lang"), request.query.queryItemValue(QStringLiteral("lang"))}});
        });
        m_router.route("POST", QStringLiteral("/echo"), [](const HttpRequest &request, const QStringList &) {
            return HttpResponse(status::Ok, "text/plain", request.body);
        }, 1024);
        m_router.routeAsync("GET", QStringLiteral("/later"), [](const HttpRequest &, const QStringList &, HttpResponder &&responder) {
            auto held = std::make_shared<HttpResponder>(std::move(responder));
            QTimer::singleShot(200, [held] { held->send(HttpResponse(status::Ok, "text/plain", "late")); });
        });
    }

private Q_SLOTS:
    // The server runs on a thread of its own, as it would beside a busy
    // engine; the test is its clients, with blocking sockets.
    void init()
    {
        m_thread.start();
        bool listening = false;
        QMetaObject::invokeMethod(&m_context, [this, &listening] {
            HttpServer::Options options;
            options.requestTimeoutMs = 700;
            options.maxConnections = 20;
            options.trustedProxies = {{QHostAddress(QStringLiteral("127.0.0.1")), 32}};
            m_server = std::make_unique<HttpServer>(m_router, options);
            listening = m_server->listen(QHostAddress::LocalHost, 0).ok();
        }, Qt::BlockingQueuedConnection);
        QVERIFY(listening);
    }

    void cleanup()
    {
        QMetaObject::invokeMethod(&m_context, [this] { m_server.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    void keepAliveAndPipelining()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected());
        socket.write("GET /hello/a%20b?lang=sw HTTP/1.1\r\nHost: x\r\n\r\n"
                     "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nping"
                     "GET /later HTTP/1.1\r\nHost: x\r\n\r\n");
        const QByteArray answers = readUntil(socket, "late");
        QVERIFY2(answers.contains("\"name\":\"a b\""), answers.constData());
        QVERIFY(answers.contains("\"lang\":\"sw\""));
        QVERIFY(answers.indexOf("ping") > answers.indexOf("a b"));   // in order
        QVERIFY(answers.indexOf("late") > answers.indexOf("ping"));
        QCOMPARE(answers.count("HTTP/1.1 200 OK"), 3);
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }

    // "Connection: close" is the client's last request: what it pipelined
    // after it is not run.
    void nothingRunsAfterTheLastRequest()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected());
        socket.write("GET /hello/last HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                     "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nping");
        QByteArray answers;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 3000 && socket.state() == QAbstractSocket::ConnectedState) {
            socket.waitForReadyRead(50);
            answers += socket.readAll();
        }
        answers += socket.readAll();
        QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(answers.count("HTTP/1.1 200"), 1);
        QVERIFY(answers.contains("last"));
        QVERIFY(!answers.contains("ping"));
    }

    void unknownRoutesAndMethods()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected());
        socket.write("GET /nope HTTP/1.1\r\nHost: x\r\n\r\nDELETE /hello/a HTTP/1.1\r\nHost: x\r\n\r\n");
        const QByteArray answers = readUntil(socket, "405");
        QVERIFY(answers.contains("HTTP/1.1 404"));
        QVERIFY(answers.contains("not_found"));
        QVERIFY(answers.contains("HTTP/1.1 405"));
    }

    // Refused from the head, before a byte of the body is read; the
    // connection closes after the answer.
    void refusedBeforeReading_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("body too large") << QByteArray("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 209715200\r\n\r\n") << QByteArray("413");
        QTest::newRow("body on a route without one") << QByteArray("POST /nope HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n") << QByteArray("413");
        QTest::newRow("head too large") << (QByteArray("GET /hello/a HTTP/1.1\r\nHost: x\r\nX: ") + QByteArray(20000, 'a')) << QByteArray("431");
        QTest::newRow("garbage") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 15) << QByteArray("400");
    }
    void refusedBeforeReading()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, status);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected());
        socket.write(request);
        const QByteArray answer = readUntil(socket, "}");
        QVERIFY2(answer.startsWith("HTTP/1.1 " + status), answer.constData());
        QVERIFY(answer.contains("Connection: close"));
        QVERIFY(closedWithin(socket, 3000));
    }

    void expectContinue()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected());
        socket.write("POST /echo HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n");
        QVERIFY(readUntil(socket, "\r\n\r\n").startsWith("HTTP/1.1 100 Continue"));
        socket.write("abc");
        QVERIFY(readUntil(socket, "abc").contains("200 OK"));
    }

    // A client that trickles its request is cut off at the deadline with a
    // 408; one that sends nothing is simply closed.
    void slowClientsAreClosed()
    {
        QTcpSocket slow;
        slow.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(slow.waitForConnected());
        slow.write("GET /hello/a HTTP/1.1\r\n");
        QTcpSocket silent;
        silent.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(silent.waitForConnected());
        QVERIFY(readUntil(slow, "408", 3000).contains("408"));
        QVERIFY(closedWithin(slow, 3000));
        QVERIFY(closedWithin(silent, 3000));
        QTRY_COMPARE_WITH_TIMEOUT(connections(), 0, 3000);
    }

    // Past the cap, the client that kept us waiting longest makes room:
    // idle connections cannot lock out a real request.
    void connectionCapEvictsTheStalest()
    {
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 30; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(QHostAddress::LocalHost, m_server->port());
            QVERIFY(idle.back()->waitForConnected());
            idle.back()->write("GET /hel");
        }
        QTRY_VERIFY_WITH_TIMEOUT(evicted() > 0, 3000);
        QTcpSocket real;
        real.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(real.waitForConnected());
        real.write("GET /hello/real HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(readUntil(real, "real\"").contains("200 OK"));
        QVERIFY(connections() <= 20);
    }

    // X-Forwarded-For is believed from the trusted proxy (this test's
    // 127.0.0.1), hop by hop from the right.
    void clientBehindTrustedProxy()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected());
        socket.write("GET /hello/a HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 6.6.6.6, 41.90.1.2\r\n\r\n");
        QVERIFY(readUntil(socket, "}").contains("\"client\":\"41.90.1.2\""));
    }

    void clientAddress_data()
    {
        QTest::addColumn<QString>("peer");
        QTest::addColumn<QByteArray>("forwarded");
        QTest::addColumn<QString>("client");
        QTest::newRow("no proxy trusted") << "8.8.8.8" << QByteArray("1.1.1.1") << "8.8.8.8";
        QTest::newRow("trusted proxy") << "10.0.0.5" << QByteArray("41.90.1.2") << "41.90.1.2";
        QTest::newRow("chain of proxies") << "10.0.0.5" << QByteArray("6.6.6.6, 41.90.1.2, 10.0.0.9") << "41.90.1.2";
        QTest::newRow("malformed header") << "10.0.0.5" << QByteArray("nonsense") << "10.0.0.5";
        QTest::newRow("mapped IPv4 peer") << "::ffff:10.0.0.5" << QByteArray("41.90.1.2") << "41.90.1.2";
        QTest::newRow("no header") << "10.0.0.5" << QByteArray() << "10.0.0.5";
    }
    void clientAddress()
    {
        QFETCH(QString, peer);
        QFETCH(QByteArray, forwarded);
        QFETCH(QString, client);
        QList<ClientAddress::Subnet> trusted;
        QString bad;
        QVERIFY(ClientAddress::parseSubnets(QStringLiteral("10.0.0.0/8"), trusted, bad));
        const QHostAddress resolved = ClientAddress::resolve(QHostAddress(peer), forwarded, trusted);
        QCOMPARE(resolved.toString(), client);
        QVERIFY(!ClientAddress::parseSubnets(QStringLiteral("10.0.0.0/8, nowhere"), trusted, bad));
        QCOMPARE(bad, QStringLiteral("nowhere"));
    }

private:
    int connections()
    {
        int count = 0;
        QMetaObject::invokeMethod(&m_context, [this, &count] { count = m_server->connectionCount(); }, Qt::BlockingQueuedConnection);
        return count;
    }
    quint64 evicted()
    {
        quint64 count = 0;
        QMetaObject::invokeMethod(&m_context, [this, &count] { count = m_server->stats().evicted; }, Qt::BlockingQueuedConnection);
        return count;
    }

    HttpRouter m_router;
    QThread m_thread;
    QObject m_context;
    std::unique_ptr<HttpServer> m_server;
};

LANGO_TEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
