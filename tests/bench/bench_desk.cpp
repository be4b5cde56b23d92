// The desk's two speed promises:
//  1. Live sessions with 5,000 rows: one refresh cycle (the diff of a fresh
//     poll against the table, and the signals it sends through the panel's
//     router filter and sorting proxy) in under 50 ms.
//     The join of a poll with the grants (package, time left), which runs on
//     the services thread before the rows reach the GUI, is timed on its own.
//  2. GUI start to a usable window (DesktopApp::ready) in under 1 s, on a
//     fresh SQLite office (migrations included).
//
//   bench_desk [--quick] [--rows N] [--runs N]

#include "common/processexit.h"
#include "common/sqliteurl.h"
#include "app/routers/livesessions.h"
#include "app/core/office.h"
#include "app/core/startup.h"
#include "models/clock.h"
#include "models/sessiontablemodel.h"
#include "ui/desktopapp.h"
#include "ui/sessionspanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace lango;

namespace {

struct Stats
{
    double median = 0;
    double min = 0;
    double max = 0;
    int runs = 0;
};

Stats stats(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    Stats s;
    s.runs = int(samples.size());
    if (samples.isEmpty())
        return s;
    s.min = samples.first();
    s.max = samples.last();
    const qsizetype mid = samples.size() / 2;
    s.median = samples.size() % 2 ? samples.at(mid) : (samples.at(mid - 1) + samples.at(mid)) / 2;
    return s;
}

models::LiveSession session(qint64 n, int poll)
{
    models::LiveSession s;
    s.id = (qint64(1 + n % 4) << 32) | n;   // four routers
    s.routerId = 1 + n % 4;
    s.routerName = QStringLiteral("router-%1").arg(s.routerId);
    s.sessionId = QStringLiteral("*%1").arg(n, 0, 16);
    s.user = QStringLiteral("m%1").arg(n, 7, 36, QLatin1Char('0'));
    s.mac = QStringLiteral("02:00:00:%1:%2:%3").arg(n >> 16 & 0xff, 2, 16, QLatin1Char('0')).arg(n >> 8 & 0xff, 2, 16, QLatin1Char('0'))
                .arg(n & 0xff, 2, 16, QLatin1Char('0'));
    s.ip = QStringLiteral("10.%1.%2.%3").arg(n >> 16 & 0xff).arg(n >> 8 & 0xff).arg(n & 0xff);
    // Every poll, every session's counters move (the worst case).
    s.uptime = 60 + n % 3600 + poll * 3;
    s.bytesIn = n * 1000 + qint64(poll) * 20000;
    s.bytesOut = n * 9000 + qint64(poll) * 300000;
    s.grantId = n;
    s.packageName = QStringLiteral("1 Hour");
    s.expiresAt = 1'767'225'600 + n % 7200;
    return s;
}

// A poll `poll` of `rows` sessions: 1% of sessions ended since the last
// poll and as many new ones came.
QList<models::LiveSession> snapshot(int rows, int poll)
{
    QList<models::LiveSession> list;
    list.reserve(rows);
    const int churn = rows / 100;
    for (int i = 0; i < rows; ++i)
        list << session(i + poll * churn, poll);
    return list;
}

Stats refreshCycles(int rows, int runs, bool withProxies)
{
    models::SessionTableModel model;
    ui::RouterFilterProxy byRouter;
    QSortFilterProxyModel sorted;
    if (withProxies) {
        byRouter.setSourceModel(&model);
        sorted.setSourceModel(&byRouter);
        sorted.setSortRole(models::SessionTableModel::SortRole);
        sorted.setDynamicSortFilter(true);
        sorted.setFilterCaseSensitivity(Qt::CaseInsensitive);
        sorted.setFilterKeyColumn(-1);
        sorted.sort(models::SessionTableModel::Download, Qt::DescendingOrder);
    }
    model.setNow(1'767'225'600);
    model.setRows(snapshot(rows, 0));
    QList<double> samples;
    for (int poll = 1; poll <= runs; ++poll) {
        const auto fresh = snapshot(rows, poll);   // built before the clock starts: it comes from the router
        QElapsedTimer timer;
        timer.start();
        model.setNow(1'767'225'600 + poll * 3);
        model.setRows(fresh);
        samples << timer.nsecsElapsed() / 1e6;
    }
    return stats(samples);
}

// The services-thread half of a refresh: a poll's sessions joined with the
// live grants of a SQLite office holding one grant per session.
Stats grantJoins(int rows, int runs)
{
    QTemporaryDir dir;
    models::SystemClock clock;
    app::Office::OpenOptions open;
    open.url = *models::DatabaseUrl::parse(lango::sqliteUrlForFile(dir.path() + QStringLiteral("/bench.db")));
    auto office = app::Office::open(open, clock);
    if (!office) {
        std::fprintf(stderr, "cannot open the bench office: %s\n", qPrintable(office.error().message));
        return {};
    }
    app::Office &o = **office;
    models::Package package;
    package.name = QStringLiteral("1 Hour");
    package.priceCents = 2000;
    package.durationSeconds = 3600;
    package.downKbps = 3000;
    package.upKbps = 1000;
    auto packageAdded = o.packages.add(package);
    if (!packageAdded) {
        std::fprintf(stderr, "cannot add the bench package: %s\n", qPrintable(packageAdded.error().message));
        return {};
    }
    const qint64 packageId = *packageAdded;
    QList<qint64> routerIds;
    for (int r = 1; r <= 4; ++r) {
        models::Router router;
        router.name = QStringLiteral("router-%1").arg(r);
        router.host = QStringLiteral("127.0.0.1");
        router.apiUser = QStringLiteral("lango");
        router.apiPasswordSealed = *o.box().seal(QStringLiteral("router-pw"));
        auto added = o.routers.add(router);
        if (!added) {
            std::fprintf(stderr, "cannot add a bench router: %s\n", qPrintable(added.error().message));
            return {};
        }
        routerIds << *added;
    }
    {
        models::Transaction tx(o.db());
        (void)tx.begin();
        const QString sealed = *o.box().seal(QStringLiteral("pw"));
        for (int n = 0; n < rows; ++n) {
            const models::LiveSession s = session(n, 0);
            models::Grant grant;
            grant.routerId = routerIds.at(int(s.routerId - 1));
            grant.packageId = packageId;
            grant.username = s.user;
            grant.passwordSealed = sealed;
            grant.startsAt = clock.now();
            grant.expiresAt = clock.now() + 3600;
            (void)o.grants.create(grant);
        }
        (void)tx.commit();
    }
    QList<double> samples;
    for (int poll = 1; poll <= runs; ++poll) {
        auto fresh = snapshot(rows, poll);
        for (models::LiveSession &s : fresh)
            s.routerId = routerIds.at(int(s.routerId - 1));
        QElapsedTimer timer;
        timer.start();
        (void)app::LiveSessions::attachGrants(o, fresh);
        samples << timer.nsecsElapsed() / 1e6;
    }
    return stats(samples);
}

Stats startUps(int runs)
{
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir home;
        qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toUtf8());
        qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toUtf8());
#ifdef Q_OS_WIN
        qputenv("LANGO_HOME", (home.path() + QStringLiteral("/lango")).toUtf8());   // Windows has no XDG_*
#endif
        app::GlobalOptions options;
        options.databaseUrl = lango::sqliteUrlForFile(home.path() + QStringLiteral("/desk.db"));
        double ms = -1;
        {
            ui::DesktopApp desktop(options);
            QEventLoop loop;
            QElapsedTimer timer;
            QObject::connect(&desktop, &ui::DesktopApp::ready, &loop, [&] {
                ms = timer.nsecsElapsed() / 1e6;
                loop.quit();
            });
            QObject::connect(&desktop, &ui::DesktopApp::failed, &loop, &QEventLoop::quit);
            QTimer::singleShot(30000, &loop, &QEventLoop::quit);
            timer.start();
            desktop.start();
            loop.exec();
            QTimer::singleShot(300, &loop, &QEventLoop::quit);   // let the services start before tearing down
            loop.exec();
        }
        if (ms >= 0)
            samples << ms;
    }
    return stats(samples);
}

