#include "models/packagestore.h"
#include "models/routerstore.h"
#include "models/staffstore.h"
#include "models/voucherbatchtablemodel.h"
#include "models/vouchercodes.h"
#include "models/vouchercsv.h"
#include "models/vouchersales.h"
#include "models/voucherstore.h"
#include "models/vouchertablemodel.h"
#include "support/samples.h"
#include "support/testdatabase.h"
#include "support/testmain.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSet>
#include <QTest>

using namespace lango::models;

// Voucher batches and vouchers on both backends: 10,000 in one batch,
// codes unique, pushed flags, sales by seller and day, final states.
class TestVoucherStore final : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        qint64 routerId = 0;
        qint64 packageId = 0;
        qint64 sellerId = 0;
        qint64 otherSellerId = 0;
    };

    static Fixture seed(const Database &db, const Clock &clock)
    {
        const auto sample = lango::testing::seedSampleOffice(db, clock);
        StaffMember amina;
        amina.username = QStringLiteral("amina");
        amina.role = Role::Seller;
        StaffMember baraka = amina;
        baraka.username = QStringLiteral("baraka");
        StaffStore staff(db, clock);
        return {sample.routerId, sample.packageId, *staff.add(amina, QStringLiteral("pw-amina-1")),
                *staff.add(baraka, QStringLiteral("pw-baraka-1"))};
    }

    static VoucherBatch newBatch(const Fixture &f, int count, qint64 sellerId = 0)
    {
        VoucherBatch b;
        b.packageId = f.packageId;
        b.routerId = f.routerId;
        b.sellerId = sellerId;
        b.count = count;
        b.priceCents = 2000;
        b.codeLength = VoucherCodes::kDefaultRandom;
        return b;
    }

    static VoucherStore::CodeSource randomCodes()
    {
        return [] { return NewVoucher{VoucherCodes::generate(VoucherCodes::kDefaultRandom), {}}; };
    }

