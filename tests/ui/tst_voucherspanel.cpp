#include "common/sqliteurl.h"
#include "app/desk/localservices.h"
#include "app/core/office.h"
#include "app/routers/routerdirectory.h"
#include "app/core/secretstore.h"
#include "app/vouchers/voucherservice.h"
#include "models/changefeed.h"
#include "models/dbexecutor.h"
#include "routeros/sim/routeremulator.h"
#include "support/screenshots.h"
#include "support/testmain.h"
#include "ui/dashboardpanel.h"
#include "ui/desk.h"
#include "ui/paymentspanel.h"
#include "ui/revenuechart.h"
#include "ui/voucherbatchjobs.h"
#include "ui/vouchergeneratedialog.h"
#include "ui/voucherprintdialog.h"
#include "ui/voucherspanel.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

using namespace lango;

// The Vouchers panel offscreen: it shows batches and codes (photographed),
// a seller sees only their own batches, Generate makes and pushes a batch
// through the progress dialog, and the dialogs check their input.
class TestVouchersPanel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    models::SystemClock m_clock;
    std::unique_ptr<app::Office> m_office;
    std::unique_ptr<routeros::sim::RouterEmulator> m_router;
    std::unique_ptr<models::DbExecutor> m_executor;
    std::unique_ptr<models::ChangeFeed> m_changes;
    std::unique_ptr<app::SecretStore> m_secrets;
    std::unique_ptr<app::LocalServices> m_services;
    qint64 m_packageId = 0;
    qint64 m_routerId = 0;
    qint64 m_amina = 0;
    qint64 m_aminaBatch = 0;

    std::unique_ptr<ui::Desk> desk(models::Role role, qint64 staffId)
    {
        return std::unique_ptr<ui::Desk>(new ui::Desk{*m_office, *m_executor, *m_changes, *m_secrets, QStringLiteral("desk:test"),
                                                      staffId, false, role, m_services.get()});
    }

    // 0: the batches, 1: the selected batch's vouchers.
    static QTableView *table(QWidget *panel, int index)
    {
        return panel->findChild<QTableView *>(index == 0 ? QStringLiteral("voucherBatches") : QStringLiteral("vouchers"));
    }

    // The Generate dialog's seller choice, found by its label.
    static QComboBox *sellerBox(QWidget *dialog)
    {
        for (QLabel *label : dialog->findChildren<QLabel *>())
            if (label->text() == QLatin1String("&Seller:"))
                return qobject_cast<QComboBox *>(label->buddy());
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", (m_home.path() + QStringLiteral("/config")).toUtf8());
        qputenv("XDG_DATA_HOME", (m_home.path() + QStringLiteral("/data")).toUtf8());
#ifdef Q_OS_WIN
        qputenv("LANGO_HOME", (m_home.path() + QStringLiteral("/lango")).toUtf8());   // Windows has no XDG_*
#endif
        app::Office::OpenOptions options;
        options.url = *models::DatabaseUrl::parse(lango::sqliteUrlForFile(m_home.path() + QStringLiteral("/panel.db")));
        auto office = app::Office::open(options, m_clock);
        QVERIFY(office);
        m_office = std::move(*office);
        m_executor = std::make_unique<models::DbExecutor>(1);
        m_changes = std::make_unique<models::ChangeFeed>(m_office->db());
        QVERIFY(m_changes->start().ok());
        app::SecretStore::Options secretOptions;
        secretOptions.useKeychain = false;
        secretOptions.fallbackFile = m_home.path() + QStringLiteral("/credentials");
        m_secrets = std::make_unique<app::SecretStore>(secretOptions);

        routeros::sim::RouterEmulator::Options emulated;
        emulated.password = QStringLiteral("pw");
        m_router = std::make_unique<routeros::sim::RouterEmulator>(emulated);
        models::Router r;
        r.name = QStringLiteral("kioo");
        r.host = QStringLiteral("127.0.0.1");
        r.port = m_router->listen();
        r.apiUser = QStringLiteral("admin");
        r.apiPasswordSealed = *m_office->box().seal(emulated.password);
        m_routerId = *m_office->routers.add(r);
        models::Package p;
        p.name = QStringLiteral("1 Day");
        p.priceCents = 5000;
        p.durationSeconds = 86400;
        p.downKbps = 5000;
        p.upKbps = 1000;
        m_packageId = *m_office->packages.add(p);
        models::StaffMember amina;
        amina.username = QStringLiteral("amina");
        amina.displayName = QStringLiteral("Amina W.");
        amina.role = models::Role::Seller;
        m_amina = *m_office->staff.add(amina, QStringLiteral("seller-pw-1"));
        QVERIFY(m_office->settings.setValue(QStringLiteral("office.name"), QStringLiteral("Kioo WiFi")).ok());

        // A batch for Amina, pushed, one voucher in use and two sold.
        app::RouterDirectory directory(*m_office);
        QVERIFY(directory.reload().ok());
        app::VoucherService service(*m_office, directory, *m_executor);
        app::GenerateRequest request;
        request.packageId = m_packageId;
        request.routerId = m_routerId;
        request.count = 40;
        request.sellerId = m_amina;
        auto id = app::VoucherIssuer::issue(*m_office, request, {QStringLiteral("test"), 0});
        QVERIFY(id);
        m_aminaBatch = *id;
        request.sellerId = 0;
        request.count = 15;
        QVERIFY(app::VoucherIssuer::issue(*m_office, request, {QStringLiteral("test"), 0}));
        app::VoucherPush *push = service.push(m_aminaBatch);
        bool pushed = false;
        connect(push, &app::VoucherPush::finished, this, [&pushed](const app::VoucherPushReport &r) { pushed = r.complete(); });
        push->start();
        QTRY_VERIFY_WITH_TIMEOUT(pushed, 30000);
        const QList<models::Voucher> vouchers = *m_office->vouchers.vouchers(m_aminaBatch);
        QCOMPARE(m_router->deviceLogin(vouchers.at(3).code, vouchers.at(3).code, QStringLiteral("AA:BB:CC:00:00:31"),
                                       QStringLiteral("10.5.50.31")).error, QString());
        auto synced = service.syncFromRouter(m_routerId);
        QTRY_VERIFY_WITH_TIMEOUT(synced.isFinished(), 30000);
        QVERIFY(synced.result().ok());
        QVERIFY(m_office->vouchers.markSold(vouchers.at(0).code, m_amina).ok());
        QVERIFY(m_office->vouchers.markSold(vouchers.at(3).code, m_amina).ok());
    }

    void cleanupTestCase()
    {
        m_executor->waitForDone();
        m_changes.reset();
    }

    void panelShowsBatchesAndCodes()
    {
        auto admin = desk(models::Role::Admin, 0);
        ui::VouchersPanel panel(*admin);
        panel.resize(1100, 700);
        panel.show();
        QTRY_COMPARE_WITH_TIMEOUT(table(&panel, 0)->model()->rowCount(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(table(&panel, 1)->model()->rowCount() > 0, 10000);
        // Show Amina's batch: codes in use, sold.
        table(&panel, 0)->selectRow(table(&panel, 0)->model()->index(0, 0).data().toLongLong() == m_aminaBatch ? 0 : 1);
        QTRY_COMPARE_WITH_TIMEOUT(panel.currentBatchId(), m_aminaBatch, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(table(&panel, 1)->model()->rowCount(), 40, 10000);
        bool salesShown = false;
        for (QLabel *label : panel.findChildren<QLabel *>())
            salesShown = salesShown || label->text().contains(QLatin1String("KES 100"));
        QVERIFY(salesShown);
        // Sold first, as a seller settling the day would look at it.
        table(&panel, 1)->sortByColumn(models::VoucherTableModel::Sold, Qt::DescendingOrder);
        QTest::qWait(100);
        int colours = 0;
        const QString path = testing::saveScreenshot(&panel, QStringLiteral("voucherspanel"), &colours);
        QVERIFY2(colours > 20, qPrintable(QStringLiteral("%1 looks blank (%2 colours)").arg(path).arg(colours)));

        // The state filter narrows the codes to the one in use.
        auto *state = panel.findChild<QComboBox *>();
        state->setCurrentIndex(state->findData(QStringLiteral("in_use")));
        QCOMPARE(table(&panel, 1)->model()->rowCount(), 1);
        for (QLineEdit *edit : panel.findChildren<QLineEdit *>()) {
            bool labelled = !edit->accessibleName().isEmpty();
            for (QLabel *label : panel.findChildren<QLabel *>())
                labelled = labelled || label->buddy() == edit;
            QVERIFY(labelled);
        }
    }

    void sellerSeesOnlyTheirBatches()
    {
        auto seller = desk(models::Role::Seller, m_amina);
        ui::VouchersPanel panel(*seller);
        panel.show();
        QTRY_COMPARE_WITH_TIMEOUT(panel.currentBatchId(), m_aminaBatch, 10000);
        QTest::qWait(200);
        QCOMPARE(table(&panel, 0)->model()->rowCount(), 1);
        // A seller makes batches for themselves (issue 8: "a seller can
        // generate 500 vouchers"); retiring stays with the office.
        bool canGenerate = false;
        bool canRetire = false;
        for (QAction *action : panel.panelActions()) {
            canGenerate = canGenerate || (action->isVisible() && action->text().contains(QLatin1String("Generate")));
            canRetire = canRetire || (action->isVisible() && action->text().contains(QLatin1String("tire")));
        }
        QVERIFY(canGenerate);
        QVERIFY(!canRetire);
    }

    void sellerGenerateDialogIsFixedToThem()
    {
        models::StaffMember admin;
        admin.id = 9001;
        admin.username = QStringLiteral("boss");
        admin.role = models::Role::Admin;
        models::StaffMember cashier = admin;
        cashier.id = 9002;
        cashier.username = QStringLiteral("wanjiku");
        cashier.role = models::Role::Cashier;
        const models::StaffMember amina = *m_office->staff.byId(m_amina);
        models::Package p = *m_office->packages.byId(m_packageId);
        const QList<models::StaffMember> staff{admin, cashier, amina};

        // The office's dialog lists sellers only (plus "no seller").
        ui::VoucherGenerateDialog office({p}, {*m_office->routers.byId(m_routerId)}, staff);
        QComboBox *sellers = sellerBox(&office);
        QVERIFY(sellers);
        QCOMPARE(sellers->count(), 2);
        QCOMPARE(sellers->findData(qint64(9001)), -1);
        QCOMPARE(sellers->findData(qint64(9002)), -1);

        // A seller's: fixed to them.
        ui::VoucherGenerateDialog dialog({p}, {*m_office->routers.byId(m_routerId)}, staff);
        dialog.fixSeller(m_amina, QStringLiteral("You"));
        dialog.show();
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.request().sellerId, m_amina);
        QCOMPARE(sellerBox(&dialog)->count(), 1);
        QVERIFY(!sellerBox(&dialog)->isEnabled());
    }

    void sellerSalesReachDashboardAndPayments()
    {
        // Amina sold two KES 50 vouchers today (initTestCase).
        auto admin = desk(models::Role::Admin, 0);
        ui::DashboardPanel dashboard(*admin);
        QTRY_VERIFY_WITH_TIMEOUT(dashboard.voucherSalesText().contains(QLatin1String("KES 100")), 10000);
        QVERIFY(dashboard.voucherSalesText().contains(QLatin1String("2 voucher")));
        QVERIFY(dashboard.revenueText().contains(QLatin1String("KES 100")));   // today's revenue includes them
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard.dayChart()->voucherValues().isEmpty(), 10000);
        QCOMPARE(dashboard.dayChart()->voucherValues().last(), 100.0);
        QVERIFY(dashboard.dayChart()->values().last() >= 100.0);

        ui::PaymentsPanel payments(*admin);
        payments.resize(1000, 600);
        payments.show();
        payments.showVoucherSales();
        QTRY_COMPARE_WITH_TIMEOUT(payments.voucherSales().rowCount(), 1, 10000);
        const int row = payments.voucherSales().indexOfId(m_amina);
        QVERIFY(row >= 0);
        QCOMPARE(payments.voucherSales().index(row, models::VoucherSalesTableModel::Seller).data().toString(), QStringLiteral("Amina W."));
        QCOMPARE(payments.voucherSales().index(row, models::VoucherSalesTableModel::Vouchers).data().toInt(), 2);
        QCOMPARE(payments.voucherSales().totalCents(), qint64(10000));
        auto *view = payments.findChild<QTableView *>(QStringLiteral("voucherSales"));
        QVERIFY(view && view->isVisible());
        testing::saveScreenshot(&payments, QStringLiteral("payments-voucher-sales"));
    }

    void generateMakesAndPushesABatch()
    {
        // The desk's services (routers and voucher work off the GUI thread).
        m_services = std::make_unique<app::LocalServices>(*m_office, app::LocalServices::Options{});
        QSignalSpy started(m_services.get(), &app::LocalServices::started);
        m_services->start();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
        auto admin = desk(models::Role::Admin, 0);
        QWidget window;
        window.show();
        ui::VoucherBatchJobs jobs(*admin, &window);
        QList<qint64> changed;
        connect(&jobs, &ui::VoucherBatchJobs::changed, this, [&changed](qint64 id) { changed << id; });
        app::GenerateRequest request;
        request.packageId = m_packageId;
        request.routerId = m_routerId;
        request.count = 25;
        jobs.generate(request);
        QTRY_VERIFY_WITH_TIMEOUT(!jobs.isBusy(), 30000);
        QVERIFY(!changed.isEmpty());
        const auto batch = m_office->vouchers.batch(changed.last());
        QVERIFY(batch);
        QCOMPARE(batch->count, 25);
        QCOMPARE(batch->pushed, 25);
    }

    void cleanup() { m_services.reset(); }

    // The desk's services did not start (here: the portal API's port is
    // taken): Generate, Retire and Refresh-from-router close their progress
    // and say why, instead of waiting for ever.
    void jobsSayWhenServicesDidNotStart()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        app::LocalServices::Options options;
        options.runBilling = true;
        options.engine.config.listenAddress = QHostAddress(QHostAddress::LocalHost);
        options.engine.config.listenPort = taken.serverPort();
        m_services = std::make_unique<app::LocalServices>(*m_office, options);
        QSignalSpy failed(m_services.get(), &app::LocalServices::failed);
        m_services->start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        const QString why = failed.first().first().toString();

        auto admin = desk(models::Role::Admin, 0);
        QWidget window;
        window.show();
        ui::VoucherBatchJobs jobs(*admin, &window);
        const auto answered = [&window](const QString &title) -> QMessageBox * {
            for (QMessageBox *box : window.findChildren<QMessageBox *>())
                if (box->isVisible() && box->windowTitle() == title)
                    return box;
            return nullptr;
        };
        const auto noProgressLeft = [&window] {
            for (QProgressDialog *progress : window.findChildren<QProgressDialog *>())
                if (progress->isVisible())
                    return false;
            return true;
        };
        const int batches = int(m_office->vouchers.batches()->size());
        app::GenerateRequest request;
        request.packageId = m_packageId;
        request.routerId = m_routerId;
        request.count = 5;
        jobs.generate(request);
        QTRY_VERIFY_WITH_TIMEOUT(!jobs.isBusy(), 10000);
        QTRY_VERIFY(answered(QStringLiteral("Vouchers not made")));
        QVERIFY(answered(QStringLiteral("Vouchers not made"))->text().contains(why));
        QVERIFY(answered(QStringLiteral("Vouchers not made"))->text().contains(QLatin1String("restart Lango")));
        QTRY_VERIFY(noProgressLeft());
        QCOMPARE(int(m_office->vouchers.batches()->size()), batches);

        jobs.retire(m_aminaBatch);
        QTRY_VERIFY_WITH_TIMEOUT(!jobs.isBusy(), 10000);
        QTRY_VERIFY(answered(QStringLiteral("Batch not retired")));
        QVERIFY(!m_office->vouchers.batch(m_aminaBatch)->isRetired());
        jobs.syncRouters();
        QTRY_VERIFY_WITH_TIMEOUT(!jobs.isBusy(), 10000);
        QTRY_VERIFY(answered(QStringLiteral("Routers not read")));
        QTRY_VERIFY(noProgressLeft());
    }

    void generateDialogChecksInput()
    {
        ui::VoucherGenerateDialog empty({}, {}, {});
        empty.show();
        empty.accept();
        QVERIFY(empty.isVisible());
        models::Package p = *m_office->packages.byId(m_packageId);
        ui::VoucherGenerateDialog dialog({p}, {*m_office->routers.byId(m_routerId)}, {});
        dialog.show();
        dialog.findChild<QLineEdit *>()->setText(QStringLiteral("kb"));
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.request().prefix, QStringLiteral("KB"));
        QCOMPARE(dialog.request().packageId, m_packageId);
        QCOMPARE(dialog.request().routerId, m_routerId);
        QCOMPARE(*dialog.request().priceCents, 5000);
        testing::saveScreenshot(&dialog, QStringLiteral("voucher-generate-dialog"));
    }

    void reprintCardPrintsTheChosenCode()
    {
        const QList<models::Voucher> vouchers = *m_office->vouchers.vouchers(m_aminaBatch);
        const QString sold = vouchers.at(0).code;   // sold, unused: a customer lost the card
        auto admin = desk(models::Role::Admin, 0);
        ui::VouchersPanel panel(*admin);
        panel.show();
        QTRY_VERIFY_WITH_TIMEOUT(table(&panel, 0)->model()->rowCount() >= 2, 10000);
        for (int r = 0; r < table(&panel, 0)->model()->rowCount(); ++r)
            if (table(&panel, 0)->model()->index(r, 0).data().toLongLong() == m_aminaBatch)
                table(&panel, 0)->selectRow(r);
        QTRY_COMPARE_WITH_TIMEOUT(panel.currentBatchId(), m_aminaBatch, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(table(&panel, 1)->model()->rowCount(), 40, 10000);
        QTableView *codes = table(&panel, 1);
        int row = -1;
        for (int r = 0; r < codes->model()->rowCount(); ++r)
            if (codes->model()->index(r, models::VoucherTableModel::Code).data().toString() == sold)
                row = r;
        QVERIFY(row >= 0);
        codes->selectRow(row);
        QAction *reprint = nullptr;
        for (QAction *action : panel.panelActions())
            if (action->text().contains(QLatin1String("print card")))
                reprint = action;
        QVERIFY(reprint);
        QTRY_VERIFY(reprint->isEnabled());
        reprint->trigger();
        ui::VoucherPrintDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = panel.findChild<ui::VoucherPrintDialog *>()) != nullptr, 10000);
        QCOMPARE(dialog->sheet().cards.size(), 1);
        QCOMPARE(dialog->sheet().cards.first().code, sold);
        dialog->close();
    }

    void reprintRefusesExpiredCodes()
    {
        // The office's batch: one voucher ran out.
        qint64 officeBatch = 0;
        const QList<models::VoucherBatch> batches = *m_office->vouchers.batches();
        for (const models::VoucherBatch &b : batches)
            if (b.id != m_aminaBatch && b.count == 15)
                officeBatch = b.id;
        QVERIFY(officeBatch);
        const QList<models::Voucher> vouchers = *m_office->vouchers.vouchers(officeBatch);
        models::VoucherUsage ran;
        ran.voucherId = vouchers.at(1).id;
        ran.state = models::VoucherState::Expired;
        ran.firstUsedAt = m_clock.now() - 7200;
        ran.expiresAt = m_clock.now() - 3600;
        ran.mac = QStringLiteral("AA:BB:CC:00:00:41");
        QCOMPARE(*m_office->vouchers.applyUsage({ran}), 1);
        const QString expired = vouchers.at(1).code;

        const auto refused = app::VoucherCards::load(*m_office, officeBatch, QStringList{vouchers.at(0).code, expired});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, app::ErrorCode::BadInput);
        QVERIFY(refused.error().message.contains(expired));
        QVERIFY(refused.error().message.contains(QLatin1String("Expired")));
        QCOMPARE(app::VoucherCards::load(*m_office, officeBatch, QStringLiteral("NOSUCHCODE")).error().code, app::ErrorCode::NotFound);
        // The whole batch leaves it out (and the 14 others are printed).
        QCOMPARE(app::VoucherCards::load(*m_office, officeBatch)->cards.size(), 14);
        QCOMPARE(app::VoucherCards::load(*m_office, officeBatch, vouchers.at(0).code)->cards.size(), 1);
    }

    void printDialogOffersTheTemplates()
    {
        auto sheet = app::VoucherCards::load(*m_office, m_aminaBatch);
        QVERIFY(sheet);
        QCOMPARE(sheet->officeName, QStringLiteral("Kioo WiFi"));
        QCOMPARE(sheet->cards.size(), 38);   // unused and unsold: not the sold one, nor the one in use
        ui::VoucherPrintDialog dialog(*sheet);
        dialog.show();
        QCOMPARE(dialog.sheet().perPage, 24);
        auto *layout = dialog.findChild<QComboBox *>();
        layout->setCurrentIndex(layout->findData(int(app::CardTemplate::Roll58)));
        QCOMPARE(dialog.sheet().layout, app::CardTemplate::Roll58);
        QCOMPARE(dialog.sheet().perPage, 1);
        testing::saveScreenshot(&dialog, QStringLiteral("voucher-print-dialog"));
    }
};

LANGO_TEST_MAIN(TestVouchersPanel)
#include "tst_voucherspanel.moc"
