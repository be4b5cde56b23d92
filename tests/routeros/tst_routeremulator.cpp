// The emulator behaves like a router: any API client can use it, queries
// and traps are RouterOS's, and the hotspot's login rules, on-login script,
// limits and scheduler act as on the real thing.

#include "routeros/apiconnection.h"
#include "routeros/hotspotapi.h"
#include "routeros/hotspotscripts.h"
#include "routeros/routererrors.h"
#include "routeros/sentenceparser.h"
#include "routeros/wordcodec.h"
#include "routeros/sim/menuschema.h"
#include "routeros/sim/routeremulator.h"
#include "routerostest.h"
#include "support/testmain.h"

#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace lango::routeros;
using lango::routeros::sim::MenuSchema;
using lango::routeros::sim::ItemTable;
using lango::routeros::sim::MenuSpec;
using lango::routeros::sim::Properties;
using lango::routeros::sim::RouterEmulator;
using lango::routeros::sim::RouterState;

namespace {

const QString MacA = QStringLiteral("AA:AA:AA:00:00:01");
const QString MacB = QStringLiteral("BB:BB:BB:00:00:02");
const QString IpA = QStringLiteral("10.5.50.11");
const QString IpB = QStringLiteral("10.5.50.12");

} // namespace

class TestRouterEmulator final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rawClientGetsNotLoggedIn();
    void printQueriesFollowTheStackRules_data();
    void printQueriesFollowTheStackRules();
    void printLookupsFollowChanges();
    void printedButNotStoredIsNeverIndexed();
    void countOnlyAndProplist();
    void trapsAreWordedLikeARouter_data();
    void trapsAreWordedLikeARouter();
    void wireGuardAsOnRouterOsSeven();
    void setByNumbersAndUnset();
    void deviceLoginRules_data();
    void deviceLoginRules();
    void sharedUsersLimitsDevices();
    void firstLoginStartsExpiryAndBindsMac();
    void expiryEntryFiresAndRevokesEverything();
    void uptimeLimitEndsTheSession();
    void trafficLimitEndsTheSession();
    void macCookieLogsTheDeviceBackIn();

private:
    Reply run(const Command &command);
    Result<Reply> tryRun(const Command &command);
    void addUser(const QString &name, const QStringList &extra = {});

    std::unique_ptr<RouterEmulator> m_router;
    std::unique_ptr<ApiConnection> m_connection;
};

void TestRouterEmulator::init()
{
    RouterEmulator::Options options;
    options.password = test::Password;
    m_router = std::make_unique<RouterEmulator>(options);
    m_connection = std::make_unique<ApiConnection>(test::configFor(m_router->listen()));
}

void TestRouterEmulator::cleanup()
{
    m_connection.reset();
    m_router.reset();
}

Result<Reply> TestRouterEmulator::tryRun(const Command &command)
{
    const auto future = m_connection->request(command);
    if (!test::finished(future))
        return Error{ErrorCode::Timeout, QStringLiteral("test gave up"), {}};
    return future.result();
}

Reply TestRouterEmulator::run(const Command &command)
{
    const Result<Reply> reply = tryRun(command);
    if (!reply)
        qWarning() << "command failed:" << reply.error().detail;
    return reply.valueOr({});
}

void TestRouterEmulator::addUser(const QString &name, const QStringList &extra)
{
    Command add(u"/ip/hotspot/user/add");
    add.attr(u"name", name).attr(u"password", QStringLiteral("pw"));
    for (const QString &word : extra)
        add.word(word.toUtf8());
    const auto reply = tryRun(add);
    QVERIFY2(reply.ok(), test::why(reply).constData());
}

void TestRouterEmulator::rawClientGetsNotLoggedIn()
{
    // A hand-rolled client: plain socket plus the codec, no ApiConnection.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_router->port());
    QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
    socket.write(WordCodec::encodeSentence({"/system/identity/print", ".tag=a"}));
    SentenceParser parser;
    QList<Sentence> replies;
    QTRY_VERIFY([&] {
        parser.feed(socket.readAll());
        Sentence s;
        while (parser.next(s))
            replies.append(s);
        return replies.size() >= 2;
    }());
    QCOMPARE(replies[0].type(), Sentence::Type::Trap);
    QCOMPARE(replies[0].attribute("message"), QStringLiteral("not logged in"));
    QCOMPARE(replies[1].type(), Sentence::Type::Done);
    QCOMPARE(replies[1].tag(), QByteArray("a"));
}

