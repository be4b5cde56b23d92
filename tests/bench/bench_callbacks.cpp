// M-Pesa callbacks at load, as an independent client measures them (issue
// 16): `lango --headless` runs as its own process on SQLite or PostgreSQL,
// with the emulated router and Daraja in this process; purchases are made
// through the portal API, then 50 keep-alive senders post every success
// callback once (and 10% of them twice) and time each answer. Printed beside
// the durable-commit ceiling of the same database, measured in the same run.
// Afterwards the database must hold every payment once and one grant each.
// A PostgreSQL that does not sync commits to the disk (the tests' cluster:
// fsync off) is named under its row and never meets the goal.
// "cpu us/ans": the server's CPU time (all its threads) while it answered,
// per answer: steadier than answers/s on a shared machine; "db us/ans" the
// same for the processes named postgres on this machine (0 for SQLite, and
// meaningless for a PostgreSQL elsewhere); "load us/ans" this process's: the
// senders and the router and Daraja emulators, which share the machine.
//
// --pg-latency MS adds a run on PostgreSQL reached through a relay that
// delays what is sent to it by MS (a database on another machine); the
// round trip it adds is measured and printed.
//
//   bench_callbacks [--quick] [--callbacks N] [--sqlite] [--pg-latency MS] [--backend NAME] [--perf FILE [--perf-all]]     exits 1 when the goal is missed

#include "common/processexit.h"
#include "app/mpesa/sim/darajaemulator.h"
#include "app/core/mpesasettings.h"
#include "app/core/office.h"
#include "routeros/sim/routeremulator.h"
#include "benchutil.h"
#include "latencyrelay.h"
#include "support/httpclient.h"
#include "support/langoprocess.h"
#include "support/samples.h"
#include "support/testdatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <memory>

using namespace lango;

namespace {

constexpr double kGoalAnswersPerSecond = 2000;
constexpr double kGoalP99Ms = 20;
constexpr int kSenders = 50;

using bench::percentile;
using bench::waitFor;

// Keep-alive senders on a thread of their own: each posts its next body as
// soon as the previous answer is in, and times every answer.
class Senders final : public QObject
{
public:
    Senders(quint16 port, QByteArray path, QList<QByteArray> bodies) : m_port(port), m_path(std::move(path)), m_bodies(std::move(bodies)) {}

    void run(int senders)
    {
        m_clock.start();
        for (int i = 0; i < senders; ++i) {
            auto *socket = new QTcpSocket(this);
            auto *buffer = new QByteArray;
            connect(socket, &QObject::destroyed, [buffer] { delete buffer; });
            connect(socket, &QTcpSocket::connected, this, [this, socket] { sendNext(socket); });
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                *buffer += socket->readAll();
                // One answer: head and its Content-Length body.
                const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
                if (headEnd < 0)
                    return;
                const qsizetype lengthAt = buffer->indexOf("Content-Length: ");
                const qsizetype length = lengthAt < 0 ? 0 : buffer->mid(lengthAt + 16, buffer->indexOf("\r\n", lengthAt) - lengthAt - 16).toLongLong();
                if (buffer->size() < headEnd + 4 + length)
                    return;
                const bool ok = buffer->startsWith("HTTP/1.1 200");
                buffer->remove(0, headEnd + 4 + length);
                m_latencies << (m_clock.nsecsElapsed() - socket->property("sentAt").toLongLong()) / 1e6;
                m_failures += ok ? 0 : 1;
                sendNext(socket);
            });
            socket->connectToHost(QHostAddress::LocalHost, m_port);
        }
    }
    bool done() const { return m_latencies.size() == m_bodies.size(); }
    double seconds() const { return m_lastMs / 1000.0; }
    QList<double> latencies() const { return m_latencies; }
    int failures() const { return m_failures; }

