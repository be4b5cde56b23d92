// The typed hotspot and system APIs against the emulator.

#include "routeros/apiconnection.h"
#include "routeros/hotspotapi.h"
#include "routeros/hotspotscripts.h"
#include "routeros/sessionwatch.h"
#include "routeros/systemapi.h"
#include "routeros/userpusher.h"
#include "routeros/sim/menuschema.h"
#include "routeros/sim/routeremulator.h"
#include "routerostest.h"
#include "support/testmain.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace lango::routeros;
using lango::routeros::sim::MenuSchema;
using lango::routeros::sim::RouterEmulator;

namespace {

template <typename T>
T await(const QFuture<T> &future)
{
    if (!test::finished(future, 8000))
        qFatal("future did not finish");
    return future.result();
}

HotspotUser user(const QString &name, const QString &profile = QStringLiteral("default"))
{
    HotspotUser u;
    u.name = name;
    u.password = QStringLiteral("pw-") + name;
    u.profile = profile;
    u.comment = QStringLiteral("lango:test");
    return u;
}

} // namespace

class TestHotspotApi final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addsFindsAndRemovesUsers();
    void duplicateAddIsAlreadyExists();
    void updatesEnablesAndDisablesUsers();
    void missingUserIsNotFound();
    void ensureProfileIsIdempotent();
    void ensureProfileUpdatesDrift();
    void walledGardenEnsureIsIdempotent();
    void loginDeviceAndKick();
    void revokeRemovesUserSessionsCookiesAndExpiry();
    void sessionWatchFollowsLoginsAndLogouts();
    void bulkPushCountsAddedAndExisting();
    void bulkPushCanBeCancelled();
    void readsIdentityResourcesAndClockSkew();
    void schedulerNextRunInBothDateStyles_data();
    void schedulerNextRunInBothDateStyles();
    void replaceSchedulerMovesTheExpiry();
    void putsFiles();
    void readsServersAndSetsServerProfile();

private:
    std::unique_ptr<RouterEmulator> m_router;
    std::unique_ptr<ApiConnection> m_connection;
    std::unique_ptr<HotspotApi> m_api;
    std::unique_ptr<SystemApi> m_system;
};

void TestHotspotApi::init()
{
    RouterEmulator::Options options;
    options.password = test::Password;
    m_router = std::make_unique<RouterEmulator>(options);
    m_connection = std::make_unique<ApiConnection>(test::configFor(m_router->listen()));
    m_api = std::make_unique<HotspotApi>(m_connection.get());
    m_system = std::make_unique<SystemApi>(m_connection.get());
}

void TestHotspotApi::cleanup()
{
    m_system.reset();
    m_api.reset();
    m_connection.reset();
    m_router.reset();
}

void TestHotspotApi::addsFindsAndRemovesUsers()
{
    HotspotUser u = user(QStringLiteral("alice"));
    u.limitUptime = 3600;
    u.limitBytesTotal = 500'000'000;
    u.macAddress = QStringLiteral("AA:BB:CC:DD:EE:01");
    const auto id = await(m_api->addUser(u));
    QVERIFY2(id.ok(), test::why(id).constData());
    QVERIFY(id->startsWith(QLatin1Char('*')));

    const auto found = await(m_api->findUser(QStringLiteral("alice")));
    QVERIFY(found.ok() && found->has_value());
    const HotspotUser &back = **found;
    QCOMPARE(back.id, *id);
    QCOMPARE(back.profile.value_or(QString()), QStringLiteral("default"));
    QCOMPARE(back.limitUptime.value_or(0), 3600);
    QCOMPARE(back.limitBytesTotal.value_or(0), 500'000'000);
    QVERIFY(back.hasMacBinding());
    QCOMPARE(back.disabled.value_or(true), false);

    QCOMPARE(await(m_api->users())->size(), 1);
    QCOMPARE(await(m_api->removeUser(QStringLiteral("alice"))).value(), true);
    QCOMPARE(await(m_api->removeUser(QStringLiteral("alice"))).value(), false);  // idempotent
    QVERIFY(!await(m_api->findUser(QStringLiteral("alice")))->has_value());
}