void TestRouterEmulator::printQueriesFollowTheStackRules_data()
{
    QTest::addColumn<QStringList>("queries");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("equals") << QStringList{QStringLiteral("?name=u2")} << QStringList{QStringLiteral("u2")};
    QTest::newRow("profile p1 or p2") << QStringList{QStringLiteral("?profile=p1"), QStringLiteral("?profile=p2"), QStringLiteral("?#|")}
                                      << QStringList{QStringLiteral("u1"), QStringLiteral("u2")};
    QTest::newRow("not disabled") << QStringList{QStringLiteral("?disabled=true"), QStringLiteral("?#!")}
                                  << QStringList{QStringLiteral("u1"), QStringLiteral("u3")};
    QTest::newRow("has no comment") << QStringList{QStringLiteral("?-comment")} << QStringList{QStringLiteral("u2"), QStringLiteral("u3")};
    QTest::newRow("has comment") << QStringList{QStringLiteral("?comment")} << QStringList{QStringLiteral("u1")};
    QTest::newRow("less than") << QStringList{QStringLiteral("?<limit-bytes-total=2000")} << QStringList{QStringLiteral("u1")};
    QTest::newRow("greater than") << QStringList{QStringLiteral("?>limit-bytes-total=2000")} << QStringList{QStringLiteral("u2")};
    // An equality every match needs is looked up in an index; the rest of
    // the query still applies, and defaults and ids are printed, not stored.
    QTest::newRow("equals, and has no comment") << QStringList{QStringLiteral("?name=u2"), QStringLiteral("?-comment")}
                                                << QStringList{QStringLiteral("u2")};
    QTest::newRow("equals nobody") << QStringList{QStringLiteral("?name=zz")} << QStringList{};
    QTest::newRow("stored property") << QStringList{QStringLiteral("?comment=x")} << QStringList{QStringLiteral("u1")};
    QTest::newRow("default value") << QStringList{QStringLiteral("?profile=default")} << QStringList{QStringLiteral("u3")};
    QTest::newRow("by id") << QStringList{QStringLiteral("?.id=*2")} << QStringList{QStringLiteral("u2")};
    QTest::newRow("p1 and enabled, dup") << QStringList{QStringLiteral("?profile=p1"), QStringLiteral("?disabled=false"), QStringLiteral("?#&.")}
                                         << QStringList{QStringLiteral("u1")};
}

void TestRouterEmulator::printQueriesFollowTheStackRules()
{
    QFETCH(QStringList, queries);
    QFETCH(QStringList, names);
    run(Command(u"/ip/hotspot/user/profile/add").attr(u"name", u"p1"));
    run(Command(u"/ip/hotspot/user/profile/add").attr(u"name", u"p2"));
    addUser(QStringLiteral("u1"), {QStringLiteral("=profile=p1"), QStringLiteral("=comment=x"), QStringLiteral("=limit-bytes-total=1000")});
    addUser(QStringLiteral("u2"), {QStringLiteral("=profile=p2"), QStringLiteral("=disabled=yes"), QStringLiteral("=limit-bytes-total=3000")});
    addUser(QStringLiteral("u3"));
    Command print(u"/ip/hotspot/user/print");
    for (const QString &q : queries)
        print.word(q.toUtf8());
    QStringList found;
    for (const Sentence &s : run(print).items)
        found.append(s.attribute("name"));
    QCOMPARE(found, names);
}

