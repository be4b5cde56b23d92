// `lango --headless` with a hostile router (issue 14): a 64 MiB word during
// login, a sentence that never ends, replies that never end. Each costs
// bounded memory (read from /proc), ends with an error naming the router,
// and Lango tries again later. Over real sockets, against the real binary.

#include "common/sqliteurl.h"
#include "support/httpclient.h"
#include "support/langoprocess.h"
#include "support/testmain.h"

#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace lango::testing;

namespace {

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

// A "router" that answers the login with abuse, a different kind on each
// connection: a 64 MiB word, a sentence that never ends, replies that never end.
class HostileRouter final : public QObject
{
public:
    HostileRouter()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                const int kind = m_connections++ % 3;
                auto *heard = new QByteArray;
                connect(socket, &QTcpSocket::disconnected, socket, [socket, heard] { delete heard; socket->deleteLater(); });
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, kind, heard] {
                    if (heard->contains("/login"))
                        return socket->readAll(), void();
                    *heard += socket->readAll();
                    if (!heard->contains("/login"))
                        return;
                    const qsizetype tagAt = heard->indexOf(".tag=");
                    const QByteArray tag = tagAt < 0 ? QByteArray() : heard->mid(tagAt + 5, heard->indexOf('\0', tagAt) - tagAt - 5);
                    abuse(socket, kind, tag.left(10));
                });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }

private:
    static QByteArray word(const QByteArray &w) { return char(w.size()) + w; }   // short words only
    void abuse(QTcpSocket *socket, int kind, const QByteArray &tag)
    {
        QByteArray unit;
        if (kind == 0) {
            socket->write(QByteArray::fromHex("e4000000"));   // a word of 64 MiB follows
            unit = QByteArray(64 * 1024, 'a');
        } else if (kind == 1) {
            unit = word("=a=b").repeated(4096);                // words, and never the empty word
        } else {
            const QByteArray item = word("!re") + word("=x=" + QByteArray(100, 'x')) + (tag.isEmpty() ? QByteArray() : word(".tag=" + tag)) + '\0';
            unit = item.repeated(256);
        }
        auto *left = new qint64(400LL * 1024 * 1024);
        auto pump = [socket, unit, left] {
            while (*left > 0 && socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 1024 * 1024) {
                socket->write(unit);
                *left -= unit.size();
            }
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, pump);
        connect(socket, &QObject::destroyed, [left] { delete left; });
        pump();
    }

    QTcpServer m_server;
    int m_connections = 0;
};

} // namespace

class TestHostileRouter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString config = m_lango.home() + QStringLiteral("/lango.ini");
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("[database]\nurl = %1\n[http]\nlisten = 127.0.0.1:%2\nadmin_listen = 127.0.0.1:%3\n")
                       .arg(lango::sqliteUrlForFile(m_lango.home() + QStringLiteral("/hostile.db"))).arg(freePort()).arg(m_adminPort = freePort()).toUtf8());
        file.close();
        // The office's one router is hostile.
        QCOMPARE(m_lango.run({QStringLiteral("--config"), config, QStringLiteral("router"), QStringLiteral("add"), QStringLiteral("evil"),
                              QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(m_router.port()),
                              QStringLiteral("--user"), QStringLiteral("lango"), QStringLiteral("--password-stdin")}, "pw\n").exitCode, 0);
        m_server.setProcessEnvironment(m_lango.environment());
        m_server.start(QStringLiteral(LANGO_BINARY), {QStringLiteral("--headless"), QStringLiteral("--config"), config});
        QVERIFY(m_server.waitForStarted());
    }

    void cleanupTestCase()
    {
        if (m_server.state() == QProcess::Running) {
            ::kill(static_cast<pid_t>(m_server.processId()), SIGTERM);
            m_server.waitForFinished(10000);
        }
    }

    void hostileRouterCostsBoundedMemory()
    {
        QTRY_VERIFY_WITH_TIMEOUT(httpGet(adminUrl(QStringLiteral("/healthz")), 500).status != 0, 20000);
        const qint64 pid = m_server.processId();
        const qint64 before = residentKb(pid);
        qint64 peak = before;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, [&] { peak = std::max(peak, residentKb(pid)); });
        sampler.start(20);
        // Each abuse ends the connection with a protocol error; Lango tries again later.
        QTRY_VERIFY_WITH_TIMEOUT(m_router.connections() >= 4, 40000);
        sampler.stop();
        QByteArray log = m_server.readAllStandardError();
        qInfo("hostile router: %d connections, resident memory %lld kB before, %lld kB at the peak (+%lld kB)",
              m_router.connections(), before, peak, peak - before);
        QVERIFY2(peak - before < 100 * 1024, qPrintable(QStringLiteral("+%1 kB").arg(peak - before)));
        QVERIFY2(log.contains("evil"), log.right(2000).constData());
        QVERIFY2(log.contains("exceeds") && log.contains("more than"), log.right(2000).constData());
        QCOMPARE(m_server.state(), QProcess::Running);
        QVERIFY(httpGet(adminUrl(QStringLiteral("/healthz"))).status != 0);   // still serving
    }

private:
    QUrl adminUrl(const QString &path) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_adminPort).arg(path)); }

    LangoProcess m_lango;
    HostileRouter m_router;
    QProcess m_server;
    quint16 m_adminPort = 0;
};

LANGO_TEST_GUILESS_MAIN(TestHostileRouter)
#include "tst_hostilerouter.moc"