void TestHotspotApi::duplicateAddIsAlreadyExists()
{
    QVERIFY(await(m_api->addUser(user(QStringLiteral("bob")))).ok());
    const auto again = await(m_api->addUser(user(QStringLiteral("bob"))));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
    const auto badProfile = await(m_api->addUser(user(QStringLiteral("carol"), QStringLiteral("lango-none"))));
    QCOMPARE(badProfile.error().code, ErrorCode::Trap);
    QVERIFY(badProfile.error().detail.contains(QStringLiteral("input does not match any value of profile")));
}

void TestHotspotApi::updatesEnablesAndDisablesUsers()
{
    QVERIFY(await(m_api->addUser(user(QStringLiteral("dave")))).ok());
    HotspotUser changes;
    changes.limitUptime = 7200;
    changes.comment = QStringLiteral("topped up");
    QVERIFY(await(m_api->updateUser(QStringLiteral("dave"), changes)).ok());
    QVERIFY(await(m_api->disableUser(QStringLiteral("dave"))).ok());
    auto found = await(m_api->findUser(QStringLiteral("dave")));
    QCOMPARE((*found)->limitUptime.value_or(0), 7200);
    QCOMPARE((*found)->comment.value_or(QString()), QStringLiteral("topped up"));
    QCOMPARE((*found)->disabled.value_or(false), true);
    QVERIFY(await(m_api->enableUser(QStringLiteral("dave"))).ok());
    found = await(m_api->findUser(QStringLiteral("dave")));
    QCOMPARE((*found)->disabled.value_or(true), false);
}

void TestHotspotApi::missingUserIsNotFound()
{
    const auto result = await(m_api->disableUser(QStringLiteral("ghost")));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::NotFound);
    QVERIFY(result.error().message.contains(QStringLiteral("ghost")));
}

void TestHotspotApi::ensureProfileIsIdempotent()
{
    ProfileSpec spec;
    spec.name = QStringLiteral("lango-1h-5m");
    spec.rateLimit = QStringLiteral("1M/5M");
    spec.sharedUsers = 1;
    spec.onLogin = HotspotScripts::onLoginScript({3600, true});
    spec.addMacCookie = true;
    spec.macCookieTimeout = 3600;
    QCOMPARE(await(m_api->ensureProfile(spec)).value(), EnsureOutcome::Created);
    const int commands = m_router->commandCount();
    QCOMPARE(await(m_api->ensureProfile(spec)).value(), EnsureOutcome::Unchanged);
    QCOMPARE(m_router->commandCount(), commands + 1);  // one print, no set
    QCOMPARE(await(m_api->profiles())->size(), 2);     // default + ours
}

void TestHotspotApi::ensureProfileUpdatesDrift()
{
    ProfileSpec spec;
    spec.name = QStringLiteral("lango-day");
    spec.rateLimit = QStringLiteral("2M/4M");
    spec.sharedUsers = 0;  // unlimited
    QCOMPARE(await(m_api->ensureProfile(spec)).value(), EnsureOutcome::Created);
    spec.rateLimit = QStringLiteral("3M/6M");
    QCOMPARE(await(m_api->ensureProfile(spec)).value(), EnsureOutcome::Updated);
    QCOMPARE(await(m_api->ensureProfile(spec)).value(), EnsureOutcome::Unchanged);
    const auto profile = await(m_api->findProfile(spec.name));
    QCOMPARE((*profile)->rateLimit.value_or(QString()), QStringLiteral("3M/6M"));
    QCOMPARE((*profile)->sharedUsers.value_or(-1), 0);
}