// The index behind `?comment=x` follows every add, set and remove.
void TestRouterEmulator::printLookupsFollowChanges()
{
    auto commented = [this](const QString &comment) {
        QStringList names;
        for (const Sentence &s : run(Command(u"/ip/hotspot/user/print").where(u"comment", comment)).items)
            names.append(s.attribute("name"));
        return names;
    };
    addUser(QStringLiteral("u1"), {QStringLiteral("=comment=x")});
    QCOMPARE(commented(QStringLiteral("x")), QStringList{QStringLiteral("u1")});
    addUser(QStringLiteral("u2"), {QStringLiteral("=comment=x")});
    QVERIFY(tryRun(Command(u"/ip/hotspot/user/set").attr(u"numbers", u"*1").attr(u"comment", u"y")).ok());
    QCOMPARE(commented(QStringLiteral("x")), QStringList{QStringLiteral("u2")});
    QCOMPARE(commented(QStringLiteral("y")), QStringList{QStringLiteral("u1")});
    QVERIFY(tryRun(Command(u"/ip/hotspot/user/remove").attr(u".id", u"*2")).ok());
    QCOMPARE(commented(QStringLiteral("x")), QStringList{});
}

// print looks an equality up by the stored value only where print shows
// that value: whatever view() adds (defaults, computed values) must be
// known to printsAsStored, on every menu.
void TestRouterEmulator::printedButNotStoredIsNeverIndexed()
{
    RouterState &state = m_router->state();
    for (const MenuSpec &spec : MenuSchema::all()) {
        ItemTable *table = state.table(spec.path);
        if (!table)
            continue;   // a singleton menu: no print queries over items
        const quint32 id = table->insert({{QStringLiteral("name"), QStringLiteral("n")}});
        state.schedules[id].nextRunMs = 0;   // so the scheduler shows its next run
        const Properties stored = table->item(id)->props;
        const Properties printed = state.view(spec, *table->item(id));
        for (auto it = printed.cbegin(); it != printed.cend(); ++it) {
            if (!stored.contains(it.key()))
                QVERIFY2(!RouterState::printsAsStored(spec, it.key()), qPrintable(spec.path + QLatin1Char(' ') + it.key()));
        }
    }
}

void TestRouterEmulator::countOnlyAndProplist()
{
    addUser(QStringLiteral("a"));
    addUser(QStringLiteral("b"));
    QCOMPARE(run(Command(u"/ip/hotspot/user/print").attr(u"count-only", u"")).ret, QStringLiteral("2"));
    const Reply reply = run(Command(u"/ip/hotspot/user/print").proplist({QStringLiteral(".id"), QStringLiteral("name")}));
    QCOMPARE(reply.items.size(), 2);
    QCOMPARE(reply.items[0].attributes().keys(), (QStringList{QStringLiteral(".id"), QStringLiteral("name")}));
    QCOMPARE(reply.items[0].attribute(".id"), QStringLiteral("*1"));
    QVERIFY(!reply.items[0].hasAttribute("password"));
}

void TestRouterEmulator::trapsAreWordedLikeARouter_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("category");  // -1 = none
    QTest::newRow("bad path") << QStringList{QStringLiteral("/ip/hotspotx/print")} << QStringLiteral("no such command prefix") << 0;
    QTest::newRow("bad verb") << QStringList{QStringLiteral("/ip/hotspot/user/frobnicate")} << QStringLiteral("no such command") << 0;
    QTest::newRow("unknown parameter") << QStringList{QStringLiteral("/ip/hotspot/user/add"), QStringLiteral("=name=x"), QStringLiteral("=colour=red")}
                                       << QStringLiteral("unknown parameter colour") << -1;
    QTest::newRow("stale id") << QStringList{QStringLiteral("/ip/hotspot/user/remove"), QStringLiteral("=.id=*FF")}
                              << QStringLiteral("no such item") << -1;
    QTest::newRow("bad time") << QStringList{QStringLiteral("/ip/hotspot/user/add"), QStringLiteral("=name=x"), QStringLiteral("=limit-uptime=soon")}
                              << QStringLiteral("invalid value for argument limit-uptime") << -1;
    QTest::newRow("bad profile") << QStringList{QStringLiteral("/ip/hotspot/user/add"), QStringLiteral("=name=x"), QStringLiteral("=profile=gold")}
                                 << QStringLiteral("input does not match any value of profile") << -1;
    QTest::newRow("active has no add") << QStringList{QStringLiteral("/ip/hotspot/active/add")} << QStringLiteral("no such command") << 0;
    QTest::newRow("wireguard bad key") << QStringList{QStringLiteral("/interface/wireguard/add"), QStringLiteral("=name=wg1"),
                                                      QStringLiteral("=private-key=abc")}
                                       << QStringLiteral("invalid value for argument private-key") << -1;
    QTest::newRow("peer of no interface") << QStringList{QStringLiteral("/interface/wireguard/peers/add"), QStringLiteral("=interface=nope"),
                                                         QStringLiteral("=public-key=HIgo9xNzJMWLKASShiTqIybxZ0U3wGLiUeJ1PKf8ykw=")}
                                          << QStringLiteral("input does not match any value of interface") << -1;
    QTest::newRow("public key is read-only") << QStringList{QStringLiteral("/interface/wireguard/add"), QStringLiteral("=name=wg1"),
                                                            QStringLiteral("=public-key=HIgo9xNzJMWLKASShiTqIybxZ0U3wGLiUeJ1PKf8ykw=")}
                                             << QStringLiteral("unknown parameter public-key") << -1;
    QTest::newRow("rule before nothing") << QStringList{QStringLiteral("/ip/firewall/filter/add"), QStringLiteral("=chain=input"),
                                                        QStringLiteral("=action=accept"), QStringLiteral("=place-before=*5")}
                                         << QStringLiteral("no such item") << -1;
    QTest::newRow("bad address") << QStringList{QStringLiteral("/ip/address/add"), QStringLiteral("=address=10.77.0.300/24"),
                                                QStringLiteral("=interface=bridge")}
                                 << QStringLiteral("invalid value for argument address") << -1;
}