private Q_SLOTS:
    void tenThousandVouchersInOneBatch_data() { lango::testing::addBackendRows(); }
    void tenThousandVouchersInOneBatch()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        ManualClock clock;
        const Fixture f = seed(*db, clock);
        VoucherStore store(*db, clock);
        QElapsedTimer timer;
        timer.start();
        const auto id = store.createBatch(newBatch(f, 10000), randomCodes());
        LANGO_VERIFY_OK(id);
        qInfo("%s: 10,000 vouchers generated and stored in %lld ms", qPrintable(backend), timer.elapsed());
        const auto vouchers = store.vouchers(*id);
        LANGO_VERIFY_OK(vouchers);
        QCOMPARE(vouchers->size(), 10000);
        QSet<QString> codes;
        for (const Voucher &v : *vouchers) {
            QVERIFY(VoucherCodes::isValid(v.code));
            QCOMPARE(v.state, VoucherState::Unused);
            codes.insert(v.code);
        }
        QCOMPARE(codes.size(), 10000);
        const auto batch = store.batch(*id);
        LANGO_VERIFY_OK(batch);
        QCOMPARE(batch->count, 10000);
        QCOMPARE(batch->unused, 10000);
        QCOMPARE(batch->pushed, 0);
        QCOMPARE(batch->packageName, QStringLiteral("1 Hour"));
        QCOMPARE(batch->routerName, QStringLiteral("ofisi"));
    }

    void clashingCodesAreDrawnAgain_data() { lango::testing::addBackendRows(); }
    void clashingCodesAreDrawnAgain()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        ManualClock clock;
        const Fixture f = seed(*db, clock);
        VoucherStore store(*db, clock);
        const auto first = store.createBatch(newBatch(f, 50), randomCodes());
        LANGO_VERIFY_OK(first);
        QStringList taken;
        const QList<Voucher> stored = *store.vouchers(*first);
        for (const Voucher &v : stored)
            taken << v.code;
        // The source hands out every code already taken, then fresh ones.
        int drawn = 0;
        auto clashing = [&]() {
            return NewVoucher{drawn < taken.size() ? taken.at(drawn++) : VoucherCodes::generate(10), {}};
        };
        const auto second = store.createBatch(newBatch(f, 20), clashing);
        LANGO_VERIFY_OK(second);
        QCOMPARE(store.vouchers(*second)->size(), 20);
        QCOMPARE(store.vouchers(*first)->size(), 50);
        auto distinct = db->exec(QStringLiteral("SELECT COUNT(DISTINCT code) FROM vouchers"));
        QVERIFY(distinct && distinct->next());
        QCOMPARE(distinct->value(0).toInt(), 70);
    }

    void pushedFlagsLetAPushResume_data() { lango::testing::addBackendRows(); }
    void pushedFlagsLetAPushResume()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        ManualClock clock;
        const Fixture f = seed(*db, clock);
        VoucherStore store(*db, clock);
        const qint64 batch = *store.createBatch(newBatch(f, 1200), randomCodes());
        const QList<Voucher> all = *store.vouchers(batch);
        QList<qint64> half;
        for (int i = 0; i < 700; ++i)
            half << all.at(i).id;
        LANGO_VERIFY_OK(store.markPushed(f.routerId, half));
        LANGO_VERIFY_OK(store.markPushed(f.routerId, half.mid(0, 10)));   // again: no duplicates, no error
        QCOMPARE(store.unpushed(batch, f.routerId)->size(), 500);
        QCOMPARE(store.onRouter(f.routerId)->size(), 700);
        QCOMPARE(store.batch(batch)->pushed, 700);
        QCOMPARE(*store.routersOf(batch), QList<qint64>{f.routerId});
        LANGO_VERIFY_OK(store.unmarkPushed(f.routerId, half.mid(0, 100)));
        QCOMPARE(store.onRouter(f.routerId)->size(), 600);
        QCOMPARE(store.unpushed(batch, f.routerId)->size(), 600);
    }

    void salesAreCountedBySellerAndDay_data() { lango::testing::addBackendRows(); }
    void salesAreCountedBySellerAndDay()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        ManualClock clock(1'767'261'600);   // 2026-01-01 10:00 UTC = 13:00 in Nairobi
        const Fixture f = seed(*db, clock);
        VoucherStore store(*db, clock);
        VoucherSales sales(*db, clock);
        const qint64 batch = *store.createBatch(newBatch(f, 10, f.sellerId), randomCodes());
        const QList<Voucher> all = *store.vouchers(batch);
        LANGO_VERIFY_OK(store.markSold(all.at(0).code, f.sellerId));
        LANGO_VERIFY_OK(store.markSold(all.at(1).code, f.sellerId));
        const auto again = store.markSold(all.at(1).code, f.otherSellerId);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QCOMPARE(store.byCode(all.at(1).code)->soldBy, f.sellerId);
        clock.advance(12 * 3600);   // 01:00 the next day in Nairobi, still 2026-01-01 in UTC
        LANGO_VERIFY_OK(store.markSold(all.at(2).code, f.otherSellerId));
        QCOMPARE(store.byCode(QStringLiteral("NOSUCHCODE")).error().code, ErrorCode::NotFound);

        const auto bySeller = sales.bySeller(0, clock.now() + 1);
        LANGO_VERIFY_OK(bySeller);
        QCOMPARE(bySeller->size(), 2);
        QCOMPARE(bySeller->first().sellerName, QStringLiteral("amina"));
        QCOMPARE(bySeller->first().count, 2);
        QCOMPARE(bySeller->first().cents, 4000);
        const auto byDay = sales.byDay(0, clock.now() + 1, 3 * 3600);
        LANGO_VERIFY_OK(byDay);
        QCOMPARE(byDay->size(), 2);
        QCOMPARE(byDay->at(0).day, QDate(2026, 1, 1));
        QCOMPARE(byDay->at(0).count, 2);
        QCOMPARE(byDay->at(1).day, QDate(2026, 1, 2));
        QCOMPARE(byDay->at(1).cents, 2000);
        const auto utcDays = sales.byDay(0, clock.now() + 1, 0);
        QCOMPARE(utcDays->size(), 1);
        QCOMPARE(sales.today(3 * 3600)->count, 1);
        QCOMPARE(sales.today(3 * 3600, f.sellerId)->count, 0);
        QCOMPARE(sales.byDay(0, clock.now() + 1, 3 * 3600, f.sellerId)->size(), 1);
        QCOMPARE(store.batch(batch)->sold, 3);
    }

    void expiredAndRetiredAreFinal_data() { lango::testing::addBackendRows(); }
    void expiredAndRetiredAreFinal()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        ManualClock clock;
        const Fixture f = seed(*db, clock);
        VoucherStore store(*db, clock);
        const qint64 batch = *store.createBatch(newBatch(f, 4), randomCodes());
        const QList<Voucher> all = *store.vouchers(batch);
        const qint64 now = clock.now();
        LANGO_VERIFY_OK(store.applyUsage({{all.at(0).id, VoucherState::InUse, now, QStringLiteral("AA:BB:CC:00:00:01"), now + 3600, f.routerId},
                                         {all.at(1).id, VoucherState::Expired, now, {}, now, f.routerId}}));
        LANGO_VERIFY_OK(store.applyUsage({{all.at(1).id, VoucherState::InUse, now, {}, now + 3600, f.routerId}}));
        QCOMPARE(store.byCode(all.at(1).code)->state, VoucherState::Expired);
        const Voucher inUse = *store.byCode(all.at(0).code);
        QCOMPARE(inUse.state, VoucherState::InUse);
        QCOMPARE(inUse.mac, QStringLiteral("AA:BB:CC:00:00:01"));
        QCOMPARE(inUse.expiresAt, now + 3600);
        QCOMPARE(inUse.usedRouterId, f.routerId);

        const auto retired = store.retireBatch(batch);
        LANGO_VERIFY_OK(retired);
        QCOMPARE(retired->size(), 2);   // the two unused ones; in use and expired stay
        QCOMPARE(store.byCode(all.at(0).code)->state, VoucherState::InUse);
        QVERIFY(store.batch(batch)->isRetired());
        QCOMPARE(store.markSold(all.at(2).code, 0).error().code, ErrorCode::Invalid);
        QCOMPARE(store.retireBatch(9999).error().code, ErrorCode::NotFound);
    }

    void sellerSeesOwnBatches_data() { lango::testing::addBackendRows(); }
    void sellerSeesOwnBatches()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        ManualClock clock;
        const Fixture f = seed(*db, clock);
        VoucherStore store(*db, clock);
        LANGO_VERIFY_OK(store.createBatch(newBatch(f, 3, f.sellerId), randomCodes()));
        LANGO_VERIFY_OK(store.createBatch(newBatch(f, 3, f.otherSellerId), randomCodes()));
        LANGO_VERIFY_OK(store.createBatch(newBatch(f, 3), randomCodes()));
        QCOMPARE(store.batches()->size(), 3);
        const auto mine = store.batches({f.sellerId, true});
        QCOMPARE(mine->size(), 1);
        QCOMPARE(mine->first().sellerId, f.sellerId);
        QCOMPARE(mine->first().sellerName, QStringLiteral("amina"));
        QCOMPARE(store.batches({-1, true})->size(), 0);
    }

    void itemModelsFollowTheRows()
    {
        VoucherBatchTableModel batches;
        QAbstractItemModelTester batchTester(&batches, QAbstractItemModelTester::FailureReportingMode::QtTest);
        VoucherBatch b;
        b.id = 1;
        b.count = 10;
        b.unused = 10;
        b.packageName = QStringLiteral("1 Hour");
        batches.setRows({b});
        QCOMPARE(batches.data(batches.index(0, VoucherBatchTableModel::Router)).toString(), QStringLiteral("All routers"));
        b.inUse = 1;
        b.unused = 9;
        batches.setRows({b});
        QCOMPARE(batches.data(batches.index(0, VoucherBatchTableModel::InUse)).toInt(), 1);

        VoucherTableModel vouchers;
        QAbstractItemModelTester voucherTester(&vouchers, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Voucher v;
        v.id = 5;
        v.code = QStringLiteral("ABCD");
        v.state = VoucherState::InUse;
        vouchers.setRows({v});
        QCOMPARE(vouchers.data(vouchers.index(0, VoucherTableModel::Code)).toString(), QStringLiteral("ABCD"));
        QCOMPARE(vouchers.data(vouchers.index(0, VoucherTableModel::State), VoucherTableModel::StateRole).toString(),
                 QStringLiteral("in_use"));
        vouchers.setRows({});
        QCOMPARE(vouchers.rowCount(), 0);
    }

    void csvQuotesAndDefusesFormulas()
    {
        Voucher v;
        v.id = 1;
        v.batchId = 3;
        v.code = QStringLiteral("ABCD");
        v.mac = QStringLiteral("=cmd,\"x\"");
        const QString csv = QString::fromUtf8(VoucherCsv::write({v}, {{1, QStringLiteral("123456")}}));
        QVERIFY(csv.startsWith(QLatin1String("batch,code,password,state")));
        QVERIFY2(csv.contains(QLatin1String("3,ABCD,123456,unused,,,,\"'=cmd,\"\"x\"\"\",\r\n")), qPrintable(csv));
    }
};

LANGO_TEST_GUILESS_MAIN(TestVoucherStore)
#include "tst_voucherstore.moc"
