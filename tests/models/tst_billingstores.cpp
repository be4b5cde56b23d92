#include "models/auditlog.h"
#include "models/grantstore.h"
#include "models/jobqueue.h"
#include "models/migrator.h"
#include "models/packagestore.h"
#include "models/purchasestore.h"
#include "models/routerstore.h"
#include "support/samples.h"
#include "support/testdatabase.h"
#include "support/testmain.h"

#include <QTest>
#include <QThread>

using namespace lango::models;

class TestBillingStores final : public QObject
{
    Q_OBJECT

private:
    using Fixture = lango::testing::SampleOffice;

    static Fixture seed(const Database &db, const Clock &clock) { return lango::testing::seedSampleOffice(db, clock); }

    static Purchase newPurchase(const Fixture &f, const QString &phone = QStringLiteral("254712345678"))
    {
        Purchase p;
        p.packageId = f.packageId;
        p.routerId = f.routerId;
        p.phone = phone;
        p.mac = QStringLiteral("AA:BB:CC:DD:EE:01");
        p.ip = QStringLiteral("10.5.50.7");
        p.amountCents = 2000;
        return p;
    }

    static Grant newGrant(const Fixture &f, const QString &username, qint64 startsAt, qint64 expiresAt)
    {
        Grant g;
        g.routerId = f.routerId;
        g.packageId = f.packageId;
        g.username = username;
        g.passwordSealed = QStringLiteral("v1:x");
        g.startsAt = startsAt;
        g.expiresAt = expiresAt;
        return g;
    }

private Q_SLOTS:
    // The statements a group of payments writes, prepared ahead (as a
    // callback lane does when it starts), are the very ones its writes run:
    // the writes prepare nothing more. A text that differed by one
    // character would be prepared again, in front of a customer.
    void groupStatementsPreparedAheadAreTheOnesUsed_data() { lango::testing::addBackendRows(); }
    void groupStatementsPreparedAheadAreTheOnesUsed()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        ManualClock clock;
        const Fixture f = seed(*db, clock);
        PurchaseStore purchases(*db, clock);
        GrantStore grants(*db, clock);
        JobQueue jobs(*db, clock);
        CallbackLog callbacks(*db, clock);
        AuditLog audit(*db, clock);
        QStringList checkouts;
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i) {
            const Purchase purchase = *purchases.create(newPurchase(f, QStringLiteral("25471200010%1").arg(i)));
            checkouts << QStringLiteral("ws_CO_prep%1").arg(i);
            LANGO_VERIFY_OK(purchases.setCheckout(purchase.id, checkouts.last(), {}, clock.now() + 60));
            ids << purchase.id;
        }
        for (const qsizetype most : {qsizetype(4), qsizetype(2)}) {   // again: nothing new either
            purchases.prepareGroupStatements(most);
            grants.prepareGroupStatements(most);
            jobs.prepareGroupStatements(most);
            callbacks.prepareGroupStatements(most);
            audit.prepareGroupStatements(most);
        }
        const quint64 prepared = db->statementsPrepared();
        QVERIFY(prepared >= 5 * 3);   // five statements, in shapes 1, 2 and 4

        Transaction tx(*db);
        LANGO_VERIFY_OK(tx.begin());
        LANGO_VERIFY_OK(purchases.byCheckoutIds(checkouts));
        QList<Grant> made;
        for (int i = 0; i < 3; ++i)
            made << newGrant(f, QStringLiteral("prep%1").arg(i), clock.now(), clock.now() + 3600);
        const auto created = grants.createMany(made);
        LANGO_VERIFY_OK(created);
        QList<PurchaseStore::PaidMark> marks;
        QList<JobQueue::NewJob> newJobs;
        QList<CallbackLog::Entry> bodies;
        QList<AuditEntry> entries;
        for (int i = 0; i < 3; ++i) {
            marks << PurchaseStore::PaidMark{ids.at(i), QStringLiteral("RCPPREP%1").arg(i), 2000, QStringLiteral("0"), QStringLiteral("ok"), 0,
                                             *created->at(i)};
            newJobs << JobQueue::NewJob{QStringLiteral("provision"), f.routerId, *created->at(i), {}};
            bodies << CallbackLog::Entry{0, QStringLiteral("stk"), checkouts.at(i), QStringLiteral("{}"), QStringLiteral("applied"), 0};
            entries << AuditEntry{0, 0, 0, QStringLiteral("system"), QStringLiteral("payment.received"), QStringLiteral("purchase"), ids.at(i),
                                  QStringLiteral("test")};
        }
        QCOMPARE(purchases.markPaidMany(marks)->size(), 3);
        QCOMPARE(jobs.enqueueClaimedMany(newJobs, QStringLiteral("worker"))->size(), 3);
        LANGO_VERIFY_OK(callbacks.recordMany(bodies));
        LANGO_VERIFY_OK(audit.recordMany(entries));
        LANGO_VERIFY_OK(tx.commit());
        QCOMPARE(db->statementsPrepared(), prepared);
    }

    void paymentIsRecordedOnce_data() { lango::testing::addBackendRows(); }
    void paymentIsRecordedOnce()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        ManualClock clock;
        const Fixture f = seed(*db, clock);
        PurchaseStore purchases(*db, clock);
        const auto created = purchases.create(newPurchase(f));
        LANGO_VERIFY_OK(created);
        QCOMPARE(created->state, PurchaseState::Pending);
        QVERIFY(created->publicId.size() >= 16);
        QVERIFY(created->customerId > 0);
        LANGO_VERIFY_OK(purchases.setCheckout(created->id, QStringLiteral("ws_CO_1"), QStringLiteral("m-1"), clock.now() + 60));
        QCOMPARE(purchases.byCheckoutId(QStringLiteral("ws_CO_1"))->id, created->id);
        QCOMPARE(purchases.byPublicId(created->publicId)->id, created->id);

        QCOMPARE(*purchases.markPaid(created->id, QStringLiteral("RCP0001"), 2000, QStringLiteral("0"), QStringLiteral("ok")), true);
        QCOMPARE(*purchases.markPaid(created->id, QStringLiteral("RCP0001"), 2000, QStringLiteral("0"), QStringLiteral("ok")), false);
        // a late failure never reverses a payment
        QCOMPARE(*purchases.markFailed(created->id, QStringLiteral("1032"), QStringLiteral("cancelled")), false);
        QCOMPARE(purchases.byId(created->id)->state, PurchaseState::Paid);
        QCOMPARE(purchases.byId(created->id)->mpesaReceipt, QStringLiteral("RCP0001"));

        // a late success turns a failed purchase into a paid one (money moved)
        const auto second = purchases.create(newPurchase(f, QStringLiteral("254700000001")));
        QCOMPARE(*purchases.markFailed(second->id, QStringLiteral("1037"), QStringLiteral("timeout")), true);
        QCOMPARE(*purchases.markPaid(second->id, QStringLiteral("RCP0002"), 2000, QStringLiteral("0"), QStringLiteral("ok")), true);
        // the same receipt cannot pay for two purchases
        const auto third = purchases.create(newPurchase(f, QStringLiteral("254700000002")));
        QCOMPARE(purchases.markPaid(third->id, QStringLiteral("RCP0002"), 2000, {}, {}).error().code, ErrorCode::Conflict);
        QCOMPARE(purchases.countSince(QStringLiteral("phone"), QStringLiteral("254712345678"), clock.now() - 60).value(), 1);
        QCOMPARE(purchases.countByState()->value(QStringLiteral("paid")), 2);
    }

    void grantsExpireOnceAcrossConnections_data() { lango::testing::addBackendRows(); }
    void grantsExpireOnceAcrossConnections()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        ManualClock clock;
        const Fixture f = seed(*db, clock);
        GrantStore grants(*db, clock);
        QList<qint64> ids;
        for (int i = 0; i < 40; ++i) {
            Grant g;
            g.routerId = f.routerId;
            g.packageId = f.packageId;
            g.username = QStringLiteral("u%1").arg(i);
            g.passwordSealed = QStringLiteral("v1:x");
            g.mac = QStringLiteral("AA:BB:CC:00:00:%1").arg(i, 2, 10, QLatin1Char('0'));
            g.startsAt = clock.now();
            g.expiresAt = clock.now() + 10 + i % 2;   // half at +10, half at +11
            ids << *grants.create(g);
        }
        QCOMPARE(*grants.nextExpiry(), clock.now() + 10);
        QVERIFY(grants.activeForDevice(f.routerId, QStringLiteral("AA:BB:CC:00:00:03"))->has_value());
        clock.advance(10);
        QVERIFY(!grants.activeForDevice(f.routerId, QStringLiteral("AA:BB:CC:00:00:02"))->has_value());

        // two servers expiring at the same moment end each grant once
        int ended[2] = {0, 0};
        auto expire = [&](int n) { ended[n] = int(grants.expireDue()->size()); };
        std::unique_ptr<QThread> a(QThread::create(expire, 0));
        std::unique_ptr<QThread> b(QThread::create(expire, 1));
        a->start();
        b->start();
        a->wait();
        b->wait();
        QCOMPARE(ended[0] + ended[1], 20);
        QCOMPARE(*grants.nextExpiry(), clock.now() + 1);
        clock.advance(1);
        QCOMPARE(grants.expireDue()->size(), 20);
        QCOMPARE(*grants.nextExpiry(), qint64(0));
        QCOMPARE(grants.byId(ids.first())->state, GrantState::Expired);
    }

    void groupReadsTakeEachRowOnce_data() { lango::testing::addBackendRows(); }
    void groupReadsTakeEachRowOnce()
    {
        // A group of callbacks reads its purchases with their packages'
        // terms and their devices' live grants, and the provisioner its
        // grants with package and router, in
        // one statement each, whatever the group's size (its statement is
        // padded to a few shapes): each row once, unknown ids left out.
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        ManualClock clock;
        const Fixture f = seed(*db, clock);
        PurchaseStore purchases(*db, clock);
        GrantStore grants(*db, clock);
        const Package package = *PackageStore(*db, clock).byId(f.packageId);
        const Router router = *RouterStore(*db, clock).byId(f.routerId);
        // A purchase waiting for its callback, and a grant.
        QStringList checkouts;
        auto buy = [&](const QString &mac) {
            Purchase purchase = newPurchase(f, QStringLiteral("25470000000%1").arg(checkouts.size()));
            purchase.mac = mac;
            const auto created = purchases.create(purchase);
            const QString checkout = QStringLiteral("ws_CO_%1").arg(checkouts.size());
            LANGO_VERIFY_OK(purchases.setCheckout(created->id, checkout, QStringLiteral("m-%1").arg(checkouts.size()), clock.now() + 60));
            checkouts << checkout;
        };
        auto grant = [&](const QString &name, const QString &mac, qint64 expiresIn) {
            Grant g = newGrant(f, name, clock.now(), clock.now() + expiresIn);
            g.mac = mac;
            return *grants.create(g);
        };
        const QString device = newPurchase(f).mac;
        const QString otherDevice = QStringLiteral("AA:BB:CC:DD:EE:02");
        QList<qint64> grantIds;
        for (int i = 0; i < 3; ++i) {
            buy(device);
            grantIds << grant(QStringLiteral("g%1").arg(i), QString(), 60);
        }
        // The purchases' device: two live grants, a later one revoked, one
        // whose time is up. A second device has only one whose time is up,
        // and a desk sale has no device (the grants above have none either).
        grant(QStringLiteral("d-early"), device, 300);
        const qint64 live = grant(QStringLiteral("d-live"), device, 600);
        LANGO_VERIFY_OK(grants.revoke(grant(QStringLiteral("d-revoked"), device, 900)));
        grant(QStringLiteral("d-over"), device, 0);
        grant(QStringLiteral("o-over"), otherDevice, 0);
        buy(otherDevice);
        buy(QString());

        const auto read = purchases.byCheckoutIds(checkouts + QStringList{QStringLiteral("ws_CO_unknown"), checkouts.first()});
        LANGO_VERIFY_OK(read);
        QCOMPARE(read->purchases.size(), 5);
        QCOMPARE(read->purchases.value(QStringLiteral("ws_CO_2")).phone, QStringLiteral("254700000002"));
        QCOMPARE(read->terms.size(), 1);
        QCOMPARE(read->terms.value(f.packageId).durationSeconds, package.durationSeconds);
        QCOMPARE(read->terms.value(f.packageId).name, package.name);
        QCOMPARE(read->live.size(), 1);   // not the second device's (time up), not the desk sale's (no device)
        QCOMPARE(read->live.value(qMakePair(f.routerId, device)).id, live);

        const auto found = grants.onRouter(grantIds + QList<qint64>{live + 1000, live + 1001});
        LANGO_VERIFY_OK(found);
        QCOMPARE(found->size(), 3);
        QCOMPARE(found->value(grantIds.at(1)).grant.username, QStringLiteral("g1"));
        QCOMPARE(found->value(grantIds.at(1)).package.rateLimit(), package.rateLimit());
        QCOMPARE(found->value(grantIds.at(1)).routerName, router.name);
        QCOMPARE(found->value(grantIds.at(1)).hotspotServer, router.hotspotServer);
        QVERIFY(purchases.byCheckoutIds({})->purchases.isEmpty());
        QVERIFY(grants.onRouter({})->isEmpty());
    }

    // The reconciler's lookups (migration 0012 gave each its own index):
    // prompts never sent fail after a while, and M-Pesa is asked about the
    // purchases whose query time has come, soonest first.
    void reconcilerFindsItsPurchases_data() { lango::testing::addBackendRows(); }
    void reconcilerFindsItsPurchases()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        ManualClock clock;
        const Fixture f = seed(*db, clock);
        PurchaseStore purchases(*db, clock);
        const qint64 unsentOld = purchases.create(newPurchase(f, QStringLiteral("254712000001")))->id;
        const qint64 sentLate = purchases.create(newPurchase(f, QStringLiteral("254712000002")))->id;
        const qint64 sentSoon = purchases.create(newPurchase(f, QStringLiteral("254712000003")))->id;
        const qint64 paid = purchases.create(newPurchase(f, QStringLiteral("254712000004")))->id;
        LANGO_VERIFY_OK(purchases.setCheckout(sentLate, QStringLiteral("ws_CO_late"), {}, clock.now() + 30));
        LANGO_VERIFY_OK(purchases.setCheckout(sentSoon, QStringLiteral("ws_CO_soon"), {}, clock.now() + 10));
        LANGO_VERIFY_OK(purchases.setCheckout(paid, QStringLiteral("ws_CO_paid"), {}, clock.now() + 5));
        QCOMPARE(*purchases.markPaid(paid, QStringLiteral("RCP0009"), 2000, QStringLiteral("0"), QStringLiteral("ok")), true);
        clock.advance(600);
        const qint64 unsentNew = purchases.create(newPurchase(f, QStringLiteral("254712000005")))->id;

        QCOMPARE(*purchases.failUnsent(clock.now() - 300), 1);
        QCOMPARE(purchases.byId(unsentOld)->state, PurchaseState::Failed);
        QCOMPARE(purchases.byId(unsentOld)->resultCode, QStringLiteral("not_sent"));
        QCOMPARE(purchases.byId(unsentNew)->state, PurchaseState::Pending);
        QCOMPARE(purchases.byId(sentLate)->state, PurchaseState::Pending);
        QCOMPARE(*purchases.failUnsent(clock.now() - 300), 0);   // once

        const auto due = purchases.dueForQuery(10);
        LANGO_VERIFY_OK(due);
        QCOMPARE(due->size(), 2);
        QCOMPARE(due->at(0).id, sentSoon);
        QCOMPARE(due->at(1).id, sentLate);
        LANGO_VERIFY_OK(purchases.scheduleQuery(sentSoon, 0));   // given up: no longer asked about
        QCOMPARE(purchases.dueForQuery(10)->size(), 1);
    }

    // A purchase going online and a grant going live change no indexed
    // column, so PostgreSQL updates them in place (HOT) and writes no index:
    // a new index on `state` would double the cost of every payment.
    void goingOnlineWritesNoIndex()
    {
        if (!lango::testing::requirePostgres())
            QSKIP("needs PostgreSQL: run through scripts/test");
        LANGO_OPEN_DB(db, QStringLiteral("postgresql"));
        ManualClock clock;
        const Fixture f = seed(*db, clock);
        PurchaseStore purchases(*db, clock);
        GrantStore grants(*db, clock);
        const Purchase purchase = *purchases.create(newPurchase(f));
        LANGO_VERIFY_OK(purchases.setCheckout(purchase.id, QStringLiteral("ws_CO_hot"), {}, clock.now() + 60));
        Grant g = newGrant(f, QStringLiteral("hot1"), clock.now(), clock.now() + 3600);
        g.mac = purchase.mac;
        const qint64 grantId = *grants.create(g);
        PurchaseStore::PaidMark mark{purchase.id, QStringLiteral("RCPHOT1"), 2000, QStringLiteral("0"), QStringLiteral("ok"), 0, grantId};
        QCOMPARE(purchases.markPaidMany({mark})->size(), 1);

        // This connection's own counts (updates, HOT updates), not yet in the
        // shared statistics: exact, where the shared ones arrive late.
        auto counts = [&db] {
            auto q = db->exec(QStringLiteral("SELECT relname, n_tup_upd, n_tup_hot_upd FROM pg_stat_xact_user_tables"
                                             " WHERE relname IN ('grants', 'purchases') ORDER BY relname"));
            QList<qint64> values;
            while (q && q->next())
                values << q->value(1).toLongLong() << q->value(2).toLongLong();
            return values;
        };
        Transaction tx(*db);
        LANGO_VERIFY_OK(tx.begin());
        const QList<qint64> before = counts();
        QCOMPARE(before.size(), 4);
        QCOMPARE(grants.markLiveMany({grantId})->size(), 1);
        QCOMPARE(*purchases.markOnlineMany({grantId}), 1);
        const QList<qint64> after = counts();
        QCOMPARE(after.size(), 4);
        // grants: one update, in place; purchases: the same
        QCOMPARE(QList<qint64>({after[0] - before[0], after[1] - before[1], after[2] - before[2], after[3] - before[3]}),
                 QList<qint64>({1, 1, 1, 1}));
        LANGO_VERIFY_OK(tx.commit());
        QCOMPARE(purchases.byId(purchase.id)->state, PurchaseState::Active);
    }

    // Migration 0012 finds the grants not yet over by their missing end
    // time: a grant ended before it, without one, gets one and stays over.
    void endedGrantsStayOverAfterMigration_data() { lango::testing::addBackendRows(); }
    void endedGrantsStayOverAfterMigration()
    {
        QFETCH(QString, backend);
        lango::testing::TestDatabase fixture(backend);
        QVERIFY2(!fixture.url().isEmpty(), qPrintable(fixture.error()));
        auto db = fixture.open(false);
        QVERIFY(db);
        LANGO_VERIFY_OK(Migrator(*db).migrate(11));
        ManualClock clock;
        const Fixture f = seed(*db, clock);
        GrantStore grants(*db, clock);
        const qint64 ended = *grants.create(newGrant(f, QStringLiteral("ended"), clock.now(), clock.now() + 60));
        const qint64 open = *grants.create(newGrant(f, QStringLiteral("open"), clock.now(), clock.now() + 120));
        QVERIFY(db->exec(QStringLiteral("UPDATE grants SET state = 'revoked', ended_at = NULL, updated_at = 5 WHERE id = ?"), {ended}).ok());

        LANGO_VERIFY_OK(Migrator(*db).migrate());
        QCOMPARE(grants.byId(ended)->endedAt, qint64(5));
        QCOMPARE(*grants.nextExpiry(), clock.now() + 120);
        QCOMPARE(grants.live(0)->size(), 1);
        QCOMPARE(grants.live(0)->first().id, open);
        clock.advance(200);
        QCOMPARE(grants.expireDue()->size(), 1);
        QCOMPARE(grants.byId(ended)->state, GrantState::Revoked);
    }

    void problemsAndParkedCallbacks_data() { lango::testing::addBackendRows(); }
    void problemsAndParkedCallbacks()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        ManualClock clock;
        ProblemStore problems(*db, clock);
        CallbackLog callbacks(*db, clock);
        Problem p;
        p.kind = QStringLiteral("unknown_callback");
        p.message = QStringLiteral("A payment arrived for a purchase Lango does not know.");
        const qint64 id = *problems.record(p);
        QCOMPARE(*problems.countOpen(), 1);
        QCOMPARE(*problems.resolve(id, QStringLiteral("staff:amina"), QStringLiteral("refunded")), true);
        QCOMPARE(*problems.resolve(id, QStringLiteral("staff:amina"), QStringLiteral("again")), false);
        QCOMPARE(*problems.countOpen(), 0);
        QCOMPARE(problems.list(false)->first().resolutionNote, QStringLiteral("refunded"));

        LANGO_VERIFY_OK(callbacks.record(QStringLiteral("stk"), QStringLiteral("ws_CO_9"), QStringLiteral("{}"), QStringLiteral("parked")));
        LANGO_VERIFY_OK(callbacks.record(QStringLiteral("stk"), QStringLiteral("ws_CO_8"), QStringLiteral("{}"), QStringLiteral("applied")));
        QCOMPARE(callbacks.parked(QStringLiteral("ws_CO_9"))->size(), 1);
        QCOMPARE(callbacks.parked()->size(), 1);
        LANGO_VERIFY_OK(callbacks.setOutcome(callbacks.parked()->first().id, QStringLiteral("applied")));
        QCOMPARE(callbacks.parked()->size(), 0);
    }
};

LANGO_TEST_GUILESS_MAIN(TestBillingStores)
#include "tst_billingstores.moc"