private:
    void sendNext(QTcpSocket *socket)
    {
        m_lastMs = m_clock.elapsed();
        if (m_next >= m_bodies.size())
            return;
        const QByteArray &body = m_bodies.at(m_next++);
        socket->setProperty("sentAt", m_clock.nsecsElapsed());
        socket->write("POST " + m_path + " HTTP/1.1\r\nHost: lango\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    quint16 m_port;
    QByteArray m_path;
    QList<QByteArray> m_bodies;
    qsizetype m_next = 0;
    QElapsedTimer m_clock;
    qint64 m_lastMs = 0;
    QList<double> m_latencies;
    int m_failures = 0;
};

struct Run
{
    QString backend;
    int callbacks = 0;
    double seconds = 0;
    double perSecond = 0;
    double p50 = 0;
    double p99 = 0;
    double laterP99 = 0;   // the answers after each sender's first: a server past its start-up
    double ceiling = 0;   // durable one-row commits per second, one connection
    QString notDurable;   // why a commit here does not reach the disk (a cluster without fsync); empty when it does
    double roundTripMs = 0;   // a statement's round trip to the database, median
    double cpuUsPerAnswer = 0;   // the server's CPU time (all threads) while it answered, per answer
    double dbCpuUsPerAnswer = 0;   // the same for this machine's PostgreSQL processes
    double loadCpuUsPerAnswer = 0;   // the same for this process: the senders and the emulators
    QString inPlaceUpdates;   // PostgreSQL: the share of updates that wrote no index (HOT), per table
    int paid = 0;
    int grants = 0;
    int failures = 0;
    QString error;
};

// CPU time a process has used so far, all its threads, in microseconds
// (Linux's scheduler statistics: nanoseconds, not the 10 ms ticks of stat).
double cpuMicroseconds(qint64 pid)
{
    double total = 0;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks.filePath(task + QStringLiteral("/schedstat")));
        if (stat.open(QIODevice::ReadOnly))
            total += stat.readAll().split(' ').value(0).toDouble() / 1000.0;
    }
    return total;
}

// CPU time this machine's PostgreSQL processes have used so far, microseconds.
double postgresCpuMicroseconds()
{
    double total = 0;
    const QDir proc(QStringLiteral("/proc"));
    for (const QString &pid : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(proc.filePath(pid + QStringLiteral("/comm")));
        if (pid.toLongLong() > 0 && comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == "postgres")
            total += cpuMicroseconds(pid.toLongLong());
    }
    return total;
}

// Durable one-row commits a second on this database from one connection:
// the floor under every payment.
double commitCeiling(models::Database &db)
{
    (void)db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS bench_ceiling (id INTEGER PRIMARY KEY, at BIGINT)"));
    QElapsedTimer timer;
    timer.start();
    int commits = 0;
    while (timer.elapsed() < 1000) {
        models::Transaction tx(db);
        (void)tx.begin();
        (void)db.exec(QStringLiteral("INSERT INTO bench_ceiling (id, at) VALUES (?, ?)"), {commits + 1, qint64(commits)});
        (void)tx.commit();
        ++commits;
    }
    return commits * 1000.0 / double(timer.elapsed());
}

// Why a committed transaction on this database may not be on the disk yet,
// or nothing: a PostgreSQL cluster set up for tests (fsync off) commits far
// faster than a real server, and its figures would promise what none can
// keep. SQLite's durability is the server's own setting (synchronous=FULL).
QString notDurable(models::Database &db)
{
    if (db.backend() != models::Backend::Postgres)
        return {};
    QStringList why;
    for (const QString &setting : {QStringLiteral("fsync"), QStringLiteral("synchronous_commit")}) {
        auto q = db.exec(QStringLiteral("SELECT current_setting('%1')").arg(setting));
        const QString value = q && q->next() ? q->value(0).toString() : QStringLiteral("unknown");
        if (value == QLatin1String("off") || value == QLatin1String("unknown"))
            why << setting + QLatin1Char('=') + value;
    }
    return why.join(QStringLiteral(", "));
}

