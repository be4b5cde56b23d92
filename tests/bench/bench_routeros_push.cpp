// Pushing hotspot users to a router: one at a time (each add waits for its
// !done) against pipelined (many adds in flight on one connection), over a
// real localhost socket to the emulator with injected reply latency.
//
//   bench_routeros_push [--quick | --full] [--users N] [--sample N] [--window N]
//
// One at a time is measured on --sample users (500) and scaled to --users
// (10,000); --full measures all of them one at a time (about 200 s at 20 ms).
// A full (not --quick) run exits 1 when a goal is missed.

#include "common/processexit.h"
#include "routeros/apiconnection.h"
#include "routeros/hotspotapi.h"
#include "routeros/userpusher.h"
#include "routeros/sim/routeremulator.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace lango::routeros;
using lango::routeros::sim::RouterEmulator;

namespace {

struct Run
{
    QString mode;
    int latencyMs = 0;
    int users = 0;
    double seconds = 0;
    int failures = 0;
    bool extrapolated = false;
    [[nodiscard]] double rate() const { return seconds > 0 ? users / seconds : 0; }
};

// One push on a fresh router and connection; the clock starts once logged in.
Run push(const QString &mode, int latencyMs, int users, int window)
{
    RouterEmulator::Options options;
    options.password = QStringLiteral("bench");
    options.latencyMs = latencyMs;
    RouterEmulator router(options);
    ConnectionConfig config;
    config.name = QStringLiteral("bench");
    config.host = QStringLiteral("127.0.0.1");
    config.port = router.listen();
    config.user = QStringLiteral("admin");
    config.password = options.password;
    config.commandTimeoutMs = 120000;
    ApiConnection connection(config);
    HotspotApi api(&connection);

    QEventLoop loop;
    QObject::connect(&connection, &ApiConnection::ready, &loop, &QEventLoop::quit);
    connection.open();
    loop.exec();

    QList<HotspotUser> batch;
    batch.reserve(users);
    for (int i = 0; i < users; ++i) {
        HotspotUser u;
        u.name = QStringLiteral("V%1").arg(i, 6, 10, QLatin1Char('0'));
        u.password = QStringLiteral("k%1").arg(i * 7919 % 100000);
        u.profile = QStringLiteral("default");
        u.limitUptime = 3600;
        u.comment = QStringLiteral("lango:batch-1");
        batch.append(u);
    }
    std::unique_ptr<UserPusher> pusher(api.addUsers(batch));
    pusher->setMaxInFlight(window);
    PushReport report;
    QObject::connect(pusher.get(), &UserPusher::finished, &loop, [&](const PushReport &r) {
        report = r;
        loop.quit();
    });
    pusher->start();
    loop.exec();

    Run run;
    run.mode = mode;
    run.latencyMs = latencyMs;
    run.users = users;
    run.seconds = report.elapsedMs / 1000.0;
    run.failures = static_cast<int>(report.failures.size()) + report.existed;
    if (router.items(u"/ip/hotspot/user").size() != users)
        run.failures = std::max(run.failures, 1);
    return run;
}

Run median(QList<Run> runs)
{
    std::sort(runs.begin(), runs.end(), [](const Run &a, const Run &b) { return a.seconds < b.seconds; });
    return runs.at(runs.size() / 2);
}

int intOption(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    const int users = intOption(args, QStringLiteral("--users"), quick ? 200 : 10000);
    const bool full = args.contains(QStringLiteral("--full"));
    const int sample = full ? users : intOption(args, QStringLiteral("--sample"), quick ? 50 : 500);
    const int window = intOption(args, QStringLiteral("--window"), 256);
    const int repeats = quick ? 1 : 3;

    QList<Run> table;
    for (const int latency : {20, 0}) {
        Run serial = push(QStringLiteral("one at a time"), latency, sample, 1);
        serial.extrapolated = sample < users;
        QList<Run> piped;
        for (int r = 0; r < repeats; ++r)
            piped.append(push(QStringLiteral("pipelined (%1 in flight)").arg(window), latency, users, window));
        table.append(serial);
        table.append(median(piped));
    }

    std::printf("RouterOS user push, emulator over localhost, median of %d pipelined runs\n\n", repeats);
    std::printf("%-26s %8s %7s %9s %10s %8s\n", "mode", "latency", "users", "seconds", "users/s", "ratio");
    int failures = 0;
    for (const Run &run : table) {
        const Run &base = table.at(run.latencyMs == 20 ? 0 : 2);
        std::printf("%-26s %6d ms %7d %9.3f %10.0f %7.1fx%s\n", qPrintable(run.mode), run.latencyMs, run.users,
                    run.seconds, run.rate(), run.rate() / base.rate(), run.extrapolated ? "  *" : "");
        failures += run.failures;
    }
    const Run &serial20 = table.at(0);
    const Run &piped20 = table.at(1);
    std::printf("\n");
    if (serial20.extrapolated)
        std::printf("* one at a time was measured on %d users; its rate is per user, so %d users would take "
                    "about %.0f s (--full measures them all).\n", serial20.users, users, users / serial20.rate());
    const bool ratioMet = piped20.rate() >= 20 * serial20.rate();
    const bool rateMet = piped20.rate() >= 1000;
    std::printf("goal pipelined >= 20x one at a time at 20 ms: %s (%.1fx)\n", ratioMet ? "met" : "MISSED",
                piped20.rate() / serial20.rate());
    std::printf("goal >= 1,000 users/s at 20 ms: %s (%.0f users/s)\n", rateMet ? "met" : "MISSED", piped20.rate());
    if (failures > 0)
        std::printf("ERROR: %d users were not pushed\n", failures);
    // --quick is a smoke test on a small sample: its goals are informative only.
    QStringList missed;
    if (!ratioMet)
        missed << QStringLiteral("pipelined >= 20x one at a time");
    if (!rateMet)
        missed << QStringLiteral(">= 1,000 users/s");
    if (!quick && !missed.isEmpty())
        std::printf("FAILED: goal(s) missed: %s\n", qPrintable(missed.join(QStringLiteral("; "))));
    return lango::finishProcess(failures > 0 || (!quick && !missed.isEmpty()) ? 1 : 0);
}
