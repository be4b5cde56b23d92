#include "common/sqliteurl.h"
#include "models/database.h"
#include "models/migrator.h"
#include "support/testdatabase.h"
#include "support/testmain.h"

#include <QSqlQuery>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lango::models;

class TestMigrations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("sqlite") << "sqlite:///var/lib/lango/lango.db" << true << "sqlite:///var/lib/lango/lango.db";
        QTest::newRow("another machine: verified TLS by default") << "postgresql://lango@db.local:5432/lango" << true
                                                                  << "postgresql://lango@db.local:5432/lango?sslmode=verify-full";
        QTest::newRow("postgres alias, default port") << "postgres://ops@10.0.0.5/billing" << true
                                                      << "postgresql://ops@10.0.0.5:5432/billing?sslmode=verify-full";
        QTest::newRow("this machine: as given") << "postgresql://lango@127.0.0.1/lango" << true << "postgresql://lango@127.0.0.1:5432/lango";
        QTest::newRow("localhost: as given") << "postgresql://lango@localhost/lango" << true << "postgresql://lango@localhost:5432/lango";
        QTest::newRow("sslmode chosen") << "postgresql://lango@db:5432/lango?sslmode=require" << true
                                        << "postgresql://lango@db:5432/lango?sslmode=require";
        QTest::newRow("password refused") << "postgresql://lango:secret@db/lango" << false << "";
        QTest::newRow("password option refused") << "postgresql://lango@db/lango?password=secret" << false << "";
        QTest::newRow("host option refused") << "postgresql://lango@db/lango?host=evil" << false << "";
        QTest::newRow("unknown sslmode") << "postgresql://lango@db/lango?sslmode=sometimes" << false << "";
        QTest::newRow("no database name") << "postgresql://lango@db" << false << "";
        QTest::newRow("sqlite without path") << "sqlite://" << false << "";
        QTest::newRow("mysql") << "mysql://root@db/lango" << false << "";
        QTest::newRow("garbage") << "lango.db" << false << "";
    }
    void parsesUrls()
    {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        QFETCH(QString, normalised);
        const auto parsed = DatabaseUrl::parse(url);
        QCOMPARE(parsed.ok(), valid);
        if (valid)
            QCOMPARE(parsed->toString(), normalised);
        else
            QVERIFY(!parsed.error().message.isEmpty());
    }

    // One computer's whole office in one file: its owner's alone.
    void sqliteFileIsPrivate()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        const auto url = DatabaseUrl::parse(lango::sqliteUrlForFile(dir.path() + QStringLiteral("/office.db")));
        Database db(*url);
        QVERIFY(db.checkConnection().ok());
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
        for (const QString &file : {QStringLiteral("/office.db"), QStringLiteral("/office.db-wal")})   // the WAL holds data too
            QVERIFY2(!(QFile::permissions(dir.path() + file) & others), qPrintable(file));
#else
        QSKIP("file modes are POSIX; Windows keeps the file in the user's own profile");
