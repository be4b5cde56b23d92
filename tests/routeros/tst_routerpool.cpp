// RouterPool: one service for all routers, with health from periodic probes.

#include "routeros/apiconnection.h"
#include "routeros/routerpool.h"
#include "routeros/sim/routeremulator.h"
#include "routerostest.h"
#include "support/testmain.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace lango::routeros;
using lango::routeros::sim::RouterEmulator;

namespace {

std::unique_ptr<RouterEmulator> makeRouter(const QString &identity, qint64 clockOffset = 0)
{
    RouterEmulator::Options options;
    options.password = test::Password;
    options.identity = identity;
    options.clockOffsetSeconds = clockOffset;
    auto router = std::make_unique<RouterEmulator>(options);
    router->listen();
    return router;
}

} // namespace

class TestRouterPool final : public QObject
{
    Q_OBJECT

private slots:
    void reportsHealthOfEveryRouter();
    void downRouterShowsItsErrorAndRecovers();
    void lostConnectionIsSeenBetweenProbes();
    void setRoutersAddsUpdatesAndRemoves();
    void unknownRouterHasNoConnection();
};

void TestRouterPool::reportsHealthOfEveryRouter()
{
    auto ofisi = makeRouter(QStringLiteral("ofisi-hap"), 120);
    auto duka = makeRouter(QStringLiteral("duka-hex"));
    RouterPool pool;
    QSignalSpy changed(&pool, &RouterPool::healthChanged);
    pool.setRouters({test::configFor(ofisi->port(), QStringLiteral("ofisi")),
                     test::configFor(duka->port(), QStringLiteral("duka"))});
    QCOMPARE(pool.routerNames(), (QStringList{QStringLiteral("duka"), QStringLiteral("ofisi")}));
    QTRY_VERIFY(pool.health(QStringLiteral("ofisi")).lastChecked.isValid() && pool.health(QStringLiteral("duka")).lastChecked.isValid());
    const RouterHealth health = pool.health(QStringLiteral("ofisi"));
    QVERIFY(health.up);
    QVERIFY(!health.lastError);
    QCOMPARE(health.identity, QStringLiteral("ofisi-hap"));
    QCOMPARE(health.version, QStringLiteral("7.16 (stable)"));
    QVERIFY(health.rttMs >= 0 && health.rttMs < 1000);
    QVERIFY(health.clockSkewSeconds && std::llabs(*health.clockSkewSeconds - 120) <= 2);
    QCOMPARE(pool.health(QStringLiteral("duka")).identity, QStringLiteral("duka-hex"));
    QVERIFY(changed.count() >= 2);
    QCOMPARE(pool.healthAll().size(), 2);
    QVERIFY(pool.connection(QStringLiteral("ofisi"))->isReady());
    QVERIFY(pool.hotspot(QStringLiteral("ofisi")) && pool.system(QStringLiteral("ofisi")));
}

void TestRouterPool::downRouterShowsItsErrorAndRecovers()
{
    auto router = makeRouter(QStringLiteral("r1"));
    const quint16 port = router->port();
    router->stopListening();
    RouterPool pool;
    QSignalSpy probed(&pool, &RouterPool::probed);
    ConnectionConfig config = test::configFor(port, QStringLiteral("mlimani"));
    config.maxBackoffMs = 500;
    pool.addRouter(config);
    QTRY_COMPARE(probed.count(), 1);
    RouterHealth health = pool.health(QStringLiteral("mlimani"));
    QVERIFY(!health.up);
    QVERIFY(health.lastError);
    QCOMPARE(health.lastError->code, ErrorCode::Refused);
    QVERIFY(health.lastError->message.contains(QStringLiteral("mlimani")));

    QVERIFY(router->listen() == port);
    QSignalSpy changed(&pool, &RouterPool::healthChanged);
    pool.probe(QStringLiteral("mlimani"));
    QTRY_COMPARE_WITH_TIMEOUT(probed.count(), 2, 5000);
    health = pool.health(QStringLiteral("mlimani"));
    QVERIFY(health.up);
    QVERIFY(!health.lastError);
    QVERIFY(changed.count() >= 1);
}

void TestRouterPool::lostConnectionIsSeenBetweenProbes()
{
    auto router = makeRouter(QStringLiteral("r2"));
    RouterPool pool;
    pool.setProbeInterval(0);
    pool.addRouter(test::configFor(router->port(), QStringLiteral("soko")));
    QTRY_VERIFY(pool.health(QStringLiteral("soko")).up);
    QSignalSpy changed(&pool, &RouterPool::healthChanged);
    router->dropConnections();
    QTRY_VERIFY(!changed.isEmpty());
    QCOMPARE(changed.first().at(1).value<RouterHealth>().up, false);
    // The connection comes back by itself, and so does the health.
    QTRY_VERIFY(pool.health(QStringLiteral("soko")).up);
}

void TestRouterPool::setRoutersAddsUpdatesAndRemoves()
{
    auto first = makeRouter(QStringLiteral("first"));
    auto second = makeRouter(QStringLiteral("second"));
    RouterPool pool;
    QSignalSpy removed(&pool, &RouterPool::routerRemoved);
    pool.setRouters({test::configFor(first->port(), QStringLiteral("kituo"))});
    QTRY_COMPARE(pool.health(QStringLiteral("kituo")).identity, QStringLiteral("first"));
    // The same name, moved to another address: the pool reconnects.
    pool.setRouters({test::configFor(second->port(), QStringLiteral("kituo"))});
    QTRY_COMPARE(pool.health(QStringLiteral("kituo")).identity, QStringLiteral("second"));
    QCOMPARE(pool.connection(QStringLiteral("kituo"))->config().port, second->port());
    pool.setRouters({});
    QCOMPARE(removed.count(), 1);
    QVERIFY(pool.routerNames().isEmpty());
    QVERIFY(!pool.connection(QStringLiteral("kituo")));
}

void TestRouterPool::unknownRouterHasNoConnection()
{
    RouterPool pool;
    QVERIFY(!pool.connection(QStringLiteral("nowhere")));
    QVERIFY(!pool.hotspot(QStringLiteral("nowhere")));
    QVERIFY(!pool.health(QStringLiteral("nowhere")).up);
    QVERIFY(!pool.removeRouter(QStringLiteral("nowhere")));
}

LANGO_TEST_GUILESS_MAIN(TestRouterPool)
#include "tst_routerpool.moc"
