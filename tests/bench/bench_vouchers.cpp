// Vouchers end to end at batch size: generate and store 10,000 (SQLite, and
// PostgreSQL when LANGO_TEST_PG_URL is set) against one INSERT per row;
// push them to the emulated router at 20 ms latency pipelined against one
// at a time (measured on a sample, rate extrapolated); render the A4 PDF
// with QR codes.
//
//   bench_vouchers [--quick] [--count N] [--sample N] [--only store|push|pdf]

#include "common/processexit.h"
#include "app/core/office.h"
#include "app/routers/routerdirectory.h"
#include "app/vouchers/voucherprinting.h"
#include "app/vouchers/voucherservice.h"
#include "models/dbexecutor.h"
#include "models/vouchercodes.h"
#include "routeros/sim/routeremulator.h"
#include "support/testdatabase.h"
#include "ui/vouchercardrenderer.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace lango;

namespace {

struct Row
{
    QString step;
    QString backend;
    int vouchers = 0;
    double seconds = 0;
    bool extrapolated = false;
    int baseline = -1;     // index of the row this one is compared with
    bool failed = false;
    [[nodiscard]] double rate() const { return seconds > 0 ? vouchers / seconds : 0; }
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// A fresh office with one package and one router on the given port.
struct Bench
{
    explicit Bench(const QString &backend) : db(backend) {}
    testing::TestDatabase db;
    models::SystemClock clock;
    std::unique_ptr<app::Office> office;
    qint64 packageId = 0;
    qint64 routerId = 0;

    bool open(quint16 routerPort = 8728)
    {
        if (db.url().isEmpty())
            return false;
        app::Office::OpenOptions options;
        options.url = *models::DatabaseUrl::parse(db.url());
        auto opened = app::Office::open(options, clock);
        if (!opened)
            return false;
        office = std::move(*opened);
        models::Package p;
        p.name = QStringLiteral("1 Hour");
        p.priceCents = 2000;
        p.durationSeconds = 3600;
        p.downKbps = 5000;
        p.upKbps = 1000;
        packageId = *office->packages.add(p);
        models::Router r;
        r.name = QStringLiteral("bench");
        r.host = QStringLiteral("127.0.0.1");
        r.port = routerPort;
        r.apiUser = QStringLiteral("admin");
        r.apiPasswordSealed = *office->box().seal(QStringLiteral("bench"));
        routerId = *office->routers.add(r);
        return true;
    }

    qint64 generate(int count) const
    {
        app::GenerateRequest request;
        request.packageId = packageId;
        request.routerId = routerId;
        request.count = count;
        return app::VoucherIssuer::issue(*office, request, {QStringLiteral("bench"), 0}).valueOr(0);
    }
};

double generateAndStore(const QString &backend, int count)
{
    Bench bench(backend);
    if (!bench.open())
        return -1;
    QElapsedTimer timer;
    timer.start();
    return bench.generate(count) > 0 ? timer.elapsed() / 1000.0 : -1;
}

// The same vouchers, one INSERT statement per row in one transaction.
double storeRowByRow(const QString &backend, int count)
{
    Bench bench(backend);
    if (!bench.open())
        return -1;
    QStringList codes;
    for (int i = 0; i < count; ++i)
        codes << models::VoucherCodes::generate(models::VoucherCodes::kDefaultRandom);
    QElapsedTimer timer;
    timer.start();
    models::Transaction tx(bench.office->db());
    if (!tx.begin())
        return -1;
    auto batch = bench.office->db().exec(QStringLiteral(
        "INSERT INTO voucher_batches (package_id, voucher_count, price_cents, code_length, created_at) VALUES (?, ?, 2000, 10, 0) RETURNING id"),
        {bench.packageId, count});
    const qint64 batchId = batch && batch->next() ? batch->value(0).toLongLong() : 0;
    if (batch)
        batch->finish();
    for (const QString &code : codes) {
        if (!bench.office->db().exec(QStringLiteral("INSERT INTO vouchers (batch_id, code, state, updated_at) VALUES (?, ?, 'unused', 0)"),
                                     {batchId, code}))
            return -1;
    }
    return tx.commit() ? timer.elapsed() / 1000.0 : -1;
}

// Pushes `count` fresh vouchers with `window` adds in flight; seconds, or -1.
double push(int count, int window, int latencyMs)
{
    routeros::sim::RouterEmulator::Options options;
    options.password = QStringLiteral("bench");
    options.latencyMs = latencyMs;
    routeros::sim::RouterEmulator router(options);
    Bench bench(QStringLiteral("sqlite"));
    if (!bench.open(router.listen()))
        return -1;
    const qint64 batch = bench.generate(count);
    app::RouterDirectory directory(*bench.office);
    if (!directory.reload())
        return -1;
    models::DbExecutor executor(1);
    app::VoucherService service(*bench.office, directory, executor);
    app::VoucherPush *job = service.push(batch);
    job->setMaxInFlight(window);
    app::VoucherPushReport report;
    QEventLoop loop;
    QElapsedTimer timer;
    timer.start();
    QObject::connect(job, &app::VoucherPush::progressed, &loop, [&](int done, int) {
        if (done == 0)
            timer.restart();   // the plan is loaded: the adds start now
    });
    QObject::connect(job, &app::VoucherPush::finished, &loop, [&](const app::VoucherPushReport &r) {
        report = r;
        loop.quit();
    });
    job->start();
    loop.exec();
    const double seconds = timer.elapsed() / 1000.0;
    executor.waitForDone();
    return report.complete() && report.added == count ? seconds : -1;
}

double renderA4(int cards, const QString &path)
{
    app::CardSheet sheet;
    sheet.officeName = QStringLiteral("Kioo WiFi");
    sheet.officePhone = QStringLiteral("0712 345 678");
    for (int i = 0; i < cards; ++i) {
        app::VoucherCard card;
        card.code = models::VoucherCodes::generate(models::VoucherCodes::kDefaultRandom);
        card.password = card.code;
        card.packageName = QStringLiteral("1 Hour");
        card.price = QStringLiteral("KES 20");
        card.validity = QStringLiteral("1 hour from first login");
        card.loginUrl = app::VoucherCards::loginUrl(app::VoucherCards::defaultLoginBase(), card.code, card.code);
        card.serial = QString::number(i + 1);
        sheet.cards << card;
    }
    ui::VoucherCardRenderer renderer;
    QElapsedTimer timer;
    timer.start();
    return renderer.printPdf(sheet, path) ? timer.elapsed() / 1000.0 : -1;
}

int intOption(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("lango.*.info=false"));
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    const int count = intOption(args, QStringLiteral("--count"), quick ? 300 : 10000);
    const int sample = intOption(args, QStringLiteral("--sample"), quick ? 30 : 300);
    const int repeats = quick ? 1 : 3;
    const QString only = args.value(args.indexOf(QStringLiteral("--only")) + 1);
    const bool all = !args.contains(QStringLiteral("--only"));
    QList<Row> rows;