// What `lango router tunnel` sends, answered as RouterOS 7 does; RouterOS 6
// has no /interface/wireguard at all.
void TestRouterEmulator::wireGuardAsOnRouterOsSeven()
{
    Command add(u"/interface/wireguard/add");
    add.attr(u"name", u"lango").attr(u"private-key", u"yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=");
    QVERIFY(tryRun(add).ok());
    const auto interface = m_router->find(u"/interface/wireguard", QStringLiteral("name"), QStringLiteral("lango"));
    QVERIFY(interface);
    QCOMPARE(interface->value(QStringLiteral("public-key")), QStringLiteral("HIgo9xNzJMWLKASShiTqIybxZ0U3wGLiUeJ1PKf8ykw="));
    QCOMPARE(interface->value(QStringLiteral("listen-port")), QStringLiteral("13231"));
    Command own(u"/interface/wireguard/add");   // no key given: the router makes one
    own.attr(u"name", u"wg2");
    QVERIFY(tryRun(own).ok());
    QCOMPARE(m_router->find(u"/interface/wireguard", QStringLiteral("name"), QStringLiteral("wg2"))->value(QStringLiteral("public-key")).size(), 44);
    Command peer(u"/interface/wireguard/peers/add");
    peer.attr(u"interface", u"lango").attr(u"public-key", u"HIgo9xNzJMWLKASShiTqIybxZ0U3wGLiUeJ1PKf8ykw=")
        .attr(u"endpoint-address", u"vpn.example.co.ke").attr(u"endpoint-port", u"51820")
        .attr(u"allowed-address", u"10.77.0.1/32").attr(u"persistent-keepalive", u"25s");
    QVERIFY(tryRun(peer).ok());
    Command address(u"/ip/address/add");
    address.attr(u"address", u"10.77.0.2/24").attr(u"interface", u"lango");
    QVERIFY(tryRun(address).ok());
    QCOMPARE(m_router->find(u"/ip/address", QStringLiteral("interface"), QStringLiteral("lango"))->value(QStringLiteral("network")),
             QStringLiteral("10.77.0.0"));
    const Reply rules = run(Command(u"/ip/firewall/filter/print"));
    QVERIFY(rules.items.isEmpty());
    Command first(u"/ip/firewall/filter/add");
    first.attr(u"chain", u"input").attr(u"action", u"drop");
    QVERIFY(tryRun(first).ok());
    const QString firstId = run(Command(u"/ip/firewall/filter/print")).items.first().attribute(".id");
    Command accept(u"/ip/firewall/filter/add");
    accept.attr(u"chain", u"input").attr(u"action", u"accept").attr(u"in-interface", u"lango").attr(u"place-before", firstId);
    QVERIFY(tryRun(accept).ok());

    RouterEmulator::Options old;
    old.password = test::Password;
    old.version = QStringLiteral("6.49.10 (long-term)");
    RouterEmulator six(old);
    ApiConnection connection(test::configFor(six.listen()));
    const auto refused = connection.request(Command(u"/interface/wireguard/print"));
    QVERIFY(test::finished(refused));
    QVERIFY(!refused.result().ok());
    QVERIFY(refused.result().error().detail.startsWith(QLatin1String("no such command prefix")));
}

