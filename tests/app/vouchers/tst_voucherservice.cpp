#include "app/core/office.h"
#include "app/routers/routerdirectory.h"
#include "app/routers/routerprofiles.h"
#include "app/vouchers/voucherservice.h"
#include "models/dbexecutor.h"
#include "models/vouchercodes.h"
#include "routeros/sim/menuschema.h"
#include "routeros/sim/routeremulator.h"
#include "support/testdatabase.h"
#include "support/testmain.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <cstdlib>

using namespace lango;
using routeros::sim::MenuSchema;
using routeros::sim::RouterEmulator;

// Vouchers against an emulated router over real sockets: push (and resume
// after a dropped connection), first login starts the expiry, MAC binding,
// the read-back into vouchers and grants, retire.
class TestVoucherService final : public QObject
{
    Q_OBJECT

private:
    // One office, one emulated router, the services a face would build.
    struct World
    {
        explicit World(const QString &backend)
            : db(backend)
        {
        }
        testing::TestDatabase db;
        models::SystemClock clock;
        std::unique_ptr<app::Office> office;
        std::unique_ptr<RouterEmulator> router;
        std::unique_ptr<app::RouterDirectory> directory;
        std::unique_ptr<models::DbExecutor> executor;
        std::unique_ptr<app::VoucherService> service;
        qint64 routerId = 0;
        qint64 packageId = 0;
    };

    static std::unique_ptr<World> makeWorld(const QString &backend, int devices = 1)
    {
        auto w = std::make_unique<World>(backend);
        if (w->db.url().isEmpty())
            return nullptr;
        app::Office::OpenOptions options;
        options.url = *models::DatabaseUrl::parse(w->db.url());
        auto office = app::Office::open(options, w->clock);
        if (!office)
            return nullptr;
        w->office = std::move(*office);
        RouterEmulator::Options emulated;
        emulated.password = QStringLiteral("router-pw");
        w->router = std::make_unique<RouterEmulator>(emulated);
        models::Router r;
        r.name = QStringLiteral("ofisi");
        r.host = QStringLiteral("127.0.0.1");
        r.port = w->router->listen();
        r.apiUser = QStringLiteral("admin");
        r.apiPasswordSealed = *w->office->box().seal(emulated.password);
        w->routerId = *w->office->routers.add(r);
        models::Package p;
        p.name = QStringLiteral("1 Hour");
        p.priceCents = 2000;
        p.durationSeconds = 3600;
        p.downKbps = 5000;
        p.upKbps = 1000;
        p.devices = devices;
        w->packageId = *w->office->packages.add(p);
        w->directory = std::make_unique<app::RouterDirectory>(*w->office);
        if (!w->directory->reload())
            return nullptr;
        w->executor = std::make_unique<models::DbExecutor>(1);
        w->service = std::make_unique<app::VoucherService>(*w->office, *w->directory, *w->executor);
        return w;
    }

    template <typename T>
    static T wait(QFuture<T> future)
    {
        QTest::qWaitFor([&future] { return future.isFinished(); }, 60000);
        return future.isFinished() ? future.result() : T{};
    }

    static app::VoucherPushReport push(World &w, qint64 batchId, const std::function<void(int)> &onProgress = {})
    {
        app::VoucherPush *job = w.service->push(batchId);
        app::VoucherPushReport report;
        bool done = false;
        QObject::connect(job, &app::VoucherPush::progressed, job, [&](int n, int) {
            if (onProgress)
                onProgress(n);
        });
        QObject::connect(job, &app::VoucherPush::finished, job, [&](const app::VoucherPushReport &r) {
            report = r;
            done = true;
        });
        job->start();
        QTest::qWaitFor([&done] { return done; }, 60000);
        job->deleteLater();
        return report;
    }

    static qint64 generate(World &w, int count, bool pin = false)
    {
        app::GenerateRequest request;
        request.packageId = w.packageId;
        request.routerId = w.routerId;
        request.count = count;
        request.withPin = pin;
        return wait(w.service->generate(request, {QStringLiteral("test"), 0})).valueOr(0);
    }

