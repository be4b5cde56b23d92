#include "app/staff/deskactions.h"
#include "app/desk/mpesasetup.h"
#include "app/core/office.h"
#include "app/portal/officedetails.h"
#include "app/staff/permissions.h"
#include "app/staff/staffadmin.h"
#include "support/samples.h"
#include "support/testdatabase.h"
#include "support/testmain.h"

#include <QTest>

using namespace lango;

// What staff do at a desk, each with its router job and audit entry in one
// transaction; staff accounts and roles; the office settings a desk edits.
class TestDeskActions final : public QObject
{
    Q_OBJECT

private:
    struct Setup
    {
        std::unique_ptr<testing::TestDatabase> database;
        std::unique_ptr<app::Office> office;
        qint64 routerId = 0;
        qint64 packageId = 0;
        qint64 grantId = 0;
        qint64 purchaseId = 0;
    };

    models::ManualClock m_clock;

    // An office with a router, a package and one paid, live grant.
    QString open(const QString &backend, Setup &s)
    {
        s.database = std::make_unique<testing::TestDatabase>(backend);
        if (s.database->url().isEmpty())
            return s.database->error();
        app::Office::OpenOptions options;
        options.url = *models::DatabaseUrl::parse(s.database->url());
        auto office = app::Office::open(options, m_clock);
        if (!office)
            return office.error().message;
        s.office = std::move(*office);
        s.routerId = *s.office->routers.add(lango::testing::sampleRouter());
        s.packageId = *s.office->packages.add(lango::testing::samplePackage());
        models::Purchase purchase;
        purchase.packageId = s.packageId;
        purchase.routerId = s.routerId;
        purchase.phone = QStringLiteral("254712345678");
        purchase.amountCents = 2000;
        const auto created = s.office->purchases.create(purchase);
        s.purchaseId = created->id;
        (void)s.office->purchases.markPaid(s.purchaseId, QStringLiteral("R1"), 2000, QStringLiteral("0"), QStringLiteral("ok"));
        models::Grant g;
        g.routerId = s.routerId;
        g.packageId = s.packageId;
        g.customerId = created->customerId;
        g.username = QStringLiteral("mtest");
        g.passwordSealed = QStringLiteral("v1:x");
        g.state = models::GrantState::Active;
        g.startsAt = m_clock.now();
        g.expiresAt = m_clock.now() + 3600;
        s.grantId = *s.office->grants.create(g);
        (void)s.office->purchases.attachGrant(s.purchaseId, s.grantId);
        (void)s.office->purchases.markOnline(s.grantId);
        return {};
    }

    static models::AuditEntry who()
    {
        return {0, 0, 0, QStringLiteral("staff:amina"), {}, {}, 0, {}};
    }