// PostgreSQL: the share of each money table's updates, set-up included,
// that were HOT (the new row version on the same page, no index written).
QString inPlaceUpdates(models::Database &db)
{
    if (db.backend() != models::Backend::Postgres)
        return {};
    QThread::msleep(500);   // the server's connections report their counts as they close
    auto q = db.exec(QStringLiteral("SELECT relname, n_tup_upd, n_tup_hot_upd FROM pg_stat_user_tables"
                                    " WHERE relname IN ('purchases', 'grants') ORDER BY relname DESC"));
    QStringList shares;
    while (q && q->next())
        shares << QStringLiteral("%1 %2% of %3").arg(q->value(0).toString())
                      .arg(100.0 * q->value(2).toDouble() / std::max(q->value(1).toDouble(), 1.0), 0, 'f', 0)
                      .arg(q->value(1).toLongLong());
    return shares.join(QStringLiteral(", "));
}

// The median time of `SELECT 1` on this connection.
double roundTripMs(models::Database &db)
{
    QList<double> times;
    QElapsedTimer timer;
    for (int i = 0; i < 200; ++i) {
        timer.start();
        (void)db.exec(QStringLiteral("SELECT 1"));
        times << timer.nsecsElapsed() / 1e6;
    }
    return percentile(times, 0.5);
}

// latencyMs > 0: PostgreSQL through a relay that delays what it is sent.
// What `perf record` profiles while the server answers, when asked.
struct Profile
{
    QString file;             // --perf FILE: FILE.<backend>; empty: no profile
    bool wholeMachine = false;   // --perf-all: every process, PostgreSQL's too
};