void TestHotspotApi::walledGardenEnsureIsIdempotent()
{
    WalledGardenEntry portal;
    portal.dstHost = QStringLiteral("hotspot.example.co.ke");
    portal.comment = QStringLiteral("lango");
    WalledGardenEntry safaricom;
    safaricom.dstHost = QStringLiteral("*.safaricom.co.ke");
    QCOMPARE(await(m_api->ensureWalledGarden({portal, safaricom})).value(), 2);
    QCOMPARE(await(m_api->ensureWalledGarden({portal, safaricom})).value(), 0);
    QCOMPARE(await(m_api->walledGarden())->size(), 2);
}

void TestHotspotApi::loginDeviceAndKick()
{
    QVERIFY(await(m_api->addUser(user(QStringLiteral("erin")))).ok());
    DeviceLogin login{QStringLiteral("erin"), QStringLiteral("pw-erin"), QStringLiteral("10.5.50.20"),
                      QStringLiteral("AA:BB:CC:00:00:20")};
    QVERIFY(await(m_api->loginDevice(login)).ok());
    const auto sessions = await(m_api->activeSessions(QStringLiteral("erin")));
    QCOMPARE(sessions->size(), 1);
    QCOMPARE(sessions->first().macAddress, QStringLiteral("AA:BB:CC:00:00:20"));
    QCOMPARE(sessions->first().address, QStringLiteral("10.5.50.20"));
    login.password = QStringLiteral("wrong");
    login.macAddress = QStringLiteral("AA:BB:CC:00:00:21");
    const auto refused = await(m_api->loginDevice(login));
    QCOMPARE(refused.error().code, ErrorCode::Trap);
    QCOMPARE(refused.error().detail, QStringLiteral("invalid username or password"));
    QCOMPARE(await(m_api->kickUser(QStringLiteral("erin"))).value(), 1);
    QVERIFY(await(m_api->activeSessions())->isEmpty());
}

void TestHotspotApi::revokeRemovesUserSessionsCookiesAndExpiry()
{
    QVERIFY(await(m_api->addUser(user(QStringLiteral("fred")))).ok());
    QVERIFY(await(m_system->addScheduler(HotspotScripts::expireEntry(QStringLiteral("fred"), 3600))).ok());
    QVERIFY(m_router->deviceLogin(QStringLiteral("fred"), QStringLiteral("pw-fred"), QStringLiteral("AA:00:00:00:00:01"),
                                  QStringLiteral("10.5.50.30")).ok());
    QCOMPARE(await(m_api->cookies(QStringLiteral("fred")))->size(), 1);
    QVERIFY(await(m_api->revokeUser(QStringLiteral("fred"))).ok());
    QVERIFY(!await(m_api->findUser(QStringLiteral("fred")))->has_value());
    QVERIFY(await(m_api->activeSessions(QStringLiteral("fred")))->isEmpty());
    QVERIFY(await(m_api->cookies(QStringLiteral("fred")))->isEmpty());
    QVERIFY(!await(m_system->findScheduler(QStringLiteral("lango-exp-fred")))->has_value());
    QVERIFY(await(m_api->revokeUser(QStringLiteral("fred"))).ok());  // idempotent
}

void TestHotspotApi::sessionWatchFollowsLoginsAndLogouts()
{
    m_router->addSession(QStringLiteral("early"), QStringLiteral("AA:00:00:00:00:09"), QStringLiteral("10.5.50.9"));
    SessionWatch *watch = m_api->watchSessions(m_api.get());
    QSignalSpy snapshot(watch, &SessionWatch::snapshotReady);
    QSignalSpy changed(watch, &SessionWatch::sessionChanged);
    QSignalSpy removed(watch, &SessionWatch::sessionRemoved);
    watch->start();
    QTRY_COMPARE(snapshot.count(), 1);
    QCOMPARE(watch->sessions().size(), 1);
    m_router->addSession(QStringLiteral("gina"), QStringLiteral("AA:00:00:00:00:10"), QStringLiteral("10.5.50.10"));
    QTRY_COMPARE(watch->sessions().size(), 2);
    QVERIFY(m_router->logoutDevice(QStringLiteral("AA:00:00:00:00:10")));
    QTRY_COMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().value<ActiveSession>().user, QStringLiteral("gina"));
    QCOMPARE(watch->sessions().size(), 1);
    // After a reconnect the watch re-reads the full list by itself.
    m_router->dropConnections();
    QTRY_COMPARE_WITH_TIMEOUT(snapshot.count(), 2, 5000);
    m_router->addSession(QStringLiteral("hugo"), QStringLiteral("AA:00:00:00:00:11"), QStringLiteral("10.5.50.11"));
    QTRY_COMPARE(watch->sessions().size(), 2);
}