void row(const char *what, const char *goal, const Stats &s, double goalMs)
{
    std::printf("| %-44s | %-9s | %9.2f | %9.2f | %9.2f | %4d | %-4s |\n", what, goal, s.median, s.min, s.max, s.runs,
                s.runs && s.median < goalMs ? "ok" : "MISS");
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_LOGGING_RULES", "lango.*.info=false");
    QApplication application(argc, argv);
    const QStringList args = application.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    int rows = 5000;
    int runs = quick ? 3 : 15;
    if (const qsizetype at = args.indexOf(QStringLiteral("--rows")); at > 0 && at + 1 < args.size())
        rows = args.at(at + 1).toInt();
    if (const qsizetype at = args.indexOf(QStringLiteral("--runs")); at > 0 && at + 1 < args.size())
        runs = args.at(at + 1).toInt();
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");

    const Stats model = refreshCycles(rows, runs, false);
    const Stats panel = refreshCycles(rows, runs, true);
    const Stats join = grantJoins(rows, runs);
    const Stats start = startUps(quick ? 2 : 7);

    std::printf("\nDesk benchmarks (median of runs, milliseconds)\n\n");
    std::printf("| %-44s | %-9s | %9s | %9s | %9s | %4s | %-4s |\n", "measure", "goal", "median", "min", "max", "runs", "");
    std::printf("|%s|%s|%s|%s|%s|%s|%s|\n", "----------------------------------------------", "-----------", "-----------",
                "-----------", "-----------", "------", "------");
    const QByteArray modelName = QStringLiteral("sessions: %1 rows, refresh, model only").arg(rows).toUtf8();
    const QByteArray panelName = QStringLiteral("sessions: %1 rows, refresh, filter+sort").arg(rows).toUtf8();
    row(modelName.constData(), "< 50 ms", model, 50);
    row(panelName.constData(), "< 50 ms", panel, 50);
    const QByteArray joinName = QStringLiteral("sessions: %1 rows, grants join (services)").arg(rows).toUtf8();
    row(joinName.constData(), "< 50 ms", join, 50);
    row("start to usable window (DesktopApp::ready)", "< 1000 ms", start, 1000);
    const bool ok = model.median < 50 && panel.median < 50 && join.runs > 0 && join.median < 50 && start.runs > 0 && start.median < 1000;
    return lango::finishProcess(quick || ok ? 0 : 1);
}