    static QStringList routerVoucherUsers(World &w, qint64 batchId)
    {
        QStringList names;
        for (const auto &user : w.router->items(MenuSchema::Users)) {
            if (user.value(QStringLiteral("comment")) == app::RouterProfiles::voucherComment(batchId))
                names << user.value(QStringLiteral("name"));
        }
        return names;
    }

    static bool near(qint64 a, qint64 b) { return std::llabs(a - b) <= 5; }

private Q_SLOTS:
    void pushResumesAfterDroppedConnection_data() { testing::addBackendRows(); }
    void pushResumesAfterDroppedConnection()
    {
        QFETCH(QString, backend);
        auto w = makeWorld(backend);
        QVERIFY(w);
        const qint64 batch = generate(*w, 3000);
        QVERIFY(batch > 0);
        w->router->setLatency(1);
        bool dropped = false;
        const auto first = push(*w, batch, [&](int done) {
            if (!dropped && done >= 800) {
                dropped = true;
                w->router->dropConnections();
            }
        });
        QVERIFY(dropped);
        QCOMPARE(first.total, 3000);
        qInfo("first push: %d added, %d failed when the connection dropped", first.added, first.failed);

        const auto second = push(*w, batch);
        QVERIFY2(second.complete(), qPrintable(second.problems.join(QLatin1Char(' '))));
        QCOMPARE(second.total, 3000 - first.pushed());
        const QStringList names = routerVoucherUsers(*w, batch);
        QCOMPARE(names.size(), 3000);
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), 3000);
        QCOMPARE(w->office->vouchers.batch(batch)->pushed, 3000);
        const auto third = push(*w, batch);
        QCOMPARE(third.total, 0);
        QVERIFY(third.complete());
        // Every user carries the package profile and the voucher's own code as password.
        const auto user = w->router->find(MenuSchema::Users, QStringLiteral("name"), names.first());
        QCOMPARE(user->value(QStringLiteral("profile")), QStringLiteral("lango-1-hour"));
        QCOMPARE(user->value(QStringLiteral("password")), names.first());
    }

    void secondDeviceIsRefused()
    {
        auto w = makeWorld(QStringLiteral("sqlite"));
        QVERIFY(w);
        const qint64 batch = generate(*w, 2);
        QVERIFY(push(*w, batch).complete());
        const QString code = w->office->vouchers.vouchers(batch)->first().code;
        QCOMPARE(w->router->deviceLogin(code, code, QStringLiteral("AA:BB:CC:00:00:01"), QStringLiteral("10.5.50.2")).error,
                 QString());
        QVERIFY(w->router->logoutDevice(QStringLiteral("AA:BB:CC:00:00:01")));
        const auto second = w->router->deviceLogin(code, code, QStringLiteral("AA:BB:CC:00:00:02"), QStringLiteral("10.5.50.3"));
        QVERIFY2(second.error.contains(QLatin1String("is not allowed to log in from this MAC address")), qPrintable(second.error));
        // the first device still may
        QCOMPARE(w->router->deviceLogin(code, code, QStringLiteral("AA:BB:CC:00:00:01"), QStringLiteral("10.5.50.2")).error,
                 QString());
    }

    void expiryStartsAtFirstLoginAndIsReadBack_data() { testing::addBackendRows(); }
    void expiryStartsAtFirstLoginAndIsReadBack()
    {
        QFETCH(QString, backend);
        auto w = makeWorld(backend);
        QVERIFY(w);
        const qint64 batch = generate(*w, 3);
        QVERIFY(push(*w, batch).complete());
        const QList<models::Voucher> vouchers = *w->office->vouchers.vouchers(batch);
        const QString code = vouchers.first().code;

        // Hours after the push nothing has started: the clock waits for a login.
        w->router->advance(3 * 3600);
        QCOMPARE(routerVoucherUsers(*w, batch).size(), 3);
        QVERIFY(!w->router->find(MenuSchema::Scheduler, QStringLiteral("name"), QStringLiteral("lango-exp-") + code));

        const QString mac = QStringLiteral("AA:BB:CC:00:00:07");
        QCOMPARE(w->router->deviceLogin(code, code, mac, QStringLiteral("10.5.50.7")).error, QString());
        QVERIFY(w->router->find(MenuSchema::Scheduler, QStringLiteral("name"), QStringLiteral("lango-exp-") + code));

        const auto synced = wait(w->service->syncFromRouter(w->routerId));
        QVERIFY2(synced.ok(), synced.ok() ? "" : qPrintable(synced.error().message));
        QCOMPARE(synced->newlyInUse, 1);
        QCOMPARE(synced->grantsCreated, 1);
        const qint64 now = w->clock.now();
        const models::Voucher used = *w->office->vouchers.byCode(code);
        QCOMPARE(used.state, models::VoucherState::InUse);
        QCOMPARE(used.mac, mac);
        QVERIFY2(near(used.firstUsedAt, now), qPrintable(QString::number(used.firstUsedAt - now)));
        QVERIFY2(near(used.expiresAt, now + 3600), qPrintable(QString::number(used.expiresAt - now)));
        QCOMPARE(used.usedRouterId, w->routerId);
        const auto grants = *w->office->grants.live(w->routerId);
        QCOMPARE(grants.size(), 1);
        QCOMPARE(grants.first().voucherId, used.id);
        QCOMPARE(grants.first().username, code);
        QCOMPARE(grants.first().state, models::GrantState::Active);
        QCOMPARE(grants.first().expiresAt, used.expiresAt);
        QCOMPARE(grants.first().mac, mac);
        QCOMPARE(*w->office->box().open(grants.first().passwordSealed), code);

        // Read again: nothing new, no second grant.
        const auto again = wait(w->service->syncFromRouter(w->routerId));
        QCOMPARE(again->newlyInUse, 0);
        QCOMPARE(w->office->grants.live(w->routerId)->size(), 1);

        // The router ends it at first login + 1 hour, by itself.
        w->router->advance(3600 - 60);
        QVERIFY(w->router->find(MenuSchema::Users, QStringLiteral("name"), code));
        w->router->advance(120);
        QVERIFY(!w->router->find(MenuSchema::Users, QStringLiteral("name"), code));
        const auto after = wait(w->service->syncFromRouter(w->routerId));
        QCOMPARE(after->expired, 1);
        QCOMPARE(w->office->vouchers.byCode(code)->state, models::VoucherState::Expired);
        QCOMPARE(w->office->vouchers.batch(batch)->unused, 2);
    }

    void retireRemovesUnusedVouchersFromRouter_data() { testing::addBackendRows(); }
    void retireRemovesUnusedVouchersFromRouter()
    {
        QFETCH(QString, backend);
        auto w = makeWorld(backend);
        QVERIFY(w);
        const qint64 batch = generate(*w, 5);
        QVERIFY(push(*w, batch).complete());
        // Used a moment ago, unknown to Lango yet: retiring must keep it.
        const QString used = w->office->vouchers.vouchers(batch)->first().code;
        QCOMPARE(w->router->deviceLogin(used, used, QStringLiteral("AA:BB:CC:00:00:09"), QStringLiteral("10.5.50.9")).error, QString());
        const auto retired = wait(w->service->retire(batch, {QStringLiteral("test"), 0}));
        QVERIFY2(retired.ok(), retired.ok() ? "" : qPrintable(retired.error().message));
        QCOMPARE(retired->retired, 4);
        QCOMPARE(retired->removed, 4);
        QCOMPARE(routerVoucherUsers(*w, batch), QStringList{used});
        const auto b = *w->office->vouchers.batch(batch);
        QCOMPARE(b.retired, 4);
        QCOMPARE(b.inUse, 1);
        QVERIFY(b.isRetired());
        // A retired batch is not pushed again.
        QVERIFY(push(*w, batch).error.has_value());
    }

    void pinBatchesUseThePinAsPassword()
    {
        auto w = makeWorld(QStringLiteral("sqlite"), 3);
        QVERIFY(w);
        const qint64 batch = generate(*w, 2, true);
        QVERIFY(push(*w, batch).complete());
        const models::Voucher v = w->office->vouchers.vouchers(batch)->first();
        const QString pin = *w->office->box().open(v.pinSealed);
        QCOMPARE(pin.size(), models::VoucherCodes::kPinDigits);
        QVERIFY(w->router->deviceLogin(v.code, v.code, QStringLiteral("AA:BB:CC:00:00:11"), QStringLiteral("10.5.50.11")).error.size() > 0);
        QCOMPARE(w->router->deviceLogin(v.code, pin, QStringLiteral("AA:BB:CC:00:00:11"), QStringLiteral("10.5.50.11")).error, QString());
        // A multi-device voucher is not bound: its device is read from the live session.
        const auto synced = wait(w->service->syncFromRouter(w->routerId));
        QCOMPARE(synced->newlyInUse, 1);
        QCOMPARE(w->office->vouchers.byCode(v.code)->mac, QStringLiteral("AA:BB:CC:00:00:11"));
    }

    void sellingIsRecordedAndAudited()
    {
        auto w = makeWorld(QStringLiteral("sqlite"));
        QVERIFY(w);
        const qint64 batch = generate(*w, 3);
        const QString code = w->office->vouchers.vouchers(batch)->first().code;
        const auto sold = wait(w->service->sell(code, {QStringLiteral("staff:amina"), 0}));
        QVERIFY(sold.ok());
        QVERIFY(sold->soldAt > 0);
        QCOMPARE(wait(w->service->sell(code, {QStringLiteral("staff:amina"), 0})).error().code, app::ErrorCode::Conflict);
        QCOMPARE(*wait(w->service->sellAll({code}, {QStringLiteral("staff:amina"), 0})), 0);   // sold before: skipped
        QStringList actions;
        const QList<models::AuditEntry> audit = *w->office->audit.recent();
        for (const auto &entry : audit)
            actions << entry.action;
        QVERIFY(actions.contains(QStringLiteral("voucher.generate")));
        QVERIFY(actions.contains(QStringLiteral("voucher.sell")));
    }

    void sellerGeneratesOnlyForThemselves()
    {
        auto w = makeWorld(QStringLiteral("sqlite"));
        QVERIFY(w);
        models::StaffMember amina;
        amina.username = QStringLiteral("amina");
        amina.role = models::Role::Seller;
        const qint64 aminaId = *w->office->staff.add(amina, QStringLiteral("seller-pw-1"));
        models::StaffMember baraka = amina;
        baraka.username = QStringLiteral("baraka");
        const qint64 barakaId = *w->office->staff.add(baraka, QStringLiteral("seller-pw-2"));
        const app::VoucherActor asAmina{QStringLiteral("staff:amina"), aminaId};
        app::GenerateRequest request;
        request.packageId = w->packageId;
        request.routerId = w->routerId;
        request.count = 500;   // issue 8: a seller can make 500 vouchers
        request.sellerId = barakaId;
        const auto forOther = wait(w->service->generate(request, asAmina));
        QCOMPARE(forOther.error().code, app::ErrorCode::Unauthorized);
        QVERIFY(forOther.error().message.contains(QLatin1String("themselves")));
        request.sellerId = 0;
        QCOMPARE(wait(w->service->generate(request, asAmina)).error().code, app::ErrorCode::Unauthorized);
        QCOMPARE(w->office->vouchers.batches()->size(), 0);
        request.sellerId = aminaId;
        request.priceCents = 0;   // cards "free" to the office, sold for cash: refused
        const auto cheap = wait(w->service->generate(request, asAmina));
        QCOMPARE(cheap.error().code, app::ErrorCode::Unauthorized);
        QVERIFY2(cheap.error().message.contains(QLatin1String("package's price")), qPrintable(cheap.error().message));
        QCOMPARE(w->office->vouchers.batches()->size(), 0);
        request.priceCents = 2000;   // the package's price, said out loud: fine
        const auto own = wait(w->service->generate(request, asAmina));
        QVERIFY2(own.ok(), own.ok() ? "" : qPrintable(own.error().message));
        QCOMPARE(w->office->vouchers.batch(*own)->sellerId, aminaId);
        QCOMPARE(w->office->vouchers.batch(*own)->count, 500);
        QVERIFY(push(*w, *own).complete());
        // Retiring stock is the office's decision, even for her own batch.
        const auto retired = wait(w->service->retire(*own, asAmina));
        QCOMPARE(retired.error().code, app::ErrorCode::Unauthorized);
        QCOMPARE(w->office->vouchers.batch(*own)->count, 500);
        QVERIFY(!w->office->vouchers.batch(*own)->retiredAt);
    }

    void sellerSellsOnlyTheirOwnVouchers()
    {
        auto w = makeWorld(QStringLiteral("sqlite"));
        QVERIFY(w);
        models::StaffMember amina;
        amina.username = QStringLiteral("amina");
        amina.role = models::Role::Seller;
        const qint64 aminaId = *w->office->staff.add(amina, QStringLiteral("seller-pw-1"));
        models::StaffMember cashier;
        cashier.username = QStringLiteral("wanjiku");
        cashier.role = models::Role::Cashier;
        const qint64 cashierId = *w->office->staff.add(cashier, QStringLiteral("cashier-pw-1"));
        app::GenerateRequest request;
        request.packageId = w->packageId;
        request.routerId = w->routerId;
        request.count = 3;
        request.sellerId = aminaId;
        const qint64 hers = *wait(w->service->generate(request, {QStringLiteral("test"), 0}));
        request.sellerId = 0;
        const qint64 office = *wait(w->service->generate(request, {QStringLiteral("test"), 0}));
        const QList<models::Voucher> own = *w->office->vouchers.vouchers(hers);
        const QList<models::Voucher> others = *w->office->vouchers.vouchers(office);
        const app::VoucherActor asAmina{QStringLiteral("staff:amina"), aminaId};

        // Another batch's code, alone or mixed with her own: refused, nothing marked.
        QCOMPARE(wait(w->service->sell(others.at(0).code, asAmina)).error().code, app::ErrorCode::Unauthorized);
        const auto mixed = wait(w->service->sellAll({own.at(0).code, others.at(0).code}, asAmina));
        QCOMPARE(mixed.error().code, app::ErrorCode::Unauthorized);
        QVERIFY(!mixed.error().message.isEmpty());
        QCOMPARE(w->office->vouchers.byCode(own.at(0).code)->soldAt, 0);
        QCOMPARE(w->office->vouchers.byCode(others.at(0).code)->soldAt, 0);
        // Her own: sold.
        QCOMPARE(*wait(w->service->sellAll({own.at(0).code, own.at(1).code}, asAmina)), 2);
        // A cashier (and an admin) may sell any batch's vouchers.
        QCOMPARE(*wait(w->service->sellAll({others.at(0).code}, {QStringLiteral("staff:wanjiku"), cashierId})), 1);
        QVERIFY(wait(w->service->sell(others.at(1).code, {QStringLiteral("desk:kioo"), 0})).ok());
    }

    void unreachableRouterKeepsTheBatch()
    {
        auto w = makeWorld(QStringLiteral("sqlite"));
        QVERIFY(w);
        const qint64 batch = generate(*w, 10);
        w->router->stopListening();
        w->router->dropConnections();
        const auto report = push(*w, batch);
        QVERIFY(!report.complete());
        QCOMPARE(report.pushed(), 0);
        QVERIFY(!report.problems.isEmpty());
        QCOMPARE(w->office->vouchers.vouchers(batch)->size(), 10);
        QCOMPARE(w->office->vouchers.batch(batch)->pushed, 0);
        w->router->listen(QHostAddress::LocalHost, w->router->port());
        QTRY_VERIFY_WITH_TIMEOUT(push(*w, batch).complete(), 60000);
        QCOMPARE(routerVoucherUsers(*w, batch).size(), 10);
    }
};

LANGO_TEST_GUILESS_MAIN(TestVoucherService)
#include "tst_voucherservice.moc"