void TestHotspotApi::bulkPushCountsAddedAndExisting()
{
    QVERIFY(await(m_api->addUser(user(QStringLiteral("v0003")))).ok());
    QList<HotspotUser> batch;
    for (int i = 0; i < 300; ++i)
        batch.append(user(QStringLiteral("v%1").arg(i, 4, 10, QLatin1Char('0'))));
    UserPusher *pusher = m_api->addUsers(batch, m_api.get());
    pusher->setMaxInFlight(32);
    QSignalSpy progress(pusher, &UserPusher::progressed);
    QSignalSpy finished(pusher, &UserPusher::finished);
    pusher->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const PushReport report = finished.first().first().value<PushReport>();
    QCOMPARE(report.total, 300);
    QCOMPARE(report.added, 299);
    QCOMPARE(report.existed, 1);
    QCOMPARE(report.existing, QStringList{QStringLiteral("v0003")});
    QVERIFY(report.failures.isEmpty());
    QCOMPARE(progress.count(), 300);
    QCOMPARE(m_router->items(MenuSchema::Users).size(), 300);
}

void TestHotspotApi::bulkPushCanBeCancelled()
{
    m_router->setLatency(5);
    QList<HotspotUser> batch;
    for (int i = 0; i < 2000; ++i)
        batch.append(user(QStringLiteral("c%1").arg(i)));
    UserPusher *pusher = m_api->addUsers(batch, m_api.get());
    pusher->setMaxInFlight(8);
    QSignalSpy finished(pusher, &UserPusher::finished);
    connect(pusher, &UserPusher::progressed, pusher, [pusher](int done) {
        if (done == 20)
            pusher->cancel();
    });
    pusher->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const PushReport report = finished.first().first().value<PushReport>();
    QVERIFY(report.cancelled);
    QVERIFY(report.added >= 20 && report.added <= 28);  // what was in flight still finished
    QCOMPARE(m_router->items(MenuSchema::Users).size(), report.added);
}

void TestHotspotApi::readsIdentityResourcesAndClockSkew()
{
    m_router->setClockOffset(-95);
    QCOMPARE(await(m_system->identity()).value(), QStringLiteral("MikroTik"));
    QVERIFY(await(m_system->setIdentity(QStringLiteral("ofisi-hap"))).ok());
    QCOMPARE(await(m_system->identity()).value(), QStringLiteral("ofisi-hap"));
    const auto resource = await(m_system->resources());
    QCOMPARE(resource->version, QVersionNumber(7, 16));
    QCOMPARE(resource->versionText, QStringLiteral("7.16 (stable)"));
    QCOMPARE(resource->boardName, QStringLiteral("hAP ac^2"));
    QVERIFY(resource->uptime >= 3 * 86400);
    const auto clock = await(m_system->clock());
    QCOMPARE(clock->timeZoneName, QStringLiteral("Africa/Nairobi"));
    QCOMPARE(clock->utcOffsetSeconds, 3 * 3600);
    QVERIFY2(std::llabs(clock->skewSeconds + 95) <= 2, qPrintable(QString::number(clock->skewSeconds)));
}

void TestHotspotApi::schedulerNextRunInBothDateStyles_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("pattern");
    QTest::newRow("6.49 jan/02/2024") << QStringLiteral("6.49.10 (long-term)") << QStringLiteral("^[a-z]{3}/\\d\\d/\\d{4} ");
    QTest::newRow("7.16 2024-01-02") << QStringLiteral("7.16 (stable)") << QStringLiteral("^\\d{4}-\\d\\d-\\d\\d ");
}

