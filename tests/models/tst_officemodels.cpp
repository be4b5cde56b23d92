#include "models/audittablemodel.h"
#include "models/c2bpaymentstore.h"
#include "models/c2btablemodel.h"
#include "models/csvtable.h"
#include "models/granttablemodel.h"
#include "models/grantstore.h"
#include "models/jobqueue.h"
#include "models/packagestore.h"
#include "models/problemtablemodel.h"
#include "models/purchasestore.h"
#include "models/purchasetablemodel.h"
#include "models/reportstore.h"
#include "models/routerstore.h"
#include "models/sessiontablemodel.h"
#include "models/staffstore.h"
#include "models/stafftablemodel.h"
#include "models/vouchercodes.h"
#include "models/vouchersalestablemodel.h"
#include "models/voucherstore.h"
#include "support/samples.h"
#include "support/testdatabase.h"
#include "support/testmain.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace lango::models;

// The office panels' reports and item models: revenue buckets in Kenyan
// time on both backends, the look-ups the panels need, and every table
// model checked by QAbstractItemModelTester, including diffs that signal
// only the rows that changed.
class TestOfficeModels final : public QObject
{
    Q_OBJECT

private:
    using Fixture = lango::testing::SampleOffice;

    static Fixture seed(const Database &db, const Clock &clock) { return lango::testing::seedSampleOffice(db, clock); }

    // A purchase paid at `at` (UTC) for `cents`.
    static qint64 paidAt(const Database &db, ManualClock &clock, const Fixture &f, qint64 at, qint64 cents, const QString &receipt,
                         const QString &mac = QStringLiteral("AA:BB:CC:DD:EE:01"))
    {
        clock.set(at - 30);
        PurchaseStore purchases(db, clock);
        Purchase p;
        p.packageId = f.packageId;
        p.routerId = f.routerId;
        p.phone = QStringLiteral("254712345678");
        p.mac = mac;
        p.amountCents = cents;
        const auto created = purchases.create(p);
        if (!created)
            return 0;
        clock.set(at);
        (void)purchases.markPaid(created->id, receipt, cents, QStringLiteral("0"), QStringLiteral("ok"));
        return created->id;
    }

    static LiveSession session(qint64 id, qint64 uptime)
    {
        LiveSession s;
        s.id = id;
        s.routerId = 1;
        s.routerName = QStringLiteral("ofisi");
        s.sessionId = QStringLiteral("*%1").arg(id, 0, 16);
        s.user = QStringLiteral("m%1").arg(id);
        s.mac = QStringLiteral("02:00:00:00:00:%1").arg(id % 100, 2, 10, QLatin1Char('0'));
        s.ip = QStringLiteral("10.5.50.%1").arg(id % 250);
        s.uptime = uptime;
        s.bytesIn = 1000 * id;
        s.bytesOut = 5000 * id;
        s.grantId = id;
        s.packageName = QStringLiteral("1 Hour");
        s.expiresAt = 1'767'225'600 + 600;
        return s;
    }

private Q_SLOTS:
    void kenyanDaysStartAtNineInTheEveningUtc()
    {
        // 2026-01-01 00:00 UTC is 03:00 in Nairobi: its day began 3 hours earlier.
        QCOMPARE(ReportStore::kenyanDayStart(1'767'225'600), qint64(1'767'225'600 - 3 * 3600));
        QCOMPARE(ReportStore::kenyanDayStart(1'767'214'800), qint64(1'767'214'800));
        QCOMPARE(ReportStore::kenyanDayStart(1'767'214'799), qint64(1'767'214'800 - 86400));
    }