#endif
    }

    void splitsStatements()
    {
        const QString sql = QStringLiteral(
            "-- comment\nCREATE TABLE a (x INT);\n"
            "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET v = v + 1; END;\n"
            "CREATE FUNCTION f() RETURNS trigger AS $$\nBEGIN\n  PERFORM 1;\n  RETURN NULL;\nEND $$;\n");
        const QStringList statements = Migrator::splitStatements(sql);
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements.at(1).contains(QLatin1String("END;")));
        QVERIFY(statements.at(2).contains(QLatin1String("RETURN NULL;")));
    }

    void appliesAllMigrationsOnce_data() { lango::testing::addBackendRows(); }
    void appliesAllMigrationsOnce()
    {
        QFETCH(QString, backend);
        lango::testing::TestDatabase fixture(backend);
        QVERIFY2(!fixture.url().isEmpty(), qPrintable(fixture.error()));
        auto db = fixture.open(false);
        QVERIFY(db);
        Migrator migrator(*db);
        QCOMPARE(*migrator.currentVersion(), 0);
        const auto applied = migrator.migrate();
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().detail));
        QCOMPARE(*applied, Migrator::latestKnownVersion());
        QCOMPARE(*migrator.currentVersion(), Migrator::latestKnownVersion());
        QCOMPARE(*migrator.migrate(), 0);   // idempotent

        const QStringList tables{QStringLiteral("routers"), QStringLiteral("packages"), QStringLiteral("customers"),
                                 QStringLiteral("purchases"), QStringLiteral("c2b_payments"), QStringLiteral("voucher_batches"),
                                 QStringLiteral("vouchers"), QStringLiteral("grants"), QStringLiteral("jobs"),
                                 QStringLiteral("staff"), QStringLiteral("audit_log")};
        for (const QString &table : tables)
            QVERIFY2(db->exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).ok(), qPrintable(table));
    }

    void refusesNewerSchema_data() { lango::testing::addBackendRows(); }
    void refusesNewerSchema()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        QVERIFY(db->exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'future', 0)")).ok());
        Migrator migrator(*db);
        const auto compatible = migrator.checkCompatible();
        QVERIFY(!compatible);
        QCOMPARE(compatible.error().code, ErrorCode::Migration);
        QVERIFY(compatible.error().message.contains(QLatin1String("newer Lango")));
        QVERIFY(!migrator.migrate());
    }

    // The money invariants live in the schema, not only in code.
    void enforcesUniquePaymentKeys_data() { lango::testing::addBackendRows(); }
    void enforcesUniquePaymentKeys()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        QVERIFY(db->exec(QStringLiteral(
            "INSERT INTO routers (name, host, api_user, api_password_sealed, created_at, updated_at) VALUES ('r', 'h', 'u', 'v1:x', 0, 0)")).ok());
        QVERIFY(db->exec(QStringLiteral(
            "INSERT INTO packages (name, slug, price_cents, duration_s, down_kbps, up_kbps, created_at, updated_at)"
            " VALUES ('p', 'p', 5000, 3600, 1000, 1000, 0, 0)")).ok());
        const QString insert = QStringLiteral(
            "INSERT INTO purchases (public_id, package_id, router_id, phone, amount_cents, state, checkout_request_id, mpesa_receipt,"
            " created_at, updated_at) VALUES ('pub-' || ?, 1, 1, '254712345678', 5000, 'pending', ?, ?, 0, 0)");
        QVERIFY(db->exec(insert, {QStringLiteral("000000000001"), QStringLiteral("ws_CO_1"), QStringLiteral("RCP1")}).ok());
        auto sameCheckout = db->exec(insert, {QStringLiteral("000000000002"), QStringLiteral("ws_CO_1"), QStringLiteral("RCP2")});
        QVERIFY(!sameCheckout);
        QCOMPARE(sameCheckout.error().code, ErrorCode::Conflict);
        auto sameReceipt = db->exec(insert, {QStringLiteral("000000000003"), QStringLiteral("ws_CO_2"), QStringLiteral("RCP1")});
        QCOMPARE(sameReceipt.error().code, ErrorCode::Conflict);
        // Several pending purchases have no receipt yet: NULLs do not clash.
        QVERIFY(db->exec(insert, {QStringLiteral("000000000004"), QStringLiteral("ws_CO_3"), QVariant(QMetaType::fromType<QString>())}).ok());
        QVERIFY(db->exec(insert, {QStringLiteral("000000000005"), QStringLiteral("ws_CO_4"), QVariant(QMetaType::fromType<QString>())}).ok());
        // Range checks: no negative money, no unknown states.
        auto negative = db->exec(QStringLiteral(
            "INSERT INTO purchases (public_id, package_id, router_id, phone, amount_cents, state, created_at, updated_at)"
            " VALUES ('pub-000000000006', 1, 1, '254712345678', -5, 'pending', 0, 0)"));
        QCOMPARE(negative.error().code, ErrorCode::Invalid);
        auto badState = db->exec(QStringLiteral(
            "INSERT INTO purchases (public_id, package_id, router_id, phone, amount_cents, state, created_at, updated_at)"
            " VALUES ('pub-000000000007', 1, 1, '254712345678', 5, 'maybe', 0, 0)"));
        QCOMPARE(badState.error().code, ErrorCode::Invalid);
        // Voucher codes are unique across batches.
        QVERIFY(db->exec(QStringLiteral(
            "INSERT INTO voucher_batches (package_id, voucher_count, price_cents, code_length, created_at) VALUES (1, 2, 5000, 8, 0)")).ok());
        const QString voucher = QStringLiteral("INSERT INTO vouchers (batch_id, code, updated_at) VALUES (1, ?, 0)");
        QVERIFY(db->exec(voucher, {QStringLiteral("ABCD2345")}).ok());
        QCOMPARE(db->exec(voucher, {QStringLiteral("ABCD2345")}).error().code, ErrorCode::Conflict);
    }

    void rollsBackUncommittedWork_data() { lango::testing::addBackendRows(); }
    void rollsBackUncommittedWork()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        {
            Transaction tx(*db);
            QVERIFY(tx.begin().ok());
            QVERIFY(db->exec(QStringLiteral("INSERT INTO office_settings (key, value, updated_at) VALUES ('a', '1', 0)")).ok());
            {
                Transaction inner(*db);   // a store's own transaction joins as a savepoint
                QVERIFY(inner.begin().ok());
                QVERIFY(db->exec(QStringLiteral("INSERT INTO office_settings (key, value, updated_at) VALUES ('b', '1', 0)")).ok());
                QVERIFY(inner.commit().ok());
            }
            // no commit: the guard rolls everything back
        }
        auto q = db->exec(QStringLiteral("SELECT COUNT(*) FROM office_settings"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 0);
        QCOMPARE(db->transactionDepth(), 0);
    }

    // Statements stay prepared per connection; a caller still reading one
    // must not see its rows change under it.
    void reusesPreparedStatementsSafely_data() { lango::testing::addBackendRows(); }
    void reusesPreparedStatementsSafely()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        const QString insert = QStringLiteral("INSERT INTO office_settings (key, value, updated_at) VALUES (?, ?, 0)");
        for (int i = 0; i < 5; ++i)
            LANGO_VERIFY_OK(db->exec(insert, {QStringLiteral("k%1").arg(i), QString::number(i)}));
        QCOMPARE(db->exec(insert, {QStringLiteral("k0"), QStringLiteral("again")}).error().code, ErrorCode::Conflict);
        LANGO_VERIFY_OK(db->exec(insert, {QStringLiteral("k5"), QStringLiteral("5")}));   // the same statement after its failure

        const QString byKey = QStringLiteral("SELECT value FROM office_settings WHERE key >= ? ORDER BY key");
        auto outer = db->exec(byKey, {QStringLiteral("k0")});
        QVERIFY(outer && outer->next());
        QCOMPARE(outer->value(0).toString(), QStringLiteral("0"));
        {
            auto inner = db->exec(byKey, {QStringLiteral("k4")});   // while outer is still being read
            QVERIFY(inner && inner->next());
            QCOMPARE(inner->value(0).toString(), QStringLiteral("4"));
            auto other = db->exec(QStringLiteral("SELECT COUNT(*) FROM office_settings WHERE key <> ?"), {QStringLiteral("k0")});
            QVERIFY(other && other->next());
            QCOMPARE(other->value(0).toInt(), 5);
        }
        QStringList rest;
        while (outer->next())
            rest << outer->value(0).toString();
        QCOMPARE(rest, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")}));
        outer = db->exec(byKey, {QStringLiteral("k5")});
        QVERIFY(outer && outer->next());
        QCOMPARE(outer->value(0).toString(), QStringLiteral("5"));
        QVERIFY(!outer->next());
    }

    // PostgreSQL restarted or an administrator ended the session: the
    // statement that met the break fails, a transaction open across it
    // cannot claim to commit, and the next statement works on a new connection.
    void reconnectsWhenTheServerDropsTheConnection()
    {
        if (!lango::testing::requirePostgres())
            QSKIP("needs PostgreSQL (scripts/test starts one)");
        LANGO_OPEN_DB(db, QStringLiteral("postgresql"));
        auto other = dbFixture.open(false);
        const QString insert = QStringLiteral("INSERT INTO office_settings (key, value, updated_at) VALUES (?, '1', 0)");
        auto pid = db->exec(QStringLiteral("SELECT pg_backend_pid()"));
        QVERIFY(pid && pid->next());
        const int backendPid = pid->value(0).toInt();
        pid = db->exec(QStringLiteral("SELECT 1"));

        Transaction tx(*db);
        LANGO_VERIFY_OK(tx.begin());
        LANGO_VERIFY_OK(db->exec(insert, {QStringLiteral("before")}));
        LANGO_VERIFY_OK(other->exec(QStringLiteral("SELECT pg_terminate_backend(?)"), {backendPid}));
        QVERIFY(!db->exec(insert, {QStringLiteral("during")}).ok());
        QVERIFY(!tx.commit().ok());
        QCOMPARE(db->transactionDepth(), 0);

        LANGO_VERIFY_OK(db->exec(insert, {QStringLiteral("after")}));
        auto keys = db->exec(QStringLiteral("SELECT key FROM office_settings ORDER BY key"));
        QVERIFY(keys);
        QStringList seen;
        while (keys->next())
            seen << keys->value(0).toString();
        QCOMPARE(seen, QStringList{QStringLiteral("after")});
    }
};

LANGO_TEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
