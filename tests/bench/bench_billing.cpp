// The money path under load, through the emulated Daraja and router over
// real sockets, with the floor under it measured in the same run:
//   1. pay-to-online: callback received -> user on the router, p50/p99, at
//      0 ms and 20 ms router latency, beside one commit + one router round trip;
//   2. callback answers: 50 concurrent senders, answers/s and p99, checked
//      that nothing was lost or doubled;
//   3. expiry lateness: grants ending over a few seconds, how late each user
//      left the router.
//
//   bench_billing [--quick] [--purchases N] [--postgres]

#include "common/processexit.h"
#include "app/server/billingengine.h"
#include "app/billing/billingservice.h"
#include "app/billing/expiryservice.h"
#include "app/billing/provisioner.h"
#include "app/mpesa/sim/darajaemulator.h"
#include "app/core/mpesasettings.h"
#include "app/core/office.h"
#include "app/routers/routerdirectory.h"
#include "benchutil.h"
#include "routeros/apiconnection.h"
#include "routeros/command.h"
#include "routeros/sim/routeremulator.h"
#include "support/httpclient.h"
#include "support/samples.h"
#include "support/testdatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace lango;

namespace {

using bench::percentile;
using bench::waitFor;

class Bench
{
public:
    Bench(const QString &backend, int latencyMs) : m_db(backend), m_latency(latencyMs) {}

    QString setUp()
    {
        if (m_db.url().isEmpty())
            return m_db.error();
        app::Office::OpenOptions open;
        open.url = *models::DatabaseUrl::parse(m_db.url());
        auto office = app::Office::open(open, m_clock);
        if (!office)
            return office.error().message;
        m_office = std::move(*office);
        routeros::sim::RouterEmulator::Options options;
        options.user = QStringLiteral("lango");
        options.password = QStringLiteral("pw");
        options.latencyMs = m_latency;
        router = std::make_unique<routeros::sim::RouterEmulator>(options);
        const quint16 routerPort = router->listen(QHostAddress::LocalHost, 0);
        daraja = std::make_unique<app::mpesa::DarajaEmulator>();
        if (!routerPort || !daraja->listen(QHostAddress::LocalHost, 0))
            return QStringLiteral("emulators did not start");
        // The bench sends the callbacks itself, to time them from arrival.
        daraja->setOutcome(app::mpesa::StkOutcome::paid().after(std::chrono::milliseconds(1)).lost());
        models::Router r;
        r.name = QStringLiteral("bench");
        r.host = QStringLiteral("127.0.0.1");
        r.port = routerPort;
        r.apiUser = QStringLiteral("lango");
        r.apiPasswordSealed = *m_office->box().seal(QStringLiteral("pw"));
        routerId = *m_office->routers.add(r);
        const models::Package p = lango::testing::samplePackage();
        packageId = *m_office->packages.add(p);
        const auto credentials = daraja->credentials();
        (void)m_office->settings.setValue(QStringLiteral("mpesa.environment"), QStringLiteral("custom"));
        (void)m_office->settings.setValue(QStringLiteral("mpesa.base_url"), daraja->baseUrl().toString());
        (void)m_office->settings.setValue(QStringLiteral("mpesa.shortcode"), credentials.paybill);
        (void)m_office->settings.setSecret(QStringLiteral("mpesa_consumer_key"), credentials.consumerKey, m_office->box());
        (void)m_office->settings.setSecret(QStringLiteral("mpesa_consumer_secret"), credentials.consumerSecret, m_office->box());
        (void)m_office->settings.setSecret(QStringLiteral("mpesa_passkey"), credentials.passkey, m_office->box());
        token = app::MpesaSettings::newCallbackToken();
        httpPort = testing::freePort();
        app::BillingEngine::Options engineOptions;
        engineOptions.config.listenAddress = QHostAddress(QHostAddress::LocalHost);
        engineOptions.config.listenPort = httpPort;
        engineOptions.config.publicUrl = QStringLiteral("http://127.0.0.1:%1").arg(httpPort);
        engineOptions.callbackToken = token;
        // Thousands of customers in seconds: far past what a real hotspot
        // sees, so the flood limits must not hold the benchmark back.
        engineOptions.config.purchasesPerRouter = engineOptions.config.purchasesPerServer = {1000000, 60};
        engineOptions.config.adminListenOff = true;
        engine = std::make_unique<app::BillingEngine>(*m_office, engineOptions);
        auto started = engine->start();
        if (!started)
            return started.error().message;
        return waitFor([this] { return engine->routers().connection(routerId) && engine->routers().connection(routerId)->isReady(); }, 10000)
                   ? QString() : QStringLiteral("router connection not ready");
    }

