// Staff roles held by PostgreSQL (issue 15), tried as each person would:
// with psql and their own password, straight at the database. A seller
// cannot read payments, change prices or touch another seller's vouchers;
// a cashier cannot add staff; an admin can; every change is audited by the
// database under the person's name, whatever the client claims.

#include "app/server/billingengine.h"
#include "app/billing/provisioner.h"
#include "app/staff/desksignin.h"
#include "app/core/office.h"
#include "app/routers/routerdirectory.h"
#include "app/vouchers/voucherpush.h"
#include "app/vouchers/voucherservice.h"
#include "models/dbexecutor.h"
#include "routeros/sim/routeremulator.h"
#include "app/staff/staffadmin.h"
#include "models/migrator.h"
#include "models/officeroles.h"
#include "models/vouchercodes.h"
#include "support/hosttools.h"
#include "support/httpclient.h"
#include "support/langoprocess.h"
#include "support/testdatabase.h"
#include "support/testmain.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace lango;

namespace {

struct Psql
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestOfficeRoles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!testing::requirePostgres())
            QSKIP("PostgreSQL only: SQLite has no roles (skipped outside CI; CI fails without PostgreSQL)");
        // Each role is tried as an outsider would: with psql, not with Lango.
        LANGO_REQUIRE_HOST_TOOL("psql", QStringLiteral("--version"));
        m_database = std::make_unique<testing::TestDatabase>(QStringLiteral("postgresql"));
        QVERIFY2(!m_database->url().isEmpty(), qPrintable(m_database->error()));
        app::Office::OpenOptions open;
        open.url = *models::DatabaseUrl::parse(m_database->url());
        auto office = app::Office::open(open, m_clock);
        QVERIFY2(office.ok(), office.ok() ? "" : qPrintable(office.error().message + office.error().detail));
        m_office = std::move(*office);
        QVERIFY2(m_office->roles().enforced, qPrintable(m_office->roles().why));

        app::StaffAdmin staff(*m_office);
        const models::AuditEntry owner{0, 0, 0, QStringLiteral("cli"), {}, {}, 0, {}};
        auto add = [&](const char *name, models::Role role) {
            models::StaffMember member;
            member.username = QString::fromLatin1(name);
            member.role = role;
            auto id = staff.add(member, QStringLiteral("pw-%1-secret").arg(QString::fromLatin1(name)), owner);
            if (!id)
                qFatal("%s: %s %s", name, qPrintable(id.error().message), qPrintable(id.error().detail));
            return *id;
        };
        m_admin = add("amina", models::Role::Admin);
        m_cashier = add("baraka", models::Role::Cashier);
        m_seller = add("chebet", models::Role::Seller);
        m_otherSeller = add("dan", models::Role::Seller);

        QVERIFY(m_office->db().exec(QStringLiteral(
            "INSERT INTO routers (name, host, api_user, api_password_sealed, created_at, updated_at) VALUES ('ofisi', '10.0.0.1', 'lango', 'SEALED', 1, 1);"
            "INSERT INTO packages (name, slug, price_cents, duration_s, down_kbps, up_kbps, created_at, updated_at) "
            "VALUES ('1 Hour', '1-hour', 2000, 3600, 5000, 1000, 1, 1);"
            "INSERT INTO purchases (public_id, package_id, router_id, phone, amount_cents, state, created_at, updated_at) "
            "VALUES ('abcdefghijklmnopqrst', 1, 1, '254712345678', 2000, 'paid', 1, 1);"
            "INSERT INTO office_settings (key, value, sealed, updated_at) VALUES ('office.name', 'Mama Wifi', 0, 1), ('mpesa_passkey', 'SEALED', 1, 1)")).ok());
        QVERIFY(m_office->db().exec(QStringLiteral(
            "INSERT INTO voucher_batches (package_id, seller_id, voucher_count, price_cents, code_length, created_by, created_at) VALUES "
            "(1, ?, 1, 2000, 10, ?, 1), (1, ?, 1, 2000, 10, ?, 1)"), {m_seller, m_admin, m_otherSeller, m_admin}).ok());
        QVERIFY(m_office->db().exec(QStringLiteral(
            "INSERT INTO vouchers (batch_id, code, updated_at) VALUES (1, 'CHEBETCODE1', 1), (2, 'DANCODE0001', 1)")).ok());
    }

    // What a seller may not do, straight at the database with their own login.
    void sellerIsRefused_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("read purchases") << "SELECT count(*) FROM purchases";
        QTest::newRow("read paybill payments") << "SELECT count(*) FROM c2b_payments";
        QTest::newRow("read customers") << "SELECT count(*) FROM customers";
        QTest::newRow("read router passwords") << "SELECT api_password_sealed FROM routers";
        QTest::newRow("read password hashes") << "SELECT password_hash FROM staff";
        QTest::newRow("change a price") << "UPDATE packages SET price_cents = 100";
        QTest::newRow("add a router") << "INSERT INTO routers (name, host, api_user, api_password_sealed, created_at, updated_at) "
                                         "VALUES ('x', 'x', 'x', 'x', 1, 1)";
        QTest::newRow("change settings") << "UPDATE office_settings SET value = 'x'";
        QTest::newRow("a batch for another seller") << QStringLiteral(
            "INSERT INTO voucher_batches (package_id, seller_id, voucher_count, price_cents, code_length, created_by, created_at) "
            "VALUES (1, (SELECT id FROM staff WHERE username = 'dan'), 1, 2000, 10, (SELECT lango_current_staff_id()), 1)");
        QTest::newRow("see another's voucher") << "SELECT 1/count(*) FROM vouchers WHERE code = 'DANCODE0001'";
        QTest::newRow("delete the audit") << "DELETE FROM audit_log";
        QTest::newRow("rewrite the audit") << "UPDATE audit_log SET actor = 'nobody'";
        QTest::newRow("give access by hand") << "UPDATE grants SET expires_at = expires_at + 86400";
        QTest::newRow("set someone's password") << "SELECT lango_staff_login((SELECT id FROM staff WHERE username = 'chebet') + 1, 'hunter22222')";
        QTest::newRow("queue router work") << "INSERT INTO jobs (kind, payload, run_at, created_at, updated_at) VALUES ('provision', '{}', 1, 1, 1)";
        // A temporary table named like a real one must not fool the database's own functions.
        QTest::newRow("shadow the staff table") << "CREATE TEMP TABLE staff (id bigint, username text, role text, active int, db_role text)";
        QTest::newRow("make objects of its own") << "CREATE TABLE public.mine (x int)";
    }
    void sellerIsRefused()
    {
        QFETCH(QString, sql);
        const Psql result = psql(QStringLiteral("chebet"), sql);
        // Refused by PostgreSQL itself: a permission or row-level security
        // error (a row it hides counts 0: 1/count(*) divides by zero).
        QVERIFY2(result.exitCode != 0, qPrintable(QStringLiteral("accepted: %1").arg(result.out)));
        QVERIFY2(result.err.contains(QLatin1String("permission denied")) || result.err.contains(QLatin1String("row-level security"))
                     || result.err.contains(QLatin1String("only an admin")) || result.err.contains(QLatin1String("division by zero")),
                 qPrintable(result.err));
        // Nothing changed, as the owner sees it.
        QCOMPARE(scalar(QStringLiteral("SELECT price_cents FROM packages")), QStringLiteral("2000"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM voucher_batches")), QStringLiteral("2"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM vouchers WHERE sold_at IS NOT NULL")), QStringLiteral("0"));
    }

    // What a seller's own work needs, they may do.
    void sellerSellsOwnVouchers()
    {
        QCOMPARE(psql(QStringLiteral("chebet"), QStringLiteral("SELECT code FROM vouchers ORDER BY code")).out.trimmed(),
                 QStringLiteral("CHEBETCODE1"));   // not dan's
        QCOMPARE(psql(QStringLiteral("chebet"), QStringLiteral("SELECT value FROM office_settings ORDER BY key")).out.trimmed(),
                 QStringLiteral("Mama Wifi"));   // not the sealed secret
        const Psql batch = psql(QStringLiteral("chebet"), QStringLiteral(
            "INSERT INTO voucher_batches (package_id, seller_id, voucher_count, price_cents, code_length, created_by, created_at) "
            "VALUES (1, lango_current_staff_id(), 1, 2000, 10, lango_current_staff_id(), 1) RETURNING id"));
        QCOMPARE(batch.exitCode, 0);
        const Psql sold = psql(QStringLiteral("chebet"), QStringLiteral(
            "UPDATE vouchers SET sold_at = 5, sold_by = lango_current_staff_id() WHERE code = 'CHEBETCODE1' RETURNING code"));
        QCOMPARE(sold.out.trimmed(), QStringLiteral("CHEBETCODE1"));
        QCOMPARE(psql(QStringLiteral("chebet"), QStringLiteral("SELECT name FROM packages")).out.trimmed(), QStringLiteral("1 Hour"));
        QCOMPARE(psql(QStringLiteral("chebet"), QStringLiteral("SELECT name FROM routers")).out.trimmed(), QStringLiteral("ofisi"));
        const Psql push = psql(QStringLiteral("chebet"), QStringLiteral(
            "INSERT INTO jobs (kind, payload, run_at, created_at, updated_at) VALUES ('voucher_push', '{\"batch_id\": 1}', 1, 1, 1) RETURNING id"));
        QCOMPARE(push.exitCode, 0);
    }

    void cashierCannotAddStaffAdminCan()
    {
        const Psql cashier = psql(QStringLiteral("baraka"), QStringLiteral(
            "INSERT INTO staff (username, role, password_hash, created_at, updated_at) VALUES ('eve', 'admin', 'x', 1, 1)"));
        QVERIFY(cashier.exitCode != 0);
        QVERIFY(psql(QStringLiteral("baraka"), QStringLiteral("UPDATE packages SET price_cents = 100")).exitCode != 0);
        QCOMPARE(psql(QStringLiteral("baraka"), QStringLiteral("SELECT count(*) FROM purchases")).out.trimmed(), QStringLiteral("1"));
        const Psql admin = psql(QStringLiteral("amina"), QStringLiteral(
            "INSERT INTO staff (username, role, password_hash, created_at, updated_at) VALUES ('eve', 'seller', 'x', 1, 1) RETURNING id"));
        QCOMPARE(admin.exitCode, 0);
        QCOMPARE(psql(QStringLiteral("amina"), QStringLiteral("SELECT lango_staff_login(%1, 'pw-eve-secret')").arg(admin.out.trimmed())).exitCode, 0);
        QCOMPARE(psql(QStringLiteral("eve"), QStringLiteral("SELECT lango_current_kind()")).out.trimmed(), QStringLiteral("seller"));
        QCOMPARE(psql(QStringLiteral("amina"), QStringLiteral("UPDATE packages SET price_cents = 2500 RETURNING id")).exitCode, 0);
        // Not even an admin points a staff row at another login, or renames one.
        QVERIFY(psql(QStringLiteral("amina"), QStringLiteral("UPDATE staff SET db_role = 'lango' WHERE username = 'baraka'")).exitCode != 0);
        QVERIFY(psql(QStringLiteral("amina"), QStringLiteral("UPDATE staff SET username = 'x' WHERE username = 'baraka'")).exitCode != 0);
        // A person named like a group gets a login of their own, not the group.
        const Psql named = psql(QStringLiteral("amina"), QStringLiteral(
            "INSERT INTO staff (username, role, password_hash, created_at, updated_at) VALUES ('seller', 'admin', 'x', 1, 1) RETURNING id"));
        QCOMPARE(named.exitCode, 0);
        QCOMPARE(psql(QStringLiteral("amina"), QStringLiteral("SELECT lango_staff_login(%1, 'pw-seller-secret')").arg(named.out.trimmed())).exitCode, 0);
        QCOMPARE(psql(QStringLiteral("chebet"), QStringLiteral("SELECT lango_current_kind()")).out.trimmed(), QStringLiteral("seller"));
        QVERIFY(psql(QStringLiteral("chebet"), QStringLiteral("SELECT count(*) FROM purchases")).exitCode != 0);
    }

    // The database writes who did what: an entry a client forges names the
    // real author, and changes made straight in psql are recorded too.
    void auditIsWrittenByTheDatabase()
    {
        const Psql forged = psql(QStringLiteral("chebet"), QStringLiteral(
            "INSERT INTO audit_log (at, staff_id, actor, action, entity, detail) VALUES (1, NULL, 'staff:amina', 'voucher.sell', 'voucher', 'x')"));
        QCOMPARE(forged.exitCode, 0);
        QCOMPARE(scalar(QStringLiteral("SELECT actor FROM audit_log WHERE action = 'voucher.sell'")), QStringLiteral("staff:chebet"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'db.packages.update' AND actor = 'staff:amina'")),
                 QStringLiteral("1"));
        // One entry per changed row, naming the row, though asked once per statement.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log a JOIN packages p ON p.id = a.entity_id WHERE a.action = 'db.packages.update'")),
                 QStringLiteral("1"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'db.staff.insert' AND actor = 'staff:amina'")),
                 QStringLiteral("2"));   // eve, and the one named like a group
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'db.voucher_batches.insert' AND actor = 'staff:chebet'")),
                 QStringLiteral("1"));
    }

    // At a desk: a person opens the office as their own login; a seller's
    // desk holds no office key; a wrong password gets the one message.
    void deskSignsInAsThePerson()
    {
        const auto url = *models::DatabaseUrl::parse(m_database->url());
        auto wrong = app::DeskSignIn::asPerson(url, QStringLiteral("baraka"), QStringLiteral("guess"), {}, m_clock);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().message, QStringLiteral("Wrong username or password."));
        QCOMPARE(app::DeskSignIn::asPerson(url, QStringLiteral("nobody"), QStringLiteral("guess"), {}, m_clock).error().message,
                 QStringLiteral("Wrong username or password."));
        auto seller = app::DeskSignIn::asPerson(url, QStringLiteral("chebet"), QStringLiteral("pw-chebet-secret"), {}, m_clock);
        QVERIFY2(seller.ok(), seller.ok() ? "" : qPrintable(seller.error().message + seller.error().detail));
        QCOMPARE(seller->member.username, QStringLiteral("chebet"));
        QCOMPARE(seller->office->kind(), models::OfficeRoles::Kind::Seller);
        QVERIFY(!seller->office->box().hasKey());
        QVERIFY(!seller->office->purchases.list({}).ok());   // the database refuses, whatever the desk tries
        auto cashier = app::DeskSignIn::asPerson(url, QStringLiteral("baraka"), QStringLiteral("pw-baraka-secret"),
                                                 m_office->generatedOfficeKey(), m_clock);
        QVERIFY2(cashier.ok(), cashier.ok() ? "" : qPrintable(cashier.error().message + cashier.error().detail));
        QCOMPARE(cashier->office->kind(), models::OfficeRoles::Kind::Cashier);
        QVERIFY(cashier->office->box().hasKey());
        QCOMPARE(cashier->office->purchases.list({})->size(), 1);
    }

    // A seller makes a batch at their desk, which holds no router password:
    // the server pushes it, and the seller's desk sees the push finish.
    void sellerBatchIsPushedByTheServer()
    {
        routeros::sim::RouterEmulator::Options routerOptions;
        routerOptions.user = QStringLiteral("lango");
        routerOptions.password = QStringLiteral("router-pw");
        routeros::sim::RouterEmulator router(routerOptions);
        const quint16 port = router.listen();
        QVERIFY(port);
        QVERIFY(m_office->db().exec(QStringLiteral(
            "INSERT INTO routers (name, host, port, api_user, api_password_sealed, created_at, updated_at) VALUES ('site', '127.0.0.1', ?, 'lango', ?, 1, 1)"),
            {port, *m_office->box().seal(QStringLiteral("router-pw"))}).ok());
        const qint64 siteId = m_office->routers.byName(QStringLiteral("site"))->id;

        app::BillingEngine::Options engineOptions;
        engineOptions.serveHttp = false;
        app::BillingEngine server(*m_office, engineOptions);   // the office's server, as the owner
        QVERIFY(server.start().ok());

        const auto url = *models::DatabaseUrl::parse(m_database->url());
        auto seller = app::DeskSignIn::asPerson(url, QStringLiteral("chebet"), QStringLiteral("pw-chebet-secret"), {}, m_clock);
        QVERIFY(seller.ok());
        app::Office &desk = *seller->office;
        app::RouterDirectory routers(desk);
        QVERIFY(routers.reload().ok());
        QVERIFY(routers.pool().routerNames().isEmpty());   // reaches no router itself
        models::DbExecutor executor(1);
        app::VoucherService vouchers(desk, routers, executor);
        app::GenerateRequest request;
        request.packageId = 1;
        request.routerId = siteId;
        request.sellerId = m_seller;
        request.count = 5;
        const app::VoucherActor me{QStringLiteral("staff:chebet"), m_seller};
        const auto batch = testing::awaitFuture(vouchers.generate(request, me));
        QVERIFY2(batch.ok(), batch.ok() ? "" : qPrintable(batch.error().message + batch.error().detail));
        app::VoucherPush *push = vouchers.push(*batch);
        QSignalSpy finished(push, &app::VoucherPush::finished);
        push->start();
        server.provisioner().wake();   // the change feed or the poll, in production
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        const auto report = finished.first().first().value<app::VoucherPushReport>();
        QVERIFY2(report.complete(), qPrintable(report.problems.join(QLatin1Char(' '))));
        QCOMPARE(report.pushed(), 5);
        int onRouter = 0;
        for (const auto &user : router.items(u"/ip/hotspot/user"))
            onRouter += user.value(QStringLiteral("comment")) == QStringLiteral("lango:voucher:%1").arg(*batch);
        QCOMPARE(onRouter, 5);
    }

    // An office from before staff roles, with its data: it migrates without
    // losing a row, and its first admin makes their own login by signing in
    // at a desk that still holds the shared password.
    void existingOfficeUpgradesToRoles()
    {
        testing::TestDatabase old(QStringLiteral("postgresql"));
        const auto url = *models::DatabaseUrl::parse(old.url());
        const QStringList tables{QStringLiteral("staff"), QStringLiteral("routers"), QStringLiteral("packages"), QStringLiteral("purchases")};
        QHash<QString, int> before;
        {
            models::Database raw(url);
            QVERIFY(models::Migrator(raw).migrate(3).ok());
            models::StaffStore staff(raw, m_clock);
            models::StaffMember zawadi;
            zawadi.username = QStringLiteral("zawadi");
            zawadi.role = models::Role::Admin;
            QVERIFY(staff.add(zawadi, QStringLiteral("zawadi-old-password")).ok());
            QVERIFY(raw.exec(QStringLiteral(
                "INSERT INTO routers (name, host, api_user, api_password_sealed, created_at, updated_at) VALUES ('ofisi', 'h', 'u', 'p', 1, 1);"
                "INSERT INTO packages (name, slug, price_cents, duration_s, down_kbps, up_kbps, created_at, updated_at) "
                "VALUES ('1 Hour', '1-hour', 2000, 3600, 5000, 1000, 1, 1);"
                "INSERT INTO purchases (public_id, package_id, router_id, phone, amount_cents, state, created_at, updated_at) "
                "VALUES ('abcdefghijklmnopqrst', 1, 1, '254712345678', 2000, 'active', 1, 1)")).ok());
            for (const QString &table : tables) {
                auto q = raw.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
                QVERIFY(q && q->next());
                before.insert(table, q->value(0).toInt());
            }
        }
        app::Office::OpenOptions open;
        open.url = url;
        auto office = app::Office::open(open, m_clock);   // the server's start: migrates, makes the groups
        QVERIFY(office.ok());
        QVERIFY((*office)->roles().enforced);
        for (const QString &table : tables) {
            auto q = (*office)->db().exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
            QVERIFY(q && q->next());
            QCOMPARE(q->value(0).toInt(), before.value(table));
        }
        const QString key = (*office)->generatedOfficeKey();
        QVERIFY(!app::DeskSignIn::asPerson(url, QStringLiteral("zawadi"), QStringLiteral("zawadi-old-password"), key, m_clock));
        auto upgraded = app::DeskSignIn::upgrade(url, {}, QStringLiteral("zawadi"), QStringLiteral("zawadi-old-password"), key, m_clock);
        QVERIFY2(upgraded.ok(), upgraded.ok() ? "" : qPrintable(upgraded.error().message + upgraded.error().detail));
        QVERIFY(upgraded->loginMade);
        QCOMPARE(upgraded->office->kind(), models::OfficeRoles::Kind::Admin);
        QVERIFY(app::DeskSignIn::asPerson(url, QStringLiteral("zawadi"), QStringLiteral("zawadi-old-password"), key, m_clock).ok());
        // A wrong password makes no login.
        QVERIFY(!app::DeskSignIn::upgrade(url, {}, QStringLiteral("zawadi"), QStringLiteral("nope"), key, m_clock));
    }

    // The same through the CLI of a seller's computer: it signs in as the
    // seller, the database refuses what a seller may not do, their own sale
    // works and is audited under their name.
    void sellerThroughTheCli()
    {
        testing::LangoProcess lango;
        lango.environment().insert(QStringLiteral("LANGO_STAFF"), QStringLiteral("chebet"));
        lango.environment().insert(QStringLiteral("LANGO_STAFF_PASSWORD"), QStringLiteral("pw-chebet-secret"));
        const QStringList db{QStringLiteral("--db"), m_database->url()};
        const auto purchases = lango.run(db + QStringList{QStringLiteral("purchase"), QStringLiteral("list")});
        QCOMPARE(purchases.exitCode, 1);
        const auto price = lango.run(db + QStringList{QStringLiteral("package"), QStringLiteral("edit"), QStringLiteral("1"),
                                                      QStringLiteral("--price"), QStringLiteral("1")});
        QCOMPARE(price.exitCode, 1);
        QCOMPARE(scalar(QStringLiteral("SELECT price_cents FROM packages WHERE id = 1")), QStringLiteral("2500"));
        QVERIFY(m_office->db().exec(QStringLiteral("INSERT INTO vouchers (batch_id, code, updated_at) VALUES (1, ?, 1)"),
                                    {models::VoucherCodes::generate(10)}).ok());
        const QString code = scalar(QStringLiteral("SELECT code FROM vouchers WHERE batch_id = 1 AND sold_at IS NULL ORDER BY id DESC LIMIT 1"));
        const auto sold = lango.run(db + QStringList{QStringLiteral("voucher"), QStringLiteral("sell"), code});
        QVERIFY2(sold.exitCode == 0, qPrintable(sold.err));
        QCOMPARE(scalar(QStringLiteral("SELECT actor FROM audit_log WHERE action = 'voucher.sell' ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("staff:chebet"));
        // Without a person, a desk's CLI does not get in as the office.
        testing::LangoProcess anonymous;
        QCOMPARE(anonymous.run(db + QStringList{QStringLiteral("purchase"), QStringLiteral("list")}).exitCode, 1);
    }

    // Deactivating a person takes their database login away at once, and a
    // session they still hold open sees nothing more.
    void deactivatedStaffCannotSignIn()
    {
        const auto url = *models::DatabaseUrl::parse(m_database->url());
        models::Database stillOpen(app::DeskSignIn::urlFor(url, QStringLiteral("dan")), QStringLiteral("pw-dan-secret"));
        auto before = stillOpen.exec(QStringLiteral("SELECT count(*) FROM vouchers"));
        QVERIFY(before && before->next());
        QCOMPARE(before->value(0).toInt(), 1);   // dan's own voucher
        QVERIFY(m_office->db().exec(QStringLiteral("UPDATE staff SET active = 0 WHERE username = 'dan'")).ok());
        auto after = stillOpen.exec(QStringLiteral("SELECT count(*) FROM vouchers"));
        QVERIFY(!after || (after->next() && after->value(0).toInt() == 0));
        QVERIFY(psql(QStringLiteral("dan"), QStringLiteral("SELECT 1")).exitCode != 0);
        QVERIFY(psql(QStringLiteral("chebet"), QStringLiteral("SELECT 1"), QStringLiteral("wrong-password")).exitCode != 0);
    }

private:
    Psql psql(const QString &username, const QString &sql, const QString &password = {})
    {
        const auto url = models::DatabaseUrl::parse(m_database->url());
        QProcess process;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), password.isEmpty() ? QStringLiteral("pw-%1-secret").arg(username) : password);
        process.setProcessEnvironment(env);
        const QString role = models::OfficeRoles::loginRole(url->name, username);
        process.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-tA"), QStringLiteral("-v"),
                                               QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), url->host, QStringLiteral("-p"),
                                               QString::number(url->port), QStringLiteral("-U"), role, QStringLiteral("-d"), url->name,
                                               QStringLiteral("-c"), sql});
        process.waitForFinished(20000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }
    QString scalar(const QString &sql)
    {
        auto q = m_office->db().exec(sql);
        return q && q->next() ? q->value(0).toString() : QStringLiteral("<error>");
    }

    models::SystemClock m_clock;
    std::unique_ptr<testing::TestDatabase> m_database;
    std::unique_ptr<app::Office> m_office;
    qint64 m_admin = 0;
    qint64 m_cashier = 0;
    qint64 m_seller = 0;
    qint64 m_otherSeller = 0;
};

LANGO_TEST_GUILESS_MAIN(TestOfficeRoles)
#include "tst_officeroles.moc"