void TestRouterEmulator::trapsAreWordedLikeARouter()
{
    QFETCH(QStringList, words);
    QFETCH(QString, message);
    QFETCH(int, category);
    Command command(words.first());
    for (qsizetype i = 1; i < words.size(); ++i)
        command.word(words[i].toUtf8());
    const auto reply = tryRun(command);
    QVERIFY(!reply.ok());
    QCOMPARE(reply.error().detail.section(QStringLiteral(" [category"), 0, 0), message);
    QCOMPARE(RouterErrors::trapCategory(reply.error()).value_or(-1), category);
}

void TestRouterEmulator::setByNumbersAndUnset()
{
    addUser(QStringLiteral("n1"), {QStringLiteral("=limit-uptime=01:30:00")});
    addUser(QStringLiteral("n2"), {QStringLiteral("=limit-uptime=90m")});
    const auto users = m_router->items(MenuSchema::Users);
    QCOMPARE(users[0].value(QStringLiteral("limit-uptime")), QStringLiteral("1h30m"));  // output form
    QVERIFY(tryRun(Command(u"/ip/hotspot/user/set").attr(u"numbers", u"*1,*2").attr(u"comment", u"batch")).ok());
    QVERIFY(tryRun(Command(u"/ip/hotspot/user/unset").attr(u"numbers", u"*2").attr(u"value-name", u"limit-uptime")).ok());
    const auto after = m_router->items(MenuSchema::Users);
    QCOMPARE(after[0].value(QStringLiteral("comment")), QStringLiteral("batch"));
    QCOMPARE(after[1].value(QStringLiteral("comment")), QStringLiteral("batch"));
    QVERIFY(!after[1].contains(QStringLiteral("limit-uptime")));
}

void TestRouterEmulator::deviceLoginRules_data()
{
    QTest::addColumn<QStringList>("userWords");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("error");
    QTest::newRow("ok") << QStringList{} << QStringLiteral("pw") << QString();
    QTest::newRow("wrong password") << QStringList{} << QStringLiteral("nope") << QStringLiteral("invalid username or password");
    QTest::newRow("disabled") << QStringList{QStringLiteral("=disabled=yes")} << QStringLiteral("pw")
                              << QStringLiteral("invalid username or password");
    QTest::newRow("other MAC bound") << QStringList{QStringLiteral("=mac-address=CC:CC:CC:00:00:09")} << QStringLiteral("pw")
                                     << QStringLiteral("user kim is not allowed to log in from this MAC address");
    QTest::newRow("own MAC bound") << QStringList{QStringLiteral("=mac-address=AA:AA:AA:00:00:01")} << QStringLiteral("pw") << QString();
}

void TestRouterEmulator::deviceLoginRules()
{
    QFETCH(QStringList, userWords);
    QFETCH(QString, password);
    QFETCH(QString, error);
    addUser(QStringLiteral("kim"), userWords);
    const auto outcome = m_router->deviceLogin(QStringLiteral("kim"), password, MacA, IpA);
    QCOMPARE(outcome.error, error);
    QCOMPARE(m_router->items(MenuSchema::Active).size(), error.isEmpty() ? 1 : 0);
    QVERIFY(!m_router->deviceLogin(QStringLiteral("nobody"), QStringLiteral("pw"), MacA, IpA).ok());
}