    QStringList backends;
    if (all || only == QLatin1String("store"))
        backends << QStringLiteral("sqlite");
    if (!backends.isEmpty() && !testing::postgresAdminUrl().isEmpty())
        backends << QStringLiteral("postgresql");
    for (const QString &backend : backends) {
        QList<double> multi, single;
        for (int r = 0; r < repeats; ++r) {
            multi << generateAndStore(backend, count);
            single << storeRowByRow(backend, count);
        }
        const int base = int(rows.size());
        rows << Row{QStringLiteral("store, one INSERT per row"), backend, count, median(single), false, base, median(single) < 0};
        rows << Row{QStringLiteral("generate + store, 200-row INSERTs"), backend, count, median(multi), false, base, median(multi) < 0};
    }

    int pushBase = -1;
    if (all || only == QLatin1String("push")) {
        QList<double> piped;
        const double serial = push(sample, 1, 20);
        for (int r = 0; r < repeats; ++r)
            piped << push(count, 64, 20);
        pushBase = int(rows.size());
        rows << Row{QStringLiteral("push one at a time, 20 ms"), QStringLiteral("emulator"), sample, serial, sample < count,
                    pushBase, serial < 0};
        rows << Row{QStringLiteral("push pipelined (64 in flight), 20 ms"), QStringLiteral("emulator"), count, median(piped),
                    false, pushBase, median(piped) < 0};
    }
    int pdfRow = -1;
    if (all || only == QLatin1String("pdf")) {
        QTemporaryDir dir;
        QList<double> render;
        for (int r = 0; r < repeats; ++r)
            render << renderA4(count, dir.filePath(QStringLiteral("cards.pdf")));
        pdfRow = int(rows.size());
        rows << Row{QStringLiteral("A4 PDF with QR codes (24 a page)"), QStringLiteral("QPdfWriter"), count, median(render),
                    false, -1, median(render) < 0};
    }

    std::printf("Vouchers, %d per batch, median of %d run(s)\n\n", count, repeats);
    std::printf("%-38s %-10s %8s %9s %11s %8s\n", "step", "backend", "vouchers", "seconds", "vouchers/s", "ratio");
    int failures = 0;
    for (const Row &row : rows) {
        const QString ratio = row.baseline >= 0 ? QStringLiteral("%1x").arg(row.rate() / rows.at(row.baseline).rate(), 0, 'f', 1)
                                                : QStringLiteral("-");
        std::printf("%-38s %-10s %8d %9.3f %11.0f %8s%s\n", qPrintable(row.step), qPrintable(row.backend), row.vouchers,
                    row.seconds, row.rate(), qPrintable(ratio), row.extrapolated ? "  *" : "");
        failures += row.failed;
    }
    if (pushBase >= 0) {
        const Row &serialRow = rows.at(pushBase);
        const Row &pipedRow = rows.at(pushBase + 1);
        std::printf("\n* measured on %d vouchers; at that rate %d would take about %.0f s.\n", serialRow.vouchers, count,
                    count / serialRow.rate());
        const double pushRatio = pipedRow.rate() / serialRow.rate();
        std::printf("goal pipelined push >= 20x one at a time: %s (%.1fx)\n", pushRatio >= 20 ? "met" : "MISSED", pushRatio);
    }
    if (pdfRow >= 0)
        std::printf("goal A4 PDF of %d cards < 10 s: %s (%.2f s)\n", count, rows.at(pdfRow).seconds < 10 ? "met" : "MISSED",
                    rows.at(pdfRow).seconds);
    if (failures > 0)
        std::printf("ERROR: %d step(s) failed\n", failures);
    return lango::finishProcess(failures > 0 ? 1 : 0);
}
