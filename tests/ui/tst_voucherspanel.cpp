#include "app/office.h"
#include "app/routerdirectory.h"
#include "app/secretstore.h"
#include "app/voucherservice.h"
#include "models/changefeed.h"
#include "models/dbexecutor.h"
#include "routeros/sim/routeremulator.h"
#include "support/screenshots.h"
#include "ui/desk.h"
#include "ui/voucherbatchjobs.h"
#include "ui/vouchergeneratedialog.h"
#include "ui/voucherprintdialog.h"
#include "ui/voucherspanel.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
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
    qint64 m_packageId = 0;
    qint64 m_routerId = 0;
    qint64 m_amina = 0;
    qint64 m_aminaBatch = 0;

    std::unique_ptr<ui::Desk> desk(models::Role role, qint64 staffId)
    {
        return std::unique_ptr<ui::Desk>(new ui::Desk{*m_office, *m_executor, *m_changes, *m_secrets, QStringLiteral("desk:test"),
                                                      staffId, false, role});
    }

    // 0: the batches, 1: the selected batch's vouchers.
    static QTableView *table(QWidget *panel, int index)
    {
        return panel->findChild<QTableView *>(index == 0 ? QStringLiteral("voucherBatches") : QStringLiteral("vouchers"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", (m_home.path() + QStringLiteral("/config")).toUtf8());
        qputenv("XDG_DATA_HOME", (m_home.path() + QStringLiteral("/data")).toUtf8());
        app::Office::OpenOptions options;
        options.url = *models::DatabaseUrl::parse(QStringLiteral("sqlite://%1/panel.db").arg(m_home.path()));
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
        bool canGenerate = false;
        for (QAction *action : panel.panelActions())
            canGenerate = canGenerate || (action->isVisible() && action->text().contains(QLatin1String("Generate")));
        QVERIFY(!canGenerate);
    }

    void generateMakesAndPushesABatch()
    {
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

    void printDialogOffersTheTemplates()
    {
        auto sheet = app::VoucherCards::load(*m_office, m_aminaBatch);
        QVERIFY(sheet);
        QCOMPARE(sheet->officeName, QStringLiteral("Kioo WiFi"));
        QCOMPARE(sheet->cards.size(), 40);   // unused and in use
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

QTEST_MAIN(TestVouchersPanel)
#include "tst_voucherspanel.moc"