void TestRouterEmulator::sharedUsersLimitsDevices()
{
    addUser(QStringLiteral("lee"));  // profile "default": shared-users 1
    QVERIFY(m_router->deviceLogin(QStringLiteral("lee"), QStringLiteral("pw"), MacA, IpA).ok());
    QVERIFY(m_router->deviceLogin(QStringLiteral("lee"), QStringLiteral("pw"), MacA, IpA).ok());  // same device again
    QCOMPARE(m_router->deviceLogin(QStringLiteral("lee"), QStringLiteral("pw"), MacB, IpB).error,
             QStringLiteral("no more sessions are allowed for user lee"));
    // Via the API the same refusal is a trap carrying the router's words.
    HotspotApi api(m_connection.get());
    const auto future = api.loginDevice({QStringLiteral("lee"), QStringLiteral("pw"), IpB, MacB});
    QVERIFY(test::finished(future));
    QCOMPARE(future.result().error().detail, QStringLiteral("no more sessions are allowed for user lee"));
    // shared-users=1 alone does not bind: once the first device leaves, another may come.
    QVERIFY(m_router->logoutDevice(MacA));
    QVERIFY(m_router->deviceLogin(QStringLiteral("lee"), QStringLiteral("pw"), MacB, IpB).ok());
}

void TestRouterEmulator::firstLoginStartsExpiryAndBindsMac()
{
    run(Command(u"/ip/hotspot/user/profile/add").attr(u"name", u"lango-1h").attr(u"on-login",
        HotspotScripts::onLoginScript({3600, true})));
    addUser(QStringLiteral("V100"), {QStringLiteral("=profile=lango-1h")});
    QVERIFY(m_router->items(MenuSchema::Scheduler).isEmpty());
    QVERIFY(m_router->deviceLogin(QStringLiteral("V100"), QStringLiteral("pw"), MacA, IpA).ok());
    const auto entry = m_router->find(MenuSchema::Scheduler, QStringLiteral("name"), QStringLiteral("lango-exp-V100"));
    QVERIFY(entry.has_value());
    QCOMPARE(entry->value(QStringLiteral("interval")), QStringLiteral("1h"));
    QCOMPARE(entry->value(QStringLiteral("on-event")), HotspotScripts::expireScript(QStringLiteral("V100")));
    QVERIFY(!entry->value(QStringLiteral("next-run")).isEmpty());
    const auto user = m_router->find(MenuSchema::Users, QStringLiteral("name"), QStringLiteral("V100"));
    QCOMPARE(user->value(QStringLiteral("mac-address")), MacA);
    // A second device is refused; the first one may come back without a second entry.
    QVERIFY(m_router->logoutDevice(MacA));
    QCOMPARE(m_router->deviceLogin(QStringLiteral("V100"), QStringLiteral("pw"), MacB, IpB).error,
             QStringLiteral("user V100 is not allowed to log in from this MAC address"));
    m_router->advance(600);
    QVERIFY(m_router->deviceLogin(QStringLiteral("V100"), QStringLiteral("pw"), MacA, IpA).ok());
    QCOMPARE(m_router->items(MenuSchema::Scheduler).size(), 1);
}

void TestRouterEmulator::expiryEntryFiresAndRevokesEverything()
{
    run(Command(u"/ip/hotspot/user/profile/add").attr(u"name", u"lango-1h").attr(u"on-login",
        HotspotScripts::onLoginScript({3600, false})));
    addUser(QStringLiteral("V200"), {QStringLiteral("=profile=lango-1h")});
    addUser(QStringLiteral("other"));
    QVERIFY(m_router->deviceLogin(QStringLiteral("V200"), QStringLiteral("pw"), MacA, IpA).ok());
    QVERIFY(m_router->deviceLogin(QStringLiteral("other"), QStringLiteral("pw"), MacB, IpB).ok());
    QCOMPARE(m_router->items(MenuSchema::Cookies).size(), 2);
    m_router->advance(3599);
    QVERIFY(m_router->find(MenuSchema::Users, QStringLiteral("name"), QStringLiteral("V200")).has_value());
    m_router->advance(2);
    QVERIFY(!m_router->find(MenuSchema::Users, QStringLiteral("name"), QStringLiteral("V200")));
    QVERIFY(!m_router->find(MenuSchema::Active, QStringLiteral("user"), QStringLiteral("V200")));
    QVERIFY(!m_router->find(MenuSchema::Cookies, QStringLiteral("user"), QStringLiteral("V200")));
    QVERIFY(m_router->items(MenuSchema::Scheduler).isEmpty());
    // Only V200 was touched, and its device cannot come back by cookie.
    QVERIFY(m_router->find(MenuSchema::Active, QStringLiteral("user"), QStringLiteral("other")).has_value());
    QVERIFY(!m_router->cookieLogin(MacA, IpA).ok());
}