    // Pending purchases with checkout ids, made through the portal's path.
    QStringList makePurchases(int count)
    {
        QStringList checkouts;
        int pending = count;
        for (int i = 0; i < count; ++i) {
            app::PurchaseRequest request;
            request.packageId = QString::number(packageId);
            request.phone = QStringLiteral("0712%1").arg(m_serial, 6, 10, QLatin1Char('0'));
            request.mac = QStringLiteral("02:00:00:%1:%2:%3").arg((m_serial >> 16) & 0xff, 2, 16, QLatin1Char('0'))
                              .arg((m_serial >> 8) & 0xff, 2, 16, QLatin1Char('0')).arg(m_serial & 0xff, 2, 16, QLatin1Char('0')).toUpper();
            request.ip = QStringLiteral("10.5.%1.%2").arg((m_serial / 250) % 250).arg(m_serial % 250 + 2);
            request.router = QStringLiteral("bench");
            router->joinDevice(request.mac, request.ip);   // each customer on the WiFi
            ++m_serial;
            engine->billing().startPurchase(request).then([&checkouts, &pending](app::Result<app::PurchaseStarted> started) {
                if (started)
                    checkouts << started->checkoutRequestId;
                --pending;
            });
        }
        waitFor([&pending] { return pending == 0; }, 120000);
        return checkouts;
    }

    QByteArray callbackBody(const QString &checkout)
    {
        ++m_receipt;
        const QJsonObject callback{{QStringLiteral("Body"), QJsonObject{{QStringLiteral("stkCallback"), QJsonObject{
            {QStringLiteral("MerchantRequestID"), QStringLiteral("m")}, {QStringLiteral("CheckoutRequestID"), checkout},
            {QStringLiteral("ResultCode"), 0}, {QStringLiteral("ResultDesc"), QStringLiteral("ok")},
            {QStringLiteral("CallbackMetadata"), QJsonObject{{QStringLiteral("Item"), QJsonArray{
                QJsonObject{{QStringLiteral("Name"), QStringLiteral("Amount")}, {QStringLiteral("Value"), 20}},
                QJsonObject{{QStringLiteral("Name"), QStringLiteral("MpesaReceiptNumber")},
                            {QStringLiteral("Value"), QStringLiteral("B%1").arg(m_receipt, 9, 10, QLatin1Char('0'))}},
                QJsonObject{{QStringLiteral("Name"), QStringLiteral("TransactionDate")}, {QStringLiteral("Value"), 20261126101500LL}},
                QJsonObject{{QStringLiteral("Name"), QStringLiteral("PhoneNumber")}, {QStringLiteral("Value"), 254712000000LL}}}}}}}}}}};
        return QJsonDocument(callback).toJson(QJsonDocument::Compact);
    }