    static QString lastAction(app::Office &office)
    {
        const auto entries = office.audit.recent(1);
        return entries && !entries->isEmpty() ? entries->first().action : QString();
    }

private Q_SLOTS:
    void extendingMovesExpiryAndQueuesProvisioning_data() { testing::addBackendRows(); }
    void extendingMovesExpiryAndQueuesProvisioning()
    {
        QFETCH(QString, backend);
        Setup s;
        const QString error = open(backend, s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const app::DeskActions actions(*s.office);
        const auto extended = actions.extendGrant(s.grantId, 1800, who());
        LANGO_VERIFY_OK(extended);
        QCOMPARE(*extended, m_clock.now() + 3600 + 1800);
        QCOMPARE(s.office->grants.byId(s.grantId)->expiresAt, *extended);
        const auto job = s.office->jobs.latestFor(QStringLiteral("provision"), s.grantId);
        QVERIFY(job->has_value());
        QCOMPARE((*job)->state, QStringLiteral("queued"));
        QCOMPARE(lastAction(*s.office), QStringLiteral("grant.extend"));
        QVERIFY(!actions.extendGrant(s.grantId, 40 * 86400, who()));   // more than a month at once
        QVERIFY(!actions.extendGrant(s.grantId, 0, who()));
    }

    void disablingRevokesAndQueuesExpiry_data() { testing::addBackendRows(); }
    void disablingRevokesAndQueuesExpiry()
    {
        QFETCH(QString, backend);
        Setup s;
        const QString error = open(backend, s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const app::DeskActions actions(*s.office);
        LANGO_VERIFY_OK(actions.disableGrant(s.grantId, who()));
        QCOMPARE(s.office->grants.byId(s.grantId)->state, models::GrantState::Revoked);
        QCOMPARE(s.office->purchases.byId(s.purchaseId)->state, models::PurchaseState::Expired);
        const auto job = s.office->jobs.latestFor(QStringLiteral("expire"), s.grantId);
        QVERIFY(job->has_value());
        QCOMPARE((*job)->payload.value(QStringLiteral("username")).toString(), QStringLiteral("mtest"));
        QCOMPARE(lastAction(*s.office), QStringLiteral("grant.disable"));
        // Twice: refused, and nothing more is queued or audited.
        const auto again = actions.disableGrant(s.grantId, who());
        QVERIFY(!again);
        QCOMPARE(again.error().code, app::ErrorCode::Conflict);
        QCOMPARE(s.office->jobs.list(QStringLiteral("queued"))->size(), 1);
        // An ended grant cannot be extended either.
        QCOMPARE(actions.extendGrant(s.grantId, 600, who()).error().code, app::ErrorCode::Conflict);
    }

    void retryRunsTheFailedJobAgain_data() { testing::addBackendRows(); }
    void retryRunsTheFailedJobAgain()
    {
        QFETCH(QString, backend);
        Setup s;
        const QString error = open(backend, s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto job = s.office->jobs.enqueueClaimed(QStringLiteral("provision"), s.routerId, s.grantId, QStringLiteral("w1"));
        LANGO_VERIFY_OK(job);
        LANGO_VERIFY_OK(s.office->jobs.fail(job->id, QStringLiteral("w1"), QStringLiteral("router down"), false));
        models::Problem problem;
        problem.id = *s.office->problems.record({0, QStringLiteral("provisioning_failing"), s.purchaseId, 0, s.routerId,
                                                 QStringLiteral("could not provision"), {}, 0, 0, {}, {}});
        problem.kind = QStringLiteral("provisioning_failing");
        problem.purchaseId = s.purchaseId;
        const app::DeskActions actions(*s.office);
        const auto retried = actions.retryProblem(problem, who());
        LANGO_VERIFY_OK(retried);
        QCOMPARE(s.office->jobs.byId(job->id)->state, QStringLiteral("queued"));
        QCOMPARE(lastAction(*s.office), QStringLiteral("problem.retry"));
        // Queued again: a second retry explains instead of failing.
        const auto again = actions.retryProblem(problem, who());
        LANGO_VERIFY_OK(again);
        QVERIFY(again->contains(QLatin1String("still retrying")));
        // A problem without a purchase has no job to retry.
        models::Problem unmatched;
        unmatched.id = problem.id;
        QCOMPARE(actions.retryProblem(unmatched, who()).error().code, app::ErrorCode::BadInput);

        QCOMPARE(actions.resolveProblem(problem.id, QStringLiteral("  "), who()).error().code, app::ErrorCode::BadInput);
        LANGO_VERIFY_OK(actions.resolveProblem(problem.id, QStringLiteral("customer online"), who()));
        QCOMPARE(*s.office->problems.countOpen(), 0);
        QCOMPARE(lastAction(*s.office), QStringLiteral("problem.resolve"));
        QCOMPARE(actions.resolveProblem(problem.id, QStringLiteral("again"), who()).error().code, app::ErrorCode::Conflict);
    }

    void retiringKeepsThePackage()
    {
        Setup s;
        const QString error = open(QStringLiteral("sqlite"), s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const app::DeskActions actions(*s.office);
        LANGO_VERIFY_OK(actions.setRetired(s.packageId, true, who()));
        QVERIFY(s.office->packages.byId(s.packageId)->retired);
        QCOMPARE(s.office->packages.list()->size(), 0);
        LANGO_VERIFY_OK(actions.setRetired(s.packageId, false, who()));
        QCOMPARE(s.office->packages.list()->size(), 1);
        QCOMPARE(lastAction(*s.office), QStringLiteral("package.unretire"));
    }

    // Saving and removing packages from the desk: each change audited; bad
    // input changes nothing; a package once sold is retired, not deleted.
    void packagesAreSavedAndRemovedWithTheirAudit()
    {
        Setup s;
        const QString error = open(QStringLiteral("sqlite"), s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const app::DeskActions actions(*s.office);
        models::Package daily;
        daily.name = QStringLiteral("1 Day");
        daily.priceCents = 8000;
        daily.durationSeconds = 86400;
        daily.downKbps = 5000;
        daily.upKbps = 1000;
        const auto id = actions.savePackage(daily, who());
        LANGO_VERIFY_OK(id);
        QCOMPARE(lastAction(*s.office), QStringLiteral("package.add"));
        daily.id = *id;
        daily.priceCents = 9000;
        LANGO_VERIFY_OK(actions.savePackage(daily, who()));
        QCOMPARE(s.office->packages.byId(*id)->priceCents, 9000);
        QCOMPARE(lastAction(*s.office), QStringLiteral("package.edit"));

        models::Package bad = daily;
        bad.durationSeconds = 0;
        QVERIFY(!actions.savePackage(bad, who()));
        QCOMPARE(s.office->packages.byId(*id)->durationSeconds, 86400);
        QCOMPARE(lastAction(*s.office), QStringLiteral("package.edit"));   // nothing audited for a refusal

        const auto removed = actions.removePackage(daily, who());
        LANGO_VERIFY_OK(removed);
        QCOMPARE(*removed, models::PackageStore::Removal::Deleted);
        QCOMPARE(lastAction(*s.office), QStringLiteral("package.remove"));
    }

    void routersAreSavedSealedAndRemoved()
    {
        Setup s;
        const QString error = open(QStringLiteral("sqlite"), s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const app::DeskActions actions(*s.office);
        models::Router tower;
        tower.name = QStringLiteral("mnara");
        tower.host = QStringLiteral("10.9.0.1");
        tower.apiUser = QStringLiteral("lango");
        QVERIFY(!actions.saveRouter(tower, {}, who()));   // a new router needs its password
        const auto id = actions.saveRouter(tower, QStringLiteral("tower-secret"), who());
        LANGO_VERIFY_OK(id);
        QCOMPARE(lastAction(*s.office), QStringLiteral("router.add"));
        auto stored = s.office->routers.byId(*id);
        QVERIFY(!stored->apiPasswordSealed.contains(QLatin1String("tower-secret")));
        QCOMPARE(*s.office->box().open(stored->apiPasswordSealed), QStringLiteral("tower-secret"));
        stored->host = QStringLiteral("10.9.0.2");
        LANGO_VERIFY_OK(actions.saveRouter(*stored, {}, who()));   // the password stays
        QCOMPARE(*s.office->box().open(s.office->routers.byId(*id)->apiPasswordSealed), QStringLiteral("tower-secret"));
        QCOMPARE(lastAction(*s.office), QStringLiteral("router.edit"));
        LANGO_VERIFY_OK(actions.removeRouter(*stored, who()));
        QCOMPARE(lastAction(*s.office), QStringLiteral("router.remove"));
    }

    void staffAccountsKeepAnAdmin()
    {
        Setup s;
        const QString error = open(QStringLiteral("sqlite"), s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const app::StaffAdmin admin(*s.office);
        QVERIFY(!*admin.needsSignIn());
        models::StaffMember cashier;
        cashier.username = QStringLiteral("baraka");
        cashier.role = models::Role::Cashier;
        QCOMPARE(admin.add(cashier, QStringLiteral("password1"), who()).error().code, app::ErrorCode::BadInput);   // first: an admin
        models::StaffMember boss;
        boss.username = QStringLiteral("Amina");
        boss.role = models::Role::Admin;
        const auto bossId = admin.add(boss, QStringLiteral("password1"), who());
        LANGO_VERIFY_OK(bossId);
        QVERIFY(*admin.needsSignIn());
        LANGO_VERIFY_OK(admin.add(cashier, QStringLiteral("password2"), who()));
        boss.id = *bossId;
        boss.username = QStringLiteral("amina");
        boss.role = models::Role::Seller;
        const auto demoted = admin.update(boss, who());
        QVERIFY(!demoted);
        QVERIFY(demoted.error().message.contains(QLatin1String("last active admin")));
        QCOMPARE(admin.signIn(QStringLiteral("amina"), QStringLiteral("wrong-password")).error().code, app::ErrorCode::Unauthorized);
        const auto signedIn = admin.signIn(QStringLiteral("AMINA"), QStringLiteral("password1"));
        LANGO_VERIFY_OK(signedIn);
        QCOMPARE(signedIn->role, models::Role::Admin);
        QCOMPARE(lastAction(*s.office), QStringLiteral("staff.login"));
        QCOMPARE(s.office->audit.recent(1)->first().actor, QStringLiteral("staff:amina"));
    }

    void rolesSeeOnlyWhatTheyMay_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QStringList>("panels");
        QTest::newRow("admin") << int(models::Role::Admin)
                               << QStringList{QStringLiteral("dashboard"), QStringLiteral("packages"), QStringLiteral("sessions"),
                                              QStringLiteral("customers"), QStringLiteral("vouchers"), QStringLiteral("payments"),
                                              QStringLiteral("routers"), QStringLiteral("staff"), QStringLiteral("audit"),
                                              QStringLiteral("settings")};
        QTest::newRow("cashier") << int(models::Role::Cashier)
                                 << QStringList{QStringLiteral("dashboard"), QStringLiteral("packages"), QStringLiteral("sessions"),
                                                QStringLiteral("customers"), QStringLiteral("vouchers"), QStringLiteral("payments"),
                                                QStringLiteral("routers"), QStringLiteral("settings")};
        QTest::newRow("seller") << int(models::Role::Seller)
                                << QStringList{QStringLiteral("packages"), QStringLiteral("vouchers"), QStringLiteral("settings")};
    }
    void rolesSeeOnlyWhatTheyMay()
    {
        QFETCH(int, role);
        QFETCH(QStringList, panels);
        const auto r = static_cast<models::Role>(role);
        const QStringList all{QStringLiteral("dashboard"), QStringLiteral("packages"), QStringLiteral("sessions"),
                              QStringLiteral("customers"), QStringLiteral("vouchers"), QStringLiteral("payments"),
                              QStringLiteral("routers"), QStringLiteral("staff"), QStringLiteral("audit"), QStringLiteral("settings")};
        QStringList shown;
        for (const QString &key : all) {
            if (app::Permissions::showsPanel(r, key))
                shown << key;
        }
        QCOMPARE(shown, panels);
        QCOMPARE(app::Permissions::allows(r, app::Permission::ManageStaff), r == models::Role::Admin);
        QCOMPARE(app::Permissions::allows(r, app::Permission::ManageRouters), r == models::Role::Admin);
        QCOMPARE(app::Permissions::allows(r, app::Permission::SellByMpesa), r != models::Role::Seller);
        QCOMPARE(app::Permissions::allows(r, app::Permission::ManageSessions), r != models::Role::Seller);
        QVERIFY(app::Permissions::allows(r, app::Permission::GenerateVouchers));   // a seller: for themselves only
        QCOMPARE(app::Permissions::allows(r, app::Permission::ManageVouchers), r != models::Role::Seller);
    }

    void officeDetailsAreChecked()
    {
        app::OfficeDetails details;
        details.name = QStringLiteral("Kawangware WiFi");
        details.phone = QStringLiteral("0712 345 678");
        LANGO_VERIFY_OK(details.validate());
        details.color = QStringLiteral("green");
        QVERIFY(!details.validate());
        details.color = QStringLiteral("#1B7F3B");
        details.name = QString();
        QVERIFY(!details.validate());
        details.name = QStringLiteral("x");
        details.phone = QStringLiteral("call me");
        QVERIFY(!details.validate());
        QVERIFY(!app::OfficeDetails::logoFromFile("GIF89a...."));
        QVERIFY(!app::OfficeDetails::logoFromFile(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(30 * 1024, 'x')));
        LANGO_VERIFY_OK(app::OfficeDetails::logoFromFile(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, 'x')));

        Setup s;
        const QString error = open(QStringLiteral("sqlite"), s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        details.phone = QStringLiteral("0712 345 678");
        // The QR login page: a web address, kept as hotspot.login_url.
        details.loginUrl = QStringLiteral("login.wifi");
        QVERIFY(!details.validate());
        details.loginUrl = QStringLiteral("http://wifi.kawangware/login");
        LANGO_VERIFY_OK(details.save(*s.office, who()));
        QCOMPARE(app::OfficeDetails::load(*s.office)->color, QStringLiteral("#1b7f3b"));
        QCOMPARE(app::OfficeDetails::load(*s.office)->loginUrl, QStringLiteral("http://wifi.kawangware/login"));
        QCOMPARE(s.office->settings.value(QStringLiteral("hotspot.login_url")).value(), QStringLiteral("http://wifi.kawangware/login"));
        QCOMPARE(lastAction(*s.office), QStringLiteral("settings.office"));
    }

    void mpesaKeysAreSealedAndNeverShownBack()
    {
        Setup s;
        const QString error = open(QStringLiteral("sqlite"), s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        app::MpesaSetup::Form form;
        form.shortcode = QStringLiteral("174379");
        QHash<QString, QString> typed{{QStringLiteral("mpesa_consumer_key"), QStringLiteral("key-1")},
                                      {QStringLiteral("mpesa_consumer_secret"), QStringLiteral("secret-1")}};
        const auto missing = app::MpesaSetup::save(*s.office, form, typed, who());
        QVERIFY(!missing);   // no passkey yet
        QVERIFY(missing.error().message.contains(QLatin1String("mpesa_passkey")));
        typed.insert(QStringLiteral("mpesa_passkey"), QStringLiteral("pass-1"));
        LANGO_VERIFY_OK(app::MpesaSetup::save(*s.office, form, typed, who()));
        const auto loaded = app::MpesaSetup::load(*s.office);
        LANGO_VERIFY_OK(loaded);
        QCOMPARE(loaded->shortcode, QStringLiteral("174379"));
        QCOMPARE(loaded->storedSecrets.size(), 3);
        // Saved again without typing keys: the sealed ones stay.
        form.type = QStringLiteral("till");
        form.tillNumber = QStringLiteral("5551234");
        LANGO_VERIFY_OK(app::MpesaSetup::save(*s.office, form, {}, who()));
        const auto config = app::MpesaSetup::configFor(*s.office, form, {});
        LANGO_VERIFY_OK(config);
        QCOMPARE(config->consumerKey, QStringLiteral("key-1"));
        QCOMPARE(config->partyB(), QStringLiteral("5551234"));
        // The audit entry names which keys changed, never their values.
        const auto entries = s.office->audit.recent(5);
        for (const auto &entry : *entries)
            QVERIFY(!entry.detail.contains(QLatin1String("key-1")) && !entry.detail.contains(QLatin1String("pass-1")));
        auto raw = s.office->db().exec(QStringLiteral("SELECT value FROM office_settings WHERE key = 'mpesa_passkey'"));
        QVERIFY(raw && raw->next());
        QVERIFY(!raw->value(0).toString().contains(QLatin1String("pass-1")));
    }
};

LANGO_TEST_GUILESS_MAIN(TestDeskActions)
#include "tst_deskactions.moc"