void TestHotspotApi::schedulerNextRunInBothDateStyles()
{
    QFETCH(QString, version);
    QFETCH(QString, pattern);
    RouterEmulator::Options options;
    options.password = test::Password;
    options.version = version;
    RouterEmulator router(options);
    ApiConnection connection(test::configFor(router.listen()));
    SystemApi system(&connection);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY(await(system.addScheduler(HotspotScripts::expireEntry(QStringLiteral("ivy"), 7200))).ok());
    const auto entry = await(system.findScheduler(QStringLiteral("lango-exp-ivy")));
    QVERIFY(entry.ok() && entry->has_value());
    QVERIFY2(QRegularExpression(pattern).match((*entry)->nextRunText).hasMatch(), qPrintable((*entry)->nextRunText));
    QVERIFY((*entry)->nextRun.isValid());
    QVERIFY(std::llabs(before.secsTo((*entry)->nextRun) - 7200) <= 2);
    QCOMPARE((*entry)->interval, 7200);
    QCOMPARE(await(system.schedulers(QStringLiteral("lango-exp-")))->size(), 1);
    // The same name twice is refused the way a router refuses it.
    QCOMPARE(await(system.addScheduler(HotspotScripts::expireEntry(QStringLiteral("ivy"), 60))).error().code,
             ErrorCode::AlreadyExists);
}

void TestHotspotApi::replaceSchedulerMovesTheExpiry()
{
    QVERIFY(await(m_system->addScheduler(HotspotScripts::expireEntry(QStringLiteral("jan"), 600))).ok());
    QVERIFY(await(m_system->replaceScheduler(HotspotScripts::expireEntry(QStringLiteral("jan"), 86400))).ok());
    const auto entries = await(m_system->schedulers(QStringLiteral("lango-exp-")));
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().interval, 86400);
    QVERIFY(await(m_system->removeScheduler(QStringLiteral("lango-exp-jan"))).value());
    QVERIFY(!await(m_system->removeScheduler(QStringLiteral("lango-exp-jan"))).value());
}

void TestHotspotApi::putsFiles()
{
    QVERIFY(await(m_system->putFile(QStringLiteral("flash/hotspot/lango.html"), QStringLiteral("<p>v1</p>"))).ok());
    QVERIFY(await(m_system->putFile(QStringLiteral("flash/hotspot/lango.html"), QStringLiteral("<p>v2</p>"))).ok());
    const auto files = await(m_system->files());
    int matches = 0;
    for (const RouterFile &f : *files) {
        if (f.name == QLatin1String("flash/hotspot/lango.html")) {
            ++matches;
            QCOMPARE(f.contents.value_or(QString()), QStringLiteral("<p>v2</p>"));
            QCOMPARE(f.size, 9);
        }
    }
    QCOMPARE(matches, 1);
}

void TestHotspotApi::readsServersAndSetsServerProfile()
{
    const auto servers = await(m_api->servers());
    QCOMPARE(servers->size(), 1);
    QCOMPARE(servers->first().name, QStringLiteral("hotspot1"));
    QCOMPARE(servers->first().profile, QStringLiteral("hsprof1"));
    QVERIFY(await(m_api->setServerProfile(QStringLiteral("hsprof1"),
                                          {{QStringLiteral("html-directory"), QStringLiteral("flash/lango")}})).ok());
    const auto profiles = await(m_api->serverProfiles());
    bool found = false;
    for (const ServerProfile &p : *profiles)
        found = found || (p.name == QLatin1String("hsprof1") && p.htmlDirectory == QLatin1String("flash/lango"));
    QVERIFY(found);
    QCOMPARE(await(m_api->setServerProfile(QStringLiteral("nope"), {})).error().code, ErrorCode::NotFound);
}

LANGO_TEST_GUILESS_MAIN(TestHotspotApi)
#include "tst_hotspotapi.moc"