    // One durable commit plus one router round trip, measured back to back.
    QList<double> floorSamples(int count)
    {
        QList<double> samples;
        (void)m_office->db().exec(QStringLiteral("CREATE TABLE IF NOT EXISTS bench_floor (id INTEGER PRIMARY KEY, at BIGINT)"));
        routeros::ApiConnection *connection = engine->routers().connection(routerId);
        for (int i = 0; i < count; ++i) {
            QElapsedTimer timer;
            timer.start();
            {
                models::Transaction tx(m_office->db());
                (void)tx.begin();
                (void)m_office->db().exec(QStringLiteral("INSERT INTO bench_floor (at) VALUES (?)"), {qint64(i)});
                (void)tx.commit();
            }
            bool answered = false;
            connection->submit(routeros::Command(u"/system/identity/print"), [&answered](const routeros::Result<routeros::Reply> &) {
                answered = true;
            });
            waitFor([&answered] { return answered; }, 10000);
            samples << double(timer.nsecsElapsed()) / 1e6;
        }
        return samples;
    }

    models::SystemClock m_clock;
    testing::TestDatabase m_db;
    int m_latency = 0;
    std::unique_ptr<app::Office> m_office;
    std::unique_ptr<routeros::sim::RouterEmulator> router;
    std::unique_ptr<app::mpesa::DarajaEmulator> daraja;
    std::unique_ptr<app::BillingEngine> engine;
    qint64 routerId = 0;
    qint64 packageId = 0;
    QString token;
    quint16 httpPort = 0;
    int m_serial = 1;
    int m_receipt = 0;
};

// Minimal keep-alive HTTP/1.1 client: one socket, requests one after another.
class Sender
{
public:
    Sender(quint16 port, const QString &path) : m_path(path.toUtf8())
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { read(); });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

