#include "models/auditlog.h"
#include "models/grantstore.h"
#include "models/officesettings.h"
#include "models/packagestore.h"
#include "models/packagetablemodel.h"
#include "models/routerstore.h"
#include "models/secretbox.h"
#include "models/staffstore.h"
#include "support/testdatabase.h"
#include "support/testmain.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>

using namespace lango::models;

namespace {

Package samplePackage(const QString &name = QStringLiteral("1 Hour"), qint64 kes = 20)
{
    Package p;
    p.name = name;
    p.priceCents = kes * 100;
    p.durationSeconds = 3600;
    p.downKbps = 5000;
    p.upKbps = 1000;
    return p;
}

Router sampleRouter(const QString &name = QStringLiteral("ofisi"))
{
    Router r;
    r.name = name;
    r.host = QStringLiteral("192.168.88.1");
    r.apiUser = QStringLiteral("lango");
    r.apiPasswordSealed = QStringLiteral("v1:sealed");
    return r;
}

} // namespace

class TestStores final : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;

private Q_SLOTS:
    void packagesRoundTrip_data() { lango::testing::addBackendRows(); }
    void packagesRoundTrip()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        PackageStore packages(*db, m_clock);
        Package p = samplePackage();
        p.dataBytes = qint64(1) << 30;
        const auto id = packages.add(p);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        const auto loaded = packages.byId(*id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->name, p.name);
        QCOMPARE(loaded->slug, QStringLiteral("1-hour"));
        QCOMPARE(loaded->priceCents, qint64(2000));
        QCOMPARE(loaded->dataBytes.value_or(0), qint64(1) << 30);
        QVERIFY(!loaded->uptimeSeconds.has_value());
        QCOMPARE(loaded->createdAt, m_clock.now());

        Package edited = *loaded;
        edited.name = QStringLiteral("Saa Moja");
        edited.priceCents = 2500;
        QVERIFY(packages.update(edited).ok());
        QCOMPARE(packages.byId(*id)->slug, QStringLiteral("saa-moja"));
        QCOMPARE(packages.list()->size(), 1);
    }

    void refusesBadOrDuplicatePackages_data() { lango::testing::addBackendRows(); }
    void refusesBadOrDuplicatePackages()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        PackageStore packages(*db, m_clock);
        QVERIFY(packages.add(samplePackage()).ok());
        const auto duplicate = packages.add(samplePackage(QStringLiteral("1 hour")));
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().code, ErrorCode::Conflict);
        QVERIFY(duplicate.error().message.contains(QLatin1String("already exists")));
        Package bad = samplePackage(QStringLiteral("Free"), 0);
        QCOMPARE(packages.add(bad).error().code, ErrorCode::Invalid);
        QCOMPARE(packages.list()->size(), 1);   // bad input changed nothing
    }

    void removesOrRetiresPackages_data() { lango::testing::addBackendRows(); }
    void removesOrRetiresPackages()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        PackageStore packages(*db, m_clock);
        RouterStore routers(*db, m_clock);
        const auto unusedId = packages.add(samplePackage(QStringLiteral("Unused")));
        const auto soldId = packages.add(samplePackage(QStringLiteral("Sold")));
        const auto routerId = routers.add(sampleRouter());
        LANGO_VERIFY_OK(unusedId);
        LANGO_VERIFY_OK(soldId);
        LANGO_VERIFY_OK(routerId);
        const qint64 unused = *unusedId, sold = *soldId, router = *routerId;
        QVERIFY(db->exec(QStringLiteral("INSERT INTO purchases (public_id, package_id, router_id, phone, amount_cents, state, created_at, updated_at)"
                                        " VALUES ('pub-0000000000001', ?, ?, '254712345678', 2000, 'failed', 0, 0)"), {sold, router}).ok());
        const auto removedUnused = packages.remove(unused);
        LANGO_VERIFY_OK(removedUnused);
        QCOMPARE(*removedUnused, PackageStore::Removal::Deleted);
        const auto removedSold = packages.remove(sold);
        LANGO_VERIFY_OK(removedSold);
        QCOMPARE(*removedSold, PackageStore::Removal::Retired);
        QCOMPARE(packages.list()->size(), 0);
        QCOMPARE(packages.list(true)->size(), 1);
        // A retired name is free again, under a new profile slug.
        const qint64 again = *packages.add(samplePackage(QStringLiteral("Sold")));
        QCOMPARE(packages.byId(again)->slug, QStringLiteral("sold-2"));
        QCOMPARE(packages.remove(424242).error().code, ErrorCode::NotFound);
    }

    void packagesSoldOnChosenRouters_data() { lango::testing::addBackendRows(); }
    void packagesSoldOnChosenRouters()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        PackageStore packages(*db, m_clock);
        RouterStore routers(*db, m_clock);
        const qint64 a = *routers.add(sampleRouter(QStringLiteral("a")));
        const qint64 b = *routers.add(sampleRouter(QStringLiteral("b")));
        Package onlyA = samplePackage(QStringLiteral("Only A"));
        onlyA.routerIds = {a};
        QVERIFY(packages.add(onlyA).ok());
        QVERIFY(packages.add(samplePackage(QStringLiteral("Everywhere"))).ok());
        QCOMPARE(packages.forRouter(a)->size(), 2);
        QCOMPARE(packages.forRouter(b)->size(), 1);
        Package ghost = samplePackage(QStringLiteral("Ghost"));
        ghost.routerIds = {999};
        QVERIFY(!packages.add(ghost));
        QCOMPARE(packages.list()->size(), 2);
    }

    void routersRoundTrip_data() { lango::testing::addBackendRows(); }
    void routersRoundTrip()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        RouterStore routers(*db, m_clock);
        Router r = sampleRouter();
        r.useTls = true;
        r.port = 8729;
        r.tlsFingerprint = QString(64, QLatin1Char('a'));
        const auto id = routers.add(r);
        QVERIFY(id.ok());
        auto loaded = routers.byName(QStringLiteral("ofisi"));
        QVERIFY(loaded.ok());
        QVERIFY(loaded->useTls);
        QCOMPARE(loaded->port, 8729);
        QCOMPARE(loaded->tlsFingerprint, r.tlsFingerprint);
        QCOMPARE(routers.add(r).error().code, ErrorCode::Conflict);
        Router bad = sampleRouter(QStringLiteral("has space"));
        QCOMPARE(routers.add(bad).error().code, ErrorCode::Invalid);
        loaded->enabled = false;
        QVERIFY(routers.update(*loaded).ok());
        QVERIFY(!routers.byId(*id)->enabled);
        QVERIFY(routers.remove(*id).ok());
        QCOMPARE(routers.byName(QStringLiteral("ofisi")).error().code, ErrorCode::NotFound);
    }

    void staffPasswordsAreHashed_data() { lango::testing::addBackendRows(); }
    void staffPasswordsAreHashed()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        StaffStore staff(*db, m_clock);
        StaffMember amina;
        amina.username = QStringLiteral("Amina");
        amina.role = Role::Cashier;
        const auto id = staff.add(amina, QStringLiteral("correct horse"));
        QVERIFY(id.ok());
        QVERIFY(staff.authenticate(QStringLiteral("amina"), QStringLiteral("correct horse")).ok());
        QVERIFY(!staff.authenticate(QStringLiteral("amina"), QStringLiteral("wrong")));
        QCOMPARE(staff.authenticate(QStringLiteral("nobody"), QStringLiteral("x")).error().message,
                 staff.authenticate(QStringLiteral("amina"), QStringLiteral("x")).error().message);
        QCOMPARE(staff.add(amina, QStringLiteral("short")).error().code, ErrorCode::Invalid);
        auto q = db->exec(QStringLiteral("SELECT password_hash FROM staff"));
        QVERIFY(q && q->next());
        QVERIFY(!q->value(0).toString().contains(QLatin1String("correct horse")));
        QVERIFY(q->value(0).toString().startsWith(QLatin1String("$argon2id$")));
    }

    void auditLogKeepsEntries_data() { lango::testing::addBackendRows(); }
    void auditLogKeepsEntries()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        AuditLog audit(*db, m_clock);
        QVERIFY(audit.record({0, 0, 0, QStringLiteral("cli"), QStringLiteral("package.add"), QStringLiteral("package"), 7,
                              QStringLiteral("added 1 Hour")}).ok());
        QVERIFY(audit.record({0, 0, 0, QStringLiteral("cli"), QStringLiteral("package.remove"), QStringLiteral("package"), 7, {}}).ok());
        const auto entries = audit.recent(10);
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->first().action, QStringLiteral("package.remove"));   // newest first
        QCOMPARE(entries->last().entityId, qint64(7));
    }

    void writesSentTogetherLandAllOrNone_data() { lango::testing::addBackendRows(); }
    void writesSentTogetherLandAllOrNone()
    {
        // A callback group keeps its bodies and its audit entries in one
        // round trip (one statement on PostgreSQL): both land, or neither.
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        AuditLog audit(*db, m_clock);
        CallbackLog callbacks(*db, m_clock);
        const AuditEntry paid{0, 0, 0, QStringLiteral("system"), QStringLiteral("payment.received"), QStringLiteral("purchase"), 7, {}};
        const CallbackLog::Entry body{0, QStringLiteral("stk"), QStringLiteral("ws_CO_1"), QStringLiteral("{}"), QStringLiteral("parked"), 0};
        LANGO_VERIFY_OK(db->execTogether({callbacks.insertMany({body, body, body}), Statement{}, audit.insertMany({paid})}));
        const auto kept = audit.recent(10);
        QCOMPARE(kept->size(), 1);
        QCOMPARE(kept->first().action, QStringLiteral("payment.received"));
        QCOMPARE(callbacks.parked(QStringLiteral("ws_CO_1"))->size(), 3);

        // One refused (audit entries need a time): the other is not kept either.
        const auto refused = db->execTogether({callbacks.insertMany({body}), Statement{QStringLiteral("UPDATE audit_log SET at = NULL WHERE entity_id = ?"), {7}}});
        QVERIFY(!refused);
        QCOMPARE(callbacks.parked(QStringLiteral("ws_CO_1"))->size(), 3);
        QCOMPARE(audit.recent(10)->first().at, kept->first().at);
        LANGO_VERIFY_OK(db->execTogether({audit.insertMany({}), callbacks.insertMany({})}));   // nothing to do
    }

    void sealedSecretsNeverInPlainText_data() { lango::testing::addBackendRows(); }
    void sealedSecretsNeverInPlainText()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        auto box = SecretBox::fromKey(SecretBox::generateKey());
        QVERIFY(box.ok());
        OfficeSettings settings(*db, m_clock);
        const QString secret = QStringLiteral("daraja-consumer-secret-XYZ");
        QVERIFY(settings.setSecret(QStringLiteral("mpesa_consumer_secret"), secret, *box).ok());
        QCOMPARE(*settings.secret(QStringLiteral("mpesa_consumer_secret"), *box), secret);
        auto q = db->exec(QStringLiteral("SELECT value FROM office_settings"));
        while (q->next())
            QVERIFY(!q->value(0).toString().contains(QLatin1String("XYZ")));
        // Another office's key cannot open it, and says so.
        auto other = SecretBox::fromKey(SecretBox::generateKey());
        const auto wrong = settings.secret(QStringLiteral("mpesa_consumer_secret"), *other);
        QVERIFY(!wrong);
        QVERIFY(wrong.error().message.contains(QLatin1String("office key")));
        QVERIFY(settings.checkOfficeKey(*box).ok());    // plants the canary
        QVERIFY(settings.checkOfficeKey(*box).ok());
        QVERIFY(!settings.checkOfficeKey(*other));
    }

    void secretBoxRejectsDamage()
    {
        auto box = SecretBox::fromKey(SecretBox::generateKey());
        const QString sealed = *box->seal(QStringLiteral("pw"));
        QVERIFY(sealed.startsWith(QLatin1String("v1:")));
        QVERIFY(sealed != *box->seal(QStringLiteral("pw")));   // fresh nonce each time
        QString tampered = sealed;
        tampered[10] = tampered.at(10) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QVERIFY(!box->open(tampered));
        QVERIFY(!box->open(QStringLiteral("plain")));
        QVERIFY(!SecretBox::fromKey(QStringLiteral("short")));
        QVERIFY(!SecretBox().seal(QStringLiteral("x")));
    }

    void packageModelDiffsRows()
    {
        PackageTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Package a = samplePackage(QStringLiteral("A"));
        a.id = 1;
        Package b = samplePackage(QStringLiteral("B"));
        b.id = 2;
        model.setRows({a, b});
        QCOMPARE(model.rowCount(), 2);
        b.priceCents = 9900;
        Package c = samplePackage(QStringLiteral("C"));
        c.id = 3;
        model.setRows({b, c});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.row(0).name, QStringLiteral("B"));
        QCOMPARE(model.data(model.index(0, PackageTableModel::Price)).toString(), QStringLiteral("KES 99"));
        QCOMPARE(model.data(model.index(0, PackageTableModel::Price), PackageTableModel::SortRole).toLongLong(), qint64(9900));
        QCOMPARE(model.indexOfId(3), 1);
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }
};

LANGO_TEST_GUILESS_MAIN(TestStores)
#include "tst_stores.moc"