void TestRouterEmulator::uptimeLimitEndsTheSession()
{
    addUser(QStringLiteral("tim"), {QStringLiteral("=limit-uptime=1h")});
    QVERIFY(m_router->deviceLogin(QStringLiteral("tim"), QStringLiteral("pw"), MacA, IpA).ok());
    m_router->advance(1800);
    auto session = m_router->find(MenuSchema::Active, QStringLiteral("user"), QStringLiteral("tim"));
    QCOMPARE(session->value(QStringLiteral("uptime")), QStringLiteral("30m"));
    QCOMPARE(session->value(QStringLiteral("session-time-left")), QStringLiteral("30m"));
    m_router->advance(1801);
    QVERIFY(!m_router->find(MenuSchema::Active, QStringLiteral("user"), QStringLiteral("tim")));
    QCOMPARE(m_router->find(MenuSchema::Users, QStringLiteral("name"), QStringLiteral("tim"))->value(QStringLiteral("uptime")),
             QStringLiteral("1h"));
    QCOMPARE(m_router->deviceLogin(QStringLiteral("tim"), QStringLiteral("pw"), MacA, IpA).error,
             QStringLiteral("user tim has reached uptime limit"));
}

void TestRouterEmulator::trafficLimitEndsTheSession()
{
    addUser(QStringLiteral("dan"), {QStringLiteral("=limit-bytes-total=1000000")});
    QVERIFY(m_router->deviceLogin(QStringLiteral("dan"), QStringLiteral("pw"), MacA, IpA).ok());
    QVERIFY(m_router->addTraffic(MacA, 200000, 500000));
    QVERIFY(m_router->find(MenuSchema::Active, QStringLiteral("user"), QStringLiteral("dan")).has_value());
    QVERIFY(m_router->addTraffic(MacA, 100000, 300000));
    QVERIFY(!m_router->find(MenuSchema::Active, QStringLiteral("user"), QStringLiteral("dan")));
    const auto user = m_router->find(MenuSchema::Users, QStringLiteral("name"), QStringLiteral("dan"));
    QCOMPARE(user->value(QStringLiteral("bytes-in")), QStringLiteral("300000"));
    QCOMPARE(user->value(QStringLiteral("bytes-out")), QStringLiteral("800000"));
    QCOMPARE(m_router->deviceLogin(QStringLiteral("dan"), QStringLiteral("pw"), MacA, IpA).error,
             QStringLiteral("user dan has reached traffic limit"));
}

void TestRouterEmulator::macCookieLogsTheDeviceBackIn()
{
    addUser(QStringLiteral("ann"));
    QVERIFY(m_router->deviceLogin(QStringLiteral("ann"), QStringLiteral("pw"), MacA, IpA).ok());
    QVERIFY(m_router->logoutDevice(MacA));
    const auto back = m_router->cookieLogin(MacA, IpA);
    QVERIFY(back.ok());
    QCOMPARE(m_router->find(MenuSchema::Active, QStringLiteral("user"), QStringLiteral("ann"))->value(QStringLiteral("login-by")),
             QStringLiteral("mac-cookie"));
    // Disabling does not end the running session, but the cookie no longer logs it in.
    QVERIFY(tryRun(Command(u"/ip/hotspot/user/disable").attr(u"numbers", u"ann")).ok());
    QVERIFY(m_router->find(MenuSchema::Active, QStringLiteral("user"), QStringLiteral("ann")).has_value());
    QVERIFY(m_router->logoutDevice(MacA));
    QVERIFY(!m_router->cookieLogin(MacA, IpA).ok());
}

LANGO_TEST_GUILESS_MAIN(TestRouterEmulator)
#include "tst_routeremulator.moc"