    void post(const QByteArray &body, std::function<void(int status)> done)
    {
        m_done = std::move(done);
        m_buffer.clear();
        m_socket.write("POST " + m_path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                       + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

private:
    void read()
    {
        m_buffer += m_socket.readAll();
        const int headerEnd = int(m_buffer.indexOf("\r\n\r\n"));
        if (headerEnd < 0)
            return;
        const int lengthAt = int(m_buffer.toLower().indexOf("content-length:"));
        const int length = lengthAt >= 0 ? m_buffer.mid(lengthAt + 15, m_buffer.indexOf("\r\n", lengthAt) - lengthAt - 15).trimmed().toInt() : 0;
        if (m_buffer.size() < headerEnd + 4 + length)
            return;
        const int status = m_buffer.mid(9, 3).toInt();
        auto done = std::move(m_done);
        m_done = nullptr;
        if (done)
            done(status);
    }

    QByteArray m_path;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    std::function<void(int)> m_done;
};

struct LatencyRow
{
    int latencyMs;
    int purchases;
    double committedP50;   // callback sent -> payment committed (HTTP, checks, one durable commit)
    double p50, p99, floorP50, floorP99;
};

LatencyRow payToOnline(const QString &backend, int latencyMs, int purchases)
{
    Bench bench(backend, latencyMs);
    const QString problem = bench.setUp();
    if (!problem.isEmpty())
        qFatal("setup: %s", qPrintable(problem));
    const QStringList checkouts = bench.makePurchases(purchases);
    QList<double> latencies;
    bool online = false;
    bool settled = true;
    QObject::connect(&bench.engine->provisioner(), &app::Provisioner::userOnRouter, [&online](qint64) { online = true; });
    QObject::connect(&bench.engine->provisioner(), &app::Provisioner::jobDone, [&settled](qint64, const QString &, bool) { settled = true; });
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/pay/stk/%2").arg(bench.httpPort).arg(bench.token));
    Sender sender(bench.httpPort, url.path());
    waitFor([] { return false; }, 50);
    QElapsedTimer *current = nullptr;
    QList<double> toCommit;
    QObject::connect(&bench.engine->billing(), &app::BillingService::stkApplied, [&](app::StkOutcome, bool) {
        if (current) toCommit << double(current->nsecsElapsed()) / 1e6;
    });
    for (const QString &checkout : checkouts) {
        // One purchase at a time: the previous one has finished all its work.
        waitFor([&settled] { return settled; }, 30000);
        online = false;
        settled = false;
        QElapsedTimer timer;
        timer.start();
        current = &timer;
        sender.post(bench.callbackBody(checkout), [](int) {});
        if (!waitFor([&online] { return online; }, 30000))
            qFatal("purchase %s never came online", qPrintable(checkout));
        latencies << double(timer.nsecsElapsed()) / 1e6;
    }
    current = nullptr;
    const QList<double> floor = bench.floorSamples(std::min(200, purchases));
    return {latencyMs, int(latencies.size()), percentile(toCommit, 0.5), percentile(latencies, 0.5), percentile(latencies, 0.99),
            percentile(floor, 0.5), percentile(floor, 0.99)};
}

struct ThroughputRow
{
    int callbacks;
    int senders;
    double seconds;
    double p50, p99;
    int paid, grants, duplicates;
};

ThroughputRow callbackThroughput(const QString &backend, int purchases, int senders)
{
    Bench bench(backend, 0);
    const QString problem = bench.setUp();
    if (!problem.isEmpty())
        qFatal("setup: %s", qPrintable(problem));
    const QStringList checkouts = bench.makePurchases(purchases);
    // Every tenth callback is sent twice, as Safaricom sometimes does.
    QList<QByteArray> bodies;
    for (int i = 0; i < checkouts.size(); ++i) {
        bodies << bench.callbackBody(checkouts.at(i));
        if (i % 10 == 0)
            bodies << bodies.last();
    }
    const QString path = QStringLiteral("/pay/stk/") + bench.token;
    std::vector<std::unique_ptr<Sender>> pool;
    for (int i = 0; i < senders; ++i)
        pool.push_back(std::make_unique<Sender>(bench.httpPort, path));
    waitFor([] { return false; }, 100);
    QList<double> latencies;
    int next = 0, answered = 0, failures = 0;
    QElapsedTimer total;
    total.start();
    std::function<void(Sender *)> sendNext;
    // Receives the queued "send the next one" calls: destroyed before
    // sendNext, it takes the calls still queued when the last answer came.
    QObject queue;
    sendNext = [&](Sender *sender) {
        if (next >= bodies.size())
            return;
        const QByteArray body = bodies.at(next++);
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        sender->post(body, [&, sender, timer](int status) {
            latencies << double(timer->nsecsElapsed()) / 1e6;
            ++answered;
            if (status != 200)
                ++failures;
            QMetaObject::invokeMethod(&queue, [&sendNext, sender] { sendNext(sender); }, Qt::QueuedConnection);
        });
    };
    for (auto &sender : pool)
        sendNext(sender.get());
    waitFor([&] { return answered == bodies.size(); }, 120000);
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    const auto counts = bench.m_office->purchases.countByState();
    const int paid = counts->value(QStringLiteral("paid")) + counts->value(QStringLiteral("active"));
    const int grants = int(bench.m_office->grants.list({}, 100000)->size());
    if (failures)
        qWarning("%d callbacks were not answered 200", failures);
    return {int(bodies.size()), senders, seconds, percentile(latencies, 0.5), percentile(latencies, 0.99), paid, grants,
            grants - int(checkouts.size())};
}

struct ExpiryRow
{
    int grants;
    double p50, p99, max;
};

ExpiryRow expiryLateness(const QString &backend, int grants)
{
    Bench bench(backend, 0);
    const QString problem = bench.setUp();
    if (!problem.isEmpty())
        qFatal("setup: %s", qPrintable(problem));
    // Provision users whose grants end spread over the next seconds.
    QHash<qint64, qint64> expiresAtMs;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    {
        models::Transaction tx(bench.m_office->db());
        (void)tx.begin();
        for (int i = 0; i < grants; ++i) {
            models::Grant g;
            g.routerId = bench.routerId;
            g.packageId = bench.packageId;
            g.username = QStringLiteral("exp%1").arg(i);
            g.passwordSealed = *bench.m_office->box().seal(QStringLiteral("pw"));
            g.startsAt = now;
            g.expiresAt = now + 3 + i % 4;   // ends 3..6 s from now
            const qint64 id = *bench.m_office->grants.create(g);
            expiresAtMs.insert(id, g.expiresAt * 1000);
            (void)bench.m_office->jobs.enqueue(QStringLiteral("provision"), bench.routerId, id);
        }
        (void)tx.commit();
    }
    bench.engine->provisioner().wake();
    bench.engine->expiry().rearm();
    QList<double> lateness;
    QObject::connect(&bench.engine->provisioner(), &app::Provisioner::grantRemoved, [&](qint64 grantId) {
        lateness << double(QDateTime::currentMSecsSinceEpoch() - expiresAtMs.value(grantId));
    });
    waitFor([&] { return lateness.size() == grants; }, 30000);
    return {int(lateness.size()), percentile(lateness, 0.5), percentile(lateness, 0.99), percentile(lateness, 1.0)};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("lango.*.info=false\nlango.*.warning=false"));
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    int purchases = quick ? 40 : 1000;
    if (const int at = int(args.indexOf(QStringLiteral("--purchases"))); at > 0 && at + 1 < args.size())
        purchases = args.at(at + 1).toInt();
    const QString backend = args.contains(QStringLiteral("--postgres")) ? QStringLiteral("postgresql") : QStringLiteral("sqlite");

    std::printf("Lango billing benchmark (%s, %d purchases%s)\n\n", qPrintable(backend), purchases, quick ? ", quick" : "");
    std::printf("1. callback received -> user on router, one purchase at a time (ms)\n");
    std::printf("%-14s %7s %12s %9s %9s %11s %11s %10s %10s\n", "router delay", "count", "commit p50", "p50", "p99", "floor p50",
                "floor p99", "p50/floor", "p99/floor");
    bool goalsMet = true;
    for (int latency : {0, 20}) {
        const LatencyRow row = payToOnline(backend, latency, purchases);
        // Like for like: each percentile against the same percentile of the floor.
        const double medianRatio = row.floorP50 > 0 ? row.p50 / row.floorP50 : 0;
        const double tailRatio = row.floorP99 > 0 ? row.p99 / row.floorP99 : 0;
        goalsMet = goalsMet && tailRatio <= 2.0;
        std::printf("%-14s %7d %12.2f %9.2f %9.2f %11.2f %11.2f %9.2fx %9.2fx\n", qPrintable(QStringLiteral("%1 ms").arg(latency)),
                    row.purchases, row.committedP50, row.p50, row.p99, row.floorP50, row.floorP99, medianRatio, tailRatio);
    }
    std::printf("   commit p50 = callback sent -> payment committed; floor = one durable one-row commit + one router round trip,\n"
                "   measured in the same run; goal p99 <= 2x floor p99\n\n");

    const ThroughputRow t = callbackThroughput(backend, purchases, 50);
    std::printf("2. callback answers, 50 concurrent senders (10%% sent twice)\n");
    std::printf("%-10s %9s %12s %9s %9s %9s %9s %11s\n", "callbacks", "seconds", "answers/s", "p50 ms", "p99 ms", "paid", "grants",
                "doubled");
    std::printf("%-10d %9.2f %12.0f %9.2f %9.2f %9d %9d %11d\n\n", t.callbacks, t.seconds, t.callbacks / t.seconds, t.p50, t.p99, t.paid,
                t.grants, t.duplicates);
    goalsMet = goalsMet && t.duplicates == 0 && t.grants == purchases;

    const ExpiryRow e = expiryLateness(backend, quick ? 40 : 400);
    std::printf("3. expiry lateness: user removed from the router after the grant's end (ms)\n");
    std::printf("%-8s %9s %9s %9s\n", "grants", "p50", "p99", "max");
    std::printf("%-8d %9.0f %9.0f %9.0f   goal p99 <= 2000 ms\n\n", e.grants, e.p50, e.p99, e.max);
    goalsMet = goalsMet && e.p99 <= 2000;
    std::printf("goals: %s\n", goalsMet ? "met" : "NOT met");
    // --quick is a smoke test (CTest): too small for its goals to mean anything.
    return lango::finishProcess(quick || goalsMet ? 0 : 1);
}