    void revenueIsBucketedInKenyanTime_data() { lango::testing::addBackendRows(); }
    void revenueIsBucketedInKenyanTime()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        ManualClock clock;
        const Fixture f = seed(*db, clock);
        const qint64 today = ReportStore::kenyanDayStart(1'767'225'600);
        QVERIFY(paidAt(*db, clock, f, today + 8 * 3600 + 1800, 2000, QStringLiteral("R1")));    // 08:30 EAT
        QVERIFY(paidAt(*db, clock, f, today + 8 * 3600 + 2400, 5000, QStringLiteral("R2")));    // 08:40 EAT
        QVERIFY(paidAt(*db, clock, f, today + 9 * 3600 + 600, 2000, QStringLiteral("R3")));     // 09:10 EAT
        QVERIFY(paidAt(*db, clock, f, today - 4 * 3600, 8000, QStringLiteral("R4")));           // yesterday 20:00 EAT
        clock.set(today + 9 * 3600);
        Purchase unpaid;
        unpaid.packageId = f.packageId;
        unpaid.routerId = f.routerId;
        unpaid.phone = QStringLiteral("254712345679");
        unpaid.amountCents = 2000;
        const auto failed = PurchaseStore(*db, clock).create(unpaid);
        LANGO_VERIFY_OK(failed);
        LANGO_VERIFY_OK(PurchaseStore(*db, clock).markFailed(failed->id, QStringLiteral("1032"), QStringLiteral("cancelled")));

        clock.set(today + 10 * 3600);
        const ReportStore reports(*db, clock);
        const auto hours = reports.revenueByHour();
        LANGO_VERIFY_OK(hours);
        QCOMPARE(hours->size(), 24);
        QCOMPARE(hours->at(8).cents, qint64(7000));
        QCOMPARE(hours->at(8).payments, 2);
        QCOMPARE(hours->at(9).cents, qint64(2000));
        QCOMPARE(hours->at(7).cents, qint64(0));
        QCOMPARE(hours->at(8).start, today + 8 * 3600);
        const auto days = reports.revenueByDay(30);
        LANGO_VERIFY_OK(days);
        QCOMPARE(days->size(), 30);
        QCOMPARE(days->last().cents, qint64(9000));
        QCOMPARE(days->at(28).cents, qint64(8000));
        QCOMPARE(days->last().start, today);
        const auto figures = reports.figures();
        LANGO_VERIFY_OK(figures);
        QCOMPARE(figures->revenueTodayCents, qint64(9000));
        QCOMPARE(figures->paymentsToday, 3);
        QCOMPARE(figures->purchasesToday.value(QStringLiteral("paid")), 3);
        QCOMPARE(figures->purchasesToday.value(QStringLiteral("failed")), 1);
    }