Run measure(const QString &backend, int count, const Profile &profile, int latencyMs = 0)
{
    Run run;
    run.backend = latencyMs > 0 ? QStringLiteral("%1+%2ms").arg(backend).arg(latencyMs) : backend;
    testing::TestDatabase database(backend);
    if (database.url().isEmpty()) {
        run.error = database.error();
        return run;
    }
    QString databaseUrl = database.url();
    std::unique_ptr<testing::LatencyRelay> relay;
    if (latencyMs > 0) {
        QUrl url(databaseUrl);
        relay = std::make_unique<testing::LatencyRelay>(quint16(url.port(5432)), latencyMs);
        url.setPort(relay->port());
        databaseUrl = url.toString();
    }
    models::SystemClock clock;
    app::Office::OpenOptions open;
    open.url = *models::DatabaseUrl::parse(databaseUrl);
    auto office = app::Office::open(open, clock);
    if (!office) {
        run.error = office.error().message;
        return run;
    }
    routeros::sim::RouterEmulator::Options routerOptions;
    routerOptions.user = QStringLiteral("lango");
    routerOptions.password = QStringLiteral("pw");
    routeros::sim::RouterEmulator router(routerOptions);
    app::mpesa::DarajaEmulator daraja;
    if (!router.listen() || !daraja.listen(QHostAddress::LocalHost, 0)) {
        run.error = QStringLiteral("emulators did not start");
        return run;
    }
    daraja.setOutcome(app::mpesa::StkOutcome::paid().after(std::chrono::hours(1)).lost());   // this bench sends the callbacks
    models::Router r;
    r.name = QStringLiteral("bench");
    r.host = QStringLiteral("127.0.0.1");
    r.port = router.port();
    r.apiUser = QStringLiteral("lango");
    r.apiPasswordSealed = *(*office)->box().seal(QStringLiteral("pw"));
    (void)(*office)->routers.add(r);
    const models::Package p = lango::testing::samplePackage();
    const qint64 packageId = *(*office)->packages.add(p);
    run.notDurable = notDurable((*office)->db());
    run.ceiling = commitCeiling((*office)->db());
    run.roundTripMs = roundTripMs((*office)->db());

    testing::LangoProcess lango;
    const quint16 port = testing::freePort();
    const QString token = app::MpesaSettings::newCallbackToken();
    const auto credentials = daraja.credentials();
    const QString config = lango.home() + QStringLiteral("/lango.ini");
    QFile file(config);
    file.open(QIODevice::WriteOnly);
    file.write(QStringLiteral("[database]\nurl = %1\n[http]\nlisten = 127.0.0.1:%2\npublic_url = http://127.0.0.1:%2\nadmin_listen = off\n"
                              "[mpesa]\nenvironment = custom\nbase_url = %3\nshortcode = %4\n"
                              "[limits]\npurchases_per_client = 1000000/1m\npurchases_per_router = 1000000/1m\npurchases_per_server = 1000000/1m\n")
                   .arg(databaseUrl).arg(port).arg(daraja.baseUrl().toString(), credentials.paybill).toUtf8());
    file.close();
    auto &env = lango.environment();
    env.insert(QStringLiteral("LANGO_OFFICE_KEY"), (*office)->generatedOfficeKey());
    env.insert(QStringLiteral("LANGO_CALLBACK_TOKEN"), token);
    env.insert(QStringLiteral("LANGO_MPESA_CONSUMER_KEY"), credentials.consumerKey);
    env.insert(QStringLiteral("LANGO_MPESA_CONSUMER_SECRET"), credentials.consumerSecret);
    env.insert(QStringLiteral("LANGO_MPESA_PASSKEY"), credentials.passkey);
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("lango.*.info=false"));
    QProcess server;
    server.setProcessEnvironment(env);
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // LANGO_BENCH_BINARY: another build's lango, to measure before and after in one run.
    server.start(qEnvironmentVariable("LANGO_BENCH_BINARY", QStringLiteral(LANGO_BINARY)),
                 {QStringLiteral("--headless"), QStringLiteral("--config"), config});
    const QUrl purchases(QStringLiteral("http://127.0.0.1:%1/api/portal/purchases").arg(port));
    if (!waitFor([&] { return testing::httpGet(QUrl(QStringLiteral("http://127.0.0.1:%1/api/portal/packages?router=bench").arg(port)), 500).status == 200; },
                 30000)) {
        run.error = QStringLiteral("the server did not start");
        return run;
    }

    // The customers, each on the WiFi, each starting a purchase.
    QList<QByteArray> bodies;
    for (int i = 0; i < count; ++i) {
        const QString mac = QStringLiteral("02:00:00:%1:%2:%3").arg((i >> 16) & 0xff, 2, 16, QLatin1Char('0'))
                                .arg((i >> 8) & 0xff, 2, 16, QLatin1Char('0')).arg(i & 0xff, 2, 16, QLatin1Char('0')).toUpper();
        const QString ip = QStringLiteral("10.%1.%2.%3").arg(i / 62500).arg((i / 250) % 250).arg(i % 250 + 2);
        router.joinDevice(mac, ip);
        const QJsonObject body{{QStringLiteral("package_id"), packageId}, {QStringLiteral("phone"), QStringLiteral("0712%1").arg(i, 6, 10, QLatin1Char('0'))},
                               {QStringLiteral("mac"), mac}, {QStringLiteral("ip"), ip}, {QStringLiteral("router"), QStringLiteral("bench")}};
        const auto started = testing::httpPost(purchases, QJsonDocument(body).toJson(QJsonDocument::Compact));
        const QString checkout = started.json()[QStringLiteral("checkout_request_id")].toString();
        if (started.status != 201 || checkout.isEmpty()) {
            run.error = QStringLiteral("purchase %1 not started: %2 %3").arg(i).arg(started.status).arg(QString::fromUtf8(started.body));
            return run;
        }
        bodies << app::mpesa::StkOutcome::paid().callbackBody(QStringLiteral("m-%1").arg(i), checkout, 20,
                                                              QStringLiteral("RB%1").arg(i, 8, 10, QLatin1Char('0')),
                                                              QStringLiteral("254712%1").arg(i, 6, 10, QLatin1Char('0')),
                                                              QStringLiteral("20261201120000"));
    }
    QList<QByteArray> sent = bodies;
    for (int i = 0; i < count / 10; ++i)   // Safaricom repeats some
        sent << bodies.at(QRandomGenerator::global()->bounded(count));
    std::shuffle(sent.begin(), sent.end(), *QRandomGenerator::global());

    QThread clientThread;
    Senders senders(port, "/pay/stk/" + token.toUtf8(), sent);
    senders.moveToThread(&clientThread);
    clientThread.start();
    // Optional: a profile of the server while it answers, and only then.
    QProcess perf;
    if (!profile.file.isEmpty()) {
        QStringList perfArgs{QStringLiteral("record"), QStringLiteral("-e"), QStringLiteral("cpu-clock"), QStringLiteral("-F"),
                             QStringLiteral("1000"), QStringLiteral("-o"), profile.file + QLatin1Char('.') + run.backend};
        if (profile.wholeMachine)
            perfArgs << QStringLiteral("-a");
        else
            perfArgs << QStringLiteral("--call-graph=dwarf,16384") << QStringLiteral("-p") << QString::number(server.processId());
        perf.start(QStringLiteral("perf"), perfArgs);
        perf.waitForStarted();
        QThread::msleep(500);   // perf attaches
    }
    const double cpuBefore = cpuMicroseconds(server.processId());
    const double dbCpuBefore = postgresCpuMicroseconds();
    const double loadCpuBefore = cpuMicroseconds(QCoreApplication::applicationPid());
    QMetaObject::invokeMethod(&senders, [&senders] { senders.run(kSenders); });
    const bool finished = waitFor([&senders] { return senders.done(); }, 300000);
    const double cpuUsed = cpuMicroseconds(server.processId()) - cpuBefore;
    const double loadCpuUsed = cpuMicroseconds(QCoreApplication::applicationPid()) - loadCpuBefore;
    const double dbCpuUsed = backend == QLatin1String("sqlite") ? 0 : postgresCpuMicroseconds() - dbCpuBefore;
    clientThread.quit();
    clientThread.wait();
    if (perf.state() != QProcess::NotRunning) {
        ::kill(pid_t(perf.processId()), SIGINT);
        perf.waitForFinished(30000);
    }
    if (!finished) {
        run.error = QStringLiteral("not every callback was answered");
        return run;
    }
    run.callbacks = int(sent.size());
    run.seconds = senders.seconds();
    run.perSecond = run.callbacks / std::max(run.seconds, 0.001);
    run.p50 = percentile(senders.latencies(), 0.5);
    run.p99 = percentile(senders.latencies(), 0.99);
    run.laterP99 = percentile(senders.latencies().mid(kSenders), 0.99);   // in the order answered
    run.failures = senders.failures();
    run.cpuUsPerAnswer = cpuUsed / std::max(run.callbacks, 1);
    run.dbCpuUsPerAnswer = dbCpuUsed / std::max(run.callbacks, 1);
    run.loadCpuUsPerAnswer = loadCpuUsed / std::max(run.callbacks, 1);
    ::kill(pid_t(server.processId()), SIGTERM);
    server.waitForFinished(30000);
    run.inPlaceUpdates = inPlaceUpdates((*office)->db());
    auto q = (*office)->db().exec(QStringLiteral("SELECT (SELECT count(*) FROM purchases WHERE paid_at IS NOT NULL), (SELECT count(*) FROM grants)"));
    if (q && q->next()) {
        run.paid = q->value(0).toInt();
        run.grants = q->value(1).toInt();
    }
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    int count = quick ? 200 : 2000;
    if (const int at = int(args.indexOf(QStringLiteral("--callbacks"))); at > 0 && at + 1 < args.size())
        count = args.at(at + 1).toInt();
    Profile profile;
    if (const int at = int(args.indexOf(QStringLiteral("--perf"))); at > 0 && at + 1 < args.size())
        profile.file = args.at(at + 1);
    profile.wholeMachine = args.contains(QStringLiteral("--perf-all"));
    int latencyMs = 0;
    if (const int at = int(args.indexOf(QStringLiteral("--pg-latency"))); at > 0 && at + 1 < args.size())
        latencyMs = args.at(at + 1).toInt();
    QLoggingCategory::setFilterRules(QStringLiteral("lango.*.info=false"));
    struct Backend
    {
        QString name;
        int latencyMs = 0;
    };
    QList<Backend> backends{{QStringLiteral("sqlite")}};
    if (testing::requirePostgres() && !args.contains(QStringLiteral("--sqlite"))) {
        backends << Backend{QStringLiteral("postgresql")};
        if (latencyMs > 0)
            backends << Backend{QStringLiteral("postgresql"), latencyMs};
    }
    // --backend NAME: only that row (sqlite, postgresql, postgresql+1ms).
    if (const int at = int(args.indexOf(QStringLiteral("--backend"))); at > 0 && at + 1 < args.size()) {
        const QString only = args.at(at + 1);
        backends.removeIf([&only](const Backend &b) {
            return (b.latencyMs ? QStringLiteral("%1+%2ms").arg(b.name).arg(b.latencyMs) : b.name) != only;
        });
        if (backends.isEmpty()) {   // nothing measured is no goal met
            std::fprintf(stderr, "no such row: %s (postgresql needs LANGO_TEST_PG_URL, postgresql+Nms needs --pg-latency N)\n",
                         qPrintable(only));
            return lango::finishProcess(2);
        }
    }

    std::printf("Lango callback benchmark: %d success callbacks + 10%% repeats, %d keep-alive senders, lango --headless\n", count, kSenders);
    std::printf("%-15s %9s %8s %10s %8s %8s %14s %10s %7s %10s %9s %11s %6s %7s %9s\n", "backend", "callbacks", "seconds", "answers/s",
                "p50 ms", "p99 ms", "commits/s cap", "vs cap", "rtt ms", "cpu us/ans", "db us/ans", "load us/ans", "paid", "grants", "non-200");
    bool met = true;
    for (const Backend &backend : backends) {
        const Run run = measure(backend.name, count, profile, backend.latencyMs);
        if (!run.error.isEmpty()) {
            std::printf("%-15s error: %s\n", qPrintable(run.backend), qPrintable(run.error));
            met = false;
            continue;
        }
        std::printf("%-15s %9d %8.2f %10.0f %8.2f %8.2f %14.0f %9.2fx %7.3f %10.0f %9.0f %11.0f %6d %7d %9d\n", qPrintable(run.backend), run.callbacks,
                    run.seconds, run.perSecond, run.p50, run.p99, run.ceiling, run.ceiling > 0 ? run.perSecond / run.ceiling : 0.0,
                    run.roundTripMs, run.cpuUsPerAnswer, run.dbCpuUsPerAnswer, run.loadCpuUsPerAnswer, run.paid, run.grants, run.failures);
        const bool exact = run.paid == count && run.grants == count && run.failures == 0;
        if (!exact)
            std::printf("   lost or doubled: %d paid and %d grants for %d purchases\n", run.paid, run.grants, count);
        std::printf("   after the first %d answers (a server's first groups open and prepare what they use): p99 %.2f ms\n", kSenders,
                    run.laterP99);
        if (!run.inPlaceUpdates.isEmpty())
            std::printf("   updates in place (HOT, no index written): %s\n", qPrintable(run.inPlaceUpdates));
        if (!run.notDurable.isEmpty())
            std::printf("   not durable (%s): commits do not wait for the disk, so this row proves nothing; scripts/bench starts a durable cluster\n",
                        qPrintable(run.notDurable));
        met = met && exact && (quick || (run.notDurable.isEmpty() && run.perSecond >= kGoalAnswersPerSecond && run.p99 < kGoalP99Ms));
    }
    std::printf("   goal: >= %.0f answers/s and p99 < %.0f ms on each backend, every payment once%s\n", kGoalAnswersPerSecond, kGoalP99Ms,
                quick ? " (not judged with --quick)" : "");
    std::printf("goals: %s\n", met ? "met" : "missed");
    return lango::finishProcess(met ? 0 : 1);
}