    void voucherSalesCountInRevenue_data() { lango::testing::addBackendRows(); }
    void voucherSalesCountInRevenue()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        ManualClock clock;
        const Fixture f = seed(*db, clock);
        const qint64 today = ReportStore::kenyanDayStart(1'767'225'600);
        QVERIFY(paidAt(*db, clock, f, today + 8 * 3600 + 1800, 2000, QStringLiteral("R1")));   // M-Pesa 08:30 EAT
        StaffMember amina;
        amina.username = QStringLiteral("amina");
        amina.displayName = QStringLiteral("Amina W.");
        amina.role = Role::Seller;
        const auto aminaId = StaffStore(*db, clock).add(amina, QStringLiteral("seller-pw-1"));
        LANGO_VERIFY_OK(aminaId);
        VoucherStore vouchers(*db, clock);
        VoucherBatch b;
        b.packageId = f.packageId;
        b.routerId = f.routerId;
        b.sellerId = *aminaId;
        b.count = 5;
        b.priceCents = 5000;
        b.codeLength = VoucherCodes::kDefaultRandom;
        const auto batch = vouchers.createBatch(b, [] { return NewVoucher{VoucherCodes::generate(VoucherCodes::kDefaultRandom), {}}; });
        LANGO_VERIFY_OK(batch);
        const QList<Voucher> codes = *vouchers.vouchers(*batch);
        clock.set(today + 8 * 3600 + 600);                               // 08:10 EAT: Amina sells two
        LANGO_VERIFY_OK(vouchers.markSold(codes.at(0).code, *aminaId));
        LANGO_VERIFY_OK(vouchers.markSold(codes.at(1).code, *aminaId));
        clock.set(today + 9 * 3600 + 600);                               // 09:10 EAT: the office one
        LANGO_VERIFY_OK(vouchers.markSold(codes.at(2).code, 0));
        clock.set(today - 3600);                                         // yesterday 23:00 EAT
        LANGO_VERIFY_OK(vouchers.markSold(codes.at(3).code, *aminaId));

        clock.set(today + 10 * 3600);
        const ReportStore reports(*db, clock);
        const auto figures = reports.figures();
        LANGO_VERIFY_OK(figures);
        QCOMPARE(figures->revenueTodayCents, qint64(2000));
        QCOMPARE(figures->voucherSalesTodayCents, qint64(15000));
        QCOMPARE(figures->voucherSalesToday, 3);
        QCOMPARE(figures->totalTodayCents(), qint64(17000));
        const auto hours = reports.revenueByHour();
        LANGO_VERIFY_OK(hours);
        QCOMPARE(hours->at(8).cents, qint64(2000));
        QCOMPARE(hours->at(8).voucherCents, qint64(10000));
        QCOMPARE(hours->at(8).vouchers, 2);
        QCOMPARE(hours->at(9).voucherCents, qint64(5000));
        QCOMPARE(hours->at(9).totalCents(), qint64(5000));
        const auto days = reports.revenueByDay(30);
        LANGO_VERIFY_OK(days);
        QCOMPARE(days->last().voucherCents, qint64(15000));
        QCOMPARE(days->at(28).voucherCents, qint64(5000));

        // By seller in the Payments panel's dates (today), as a table.
        const auto bySeller = VoucherSales(*db, clock).bySeller(today, today + 86400);
        LANGO_VERIFY_OK(bySeller);
        VoucherSalesTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSales(*bySeller);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.totalCount(), 3);
        QCOMPARE(model.totalCents(), qint64(15000));
        const int aminaRow = model.indexOfId(*aminaId);
        QVERIFY(aminaRow >= 0);
        QCOMPARE(model.index(aminaRow, VoucherSalesTableModel::Seller).data().toString(), QStringLiteral("Amina W."));
        QCOMPARE(model.index(aminaRow, VoucherSalesTableModel::Vouchers).data().toInt(), 2);
        QCOMPARE(model.index(aminaRow, VoucherSalesTableModel::Share).data().toString(), QStringLiteral("67%"));
        QVERIFY(model.index(model.indexOfId(0), VoucherSalesTableModel::Seller).data().toString().contains(QLatin1String("office")));
        const QString csv = CsvTable::fromModel(model);
        QVERIFY(csv.contains(QLatin1String("Seller")));
        QVERIFY(csv.contains(QLatin1String("Amina W.")));
    }

    void customerHistoryFindsPhoneAndMac_data() { lango::testing::addBackendRows(); }
    void customerHistoryFindsPhoneAndMac()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        ManualClock clock;
        const Fixture f = seed(*db, clock);
        const qint64 id = paidAt(*db, clock, f, clock.now() + 60, 2000, QStringLiteral("R1"), QStringLiteral("aa:bb:cc:dd:ee:09"));
        QVERIFY(id);
        const auto purchase = PurchaseStore(*db, clock).byId(id);
        Grant g;
        g.routerId = f.routerId;
        g.packageId = f.packageId;
        g.customerId = purchase->customerId;
        g.username = QStringLiteral("mabc");
        g.passwordSealed = QStringLiteral("v1:x");
        g.mac = QStringLiteral("AA:BB:CC:DD:EE:09");
        g.startsAt = clock.now();
        g.expiresAt = clock.now() + 3600;
        const auto grantId = GrantStore(*db, clock).create(g);
        LANGO_VERIFY_OK(grantId);
        PurchaseFilter byMac;
        byMac.mac = QStringLiteral("AA:BB:CC:DD:EE:09");
        QCOMPARE(PurchaseStore(*db, clock).list(byMac)->size(), 1);
        QCOMPARE(GrantStore(*db, clock).history(QStringLiteral("254712345678"), {})->size(), 1);
        QCOMPARE(GrantStore(*db, clock).history({}, QStringLiteral("aa:bb:cc:dd:ee:09"))->size(), 1);
        QCOMPARE(GrantStore(*db, clock).history(QStringLiteral("254799999999"), {})->size(), 0);

        JobQueue jobs(*db, clock);
        LANGO_VERIFY_OK(jobs.enqueue(QStringLiteral("provision"), f.routerId, *grantId));
        const auto second = jobs.enqueue(QStringLiteral("provision"), f.routerId, *grantId);
        const auto latest = jobs.latestFor(QStringLiteral("provision"), *grantId);
        LANGO_VERIFY_OK(latest);
        QVERIFY(latest->has_value());
        QCOMPARE((*latest)->id, *second);
        QVERIFY(!jobs.latestFor(QStringLiteral("expire"), *grantId)->has_value());
    }

    void paybillPaymentsAreListedAndFiltered_data() { lango::testing::addBackendRows(); }
    void paybillPaymentsAreListedAndFiltered()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        ManualClock clock;
        seed(*db, clock);
        const C2bPaymentStore store(*db, clock);
        auto payment = [&clock](const QString &transId, qint64 cents, const QString &billRef, const QString &msisdn, const QString &name) {
            C2bPaymentRow row;
            row.transId = transId;
            row.transType = QStringLiteral("Pay Bill");
            row.transTime = clock.now();
            row.amountCents = cents;
            row.shortCode = QStringLiteral("174379");
            row.billRef = billRef;
            row.msisdn = msisdn;
            row.firstName = name;
            return row;
        };
        LANGO_VERIFY_OK(store.record(payment(QStringLiteral("TX1"), 5000, QStringLiteral("L7"), QStringLiteral("2547****149"), QStringLiteral("JOHN"))));
        LANGO_VERIFY_OK(store.record(payment(QStringLiteral("TX2"), 2000, QStringLiteral("x"), QStringLiteral("2541****222"), QStringLiteral("MARY"))));
        // A TransID comes once: Safaricom's retry is recorded as nothing new.
        QCOMPARE(*store.record(payment(QStringLiteral("TX1"), 5000, QStringLiteral("L7"), QStringLiteral("2547****149"), QStringLiteral("JOHN"))), qint64(0));
        QCOMPARE(store.list({})->size(), 2);
        C2bFilter filter;
        filter.phone = QStringLiteral("149");
        const auto found = store.list(filter);
        LANGO_VERIFY_OK(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().transId, QStringLiteral("TX1"));
        QCOMPARE(found->first().state, QStringLiteral("unmatched"));
        filter = {};
        filter.from = clock.now() + 1;
        QCOMPARE(store.list(filter)->size(), 0);

        C2bTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(*store.list({}));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.data(model.index(0, C2bTableModel::Matched)).toString().contains(QLatin1String("Problems")));
    }

    void sessionRefreshSignalsOnlyChangedRows()
    {
        SessionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(1'767'225'600);
        QList<LiveSession> rows;
        for (int i = 1; i <= 50; ++i)
            rows << session(i, 100);
        model.setRows(rows);
        QCOMPARE(model.rowCount(), 50);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        rows[20].uptime = 160;   // one session's numbers moved
        model.setRows(rows);
        QCOMPARE(changed.count(), 1);
        const QModelIndex topLeft = changed.first().at(0).value<QModelIndex>();
        const QModelIndex bottomRight = changed.first().at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), 20);
        QCOMPARE(bottomRight.row(), 20);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(reset.count(), 0);

        changed.clear();
        model.setRows(rows);   // nothing moved: nothing signalled
        QCOMPARE(changed.count(), 0);

        rows.removeAt(3);      // one left, one came
        rows << session(99, 5);
        model.setRows(rows);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.indexOfId(4), -1);
        QVERIFY(model.indexOfId(99) >= 0);
        QCOMPARE(reset.count(), 0);

        const int row = model.indexOfId(10);
        QCOMPARE(model.data(model.index(row, SessionTableModel::TimeLeft)).toString(), QStringLiteral("10m"));
        QCOMPARE(model.data(model.index(row, SessionTableModel::TimeLeft), SessionTableModel::SortRole).toLongLong(), qint64(600));
        model.setNow(1'767'225'600 + 540);
        QVERIFY(model.data(model.index(row, SessionTableModel::TimeLeft), SessionTableModel::ExpiringRole).toBool());
        QCOMPARE(model.headerData(SessionTableModel::Package, Qt::Horizontal).toString(), QStringLiteral("Package"));

        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SessionTableModel::SortRole);
        proxy.sort(SessionTableModel::Download, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, SessionTableModel::User).data().toString(), QStringLiteral("m99"));
    }

    void tableModelsPassTheModelTester()
    {
        PurchaseTableModel purchases;
        GrantTableModel grants;
        ProblemTableModel problems;
        StaffTableModel staff;
        AuditTableModel audit;
        QAbstractItemModelTester t1(&purchases, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&grants, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&problems, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(&staff, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t5(&audit, QAbstractItemModelTester::FailureReportingMode::QtTest);

        Purchase p;
        p.id = 1;
        p.packageId = 7;
        p.routerId = 3;
        p.phone = QStringLiteral("254712345678");
        p.amountCents = 2000;
        p.state = PurchaseState::Active;
        purchases.setNames({{7, QStringLiteral("1 Hour")}}, {{3, QStringLiteral("ofisi")}});
        purchases.setRows({p});
        QCOMPARE(purchases.data(purchases.index(0, PurchaseTableModel::Package)).toString(), QStringLiteral("1 Hour"));
        QCOMPARE(purchases.data(purchases.index(0, PurchaseTableModel::State)).toString(), QStringLiteral("online"));
        QCOMPARE(purchases.data(purchases.index(0, PurchaseTableModel::Amount), PurchaseTableModel::SortRole).toLongLong(), qint64(2000));
        p.state = PurchaseState::Expired;
        p.updatedAt = 5;
        QSignalSpy changed(&purchases, &QAbstractItemModel::dataChanged);
        purchases.setRows({p});
        QCOMPARE(changed.count(), 1);

        Grant g;
        g.id = 4;
        g.username = QStringLiteral("mabc");
        g.state = GrantState::Revoked;
        grants.setRows({g});
        QCOMPARE(grants.data(grants.index(0, GrantTableModel::State)).toString(), QStringLiteral("disabled by staff"));

        Problem problem;
        problem.id = 2;
        problem.kind = QStringLiteral("overpaid");
        problem.message = QStringLiteral("paid too much");
        problems.setRows({problem});
        QCOMPARE(problems.data(problems.index(0, ProblemTableModel::Resolved)).toString(), QStringLiteral("open"));
        QVERIFY(problems.data(problems.index(0, 0), ProblemTableModel::OpenRole).toBool());

        StaffMember m;
        m.id = 1;
        m.username = QStringLiteral("amina");
        m.role = Role::Cashier;
        staff.setRows({m});
        QCOMPARE(staff.data(staff.index(0, StaffTableModel::RoleColumn)).toString(), QStringLiteral("Cashier"));

        AuditEntry e;
        e.id = 9;
        e.actor = QStringLiteral("staff:amina");
        e.action = QStringLiteral("grant.extend");
        e.entity = QStringLiteral("grant");
        e.entityId = 4;
        audit.setRows({e});
        QCOMPARE(audit.data(audit.index(0, AuditTableModel::Entity)).toString(), QStringLiteral("grant 4"));
        audit.setRows({});
        QCOMPARE(audit.rowCount(), 0);
    }

    void csvQuotesAndDisarmsFormulas_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("csv");
        QTest::newRow("plain") << QStringLiteral("KES 20") << QStringLiteral("KES 20");
        QTest::newRow("comma") << QStringLiteral("Otieno, Amina") << QStringLiteral("\"Otieno, Amina\"");
        QTest::newRow("quote") << QStringLiteral("the \"Hour\"") << QStringLiteral("\"the \"\"Hour\"\"\"");
        QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"x\")") << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
        QTest::newRow("negative number") << QStringLiteral("-5") << QStringLiteral("-5");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    }
    void csvQuotesAndDisarmsFormulas()
    {
        QFETCH(QString, cell);
        QFETCH(QString, csv);
        QCOMPARE(CsvTable::cell(cell), csv);
    }

    void csvHasHeaderAndRows()
    {
        StaffTableModel staff;
        StaffMember m;
        m.id = 1;
        m.username = QStringLiteral("amina");
        m.displayName = QStringLiteral("Amina, Otieno");
        staff.setRows({m});
        const QString csv = CsvTable::fromModel(staff);
        QVERIFY(csv.startsWith(QLatin1String("Username,Name,Role,Status,Last login\r\n")));
        QVERIFY(csv.contains(QLatin1String("amina,\"Amina, Otieno\",Cashier,active,never\r\n")));
    }
};

LANGO_TEST_GUILESS_MAIN(TestOfficeModels)
#include "tst_officemodels.moc"
