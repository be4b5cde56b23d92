// ApiConnection against the emulator over real localhost sockets: logins,
// pipelining with out-of-order replies, traps, fatal, !empty, timeouts,
// cancel, streams, reconnects and connection errors.

#include "routeros/apiconnection.h"
#include "routeros/apistream.h"
#include "routeros/routererrors.h"
#include "routeros/sim/routeremulator.h"
#include "routerostest.h"
#include "support/testmain.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace lango::routeros;
using lango::routeros::sim::RouterEmulator;

namespace {

struct Rig
{
    std::unique_ptr<RouterEmulator> router;
    std::unique_ptr<ApiConnection> connection;
};

Rig makeRig(RouterEmulator::Options options = {}, ConnectionConfig overrides = {})
{
    options.password = test::Password;
    Rig rig;
    rig.router = std::make_unique<RouterEmulator>(options);
    const quint16 port = rig.router->listen();
    ConnectionConfig config = test::configFor(port);
    if (!overrides.password.isEmpty())
        config.password = overrides.password;
    config.autoReconnect = overrides.autoReconnect;
    rig.connection = std::make_unique<ApiConnection>(config);
    return rig;
}

Result<Reply> run(ApiConnection &connection, const Command &command, const CommandOptions &options = {})
{
    const QFuture<Result<Reply>> future = connection.request(command, options);
    if (!test::finished(future, 8000))
        return Error{ErrorCode::Timeout, QStringLiteral("test gave up waiting"), {}};
    return future.result();
}

} // namespace

class TestApiConnection final : public QObject
{
    Q_OBJECT

private slots:
    void logsIn_data();
    void logsIn();
    void wrongPasswordIsALoginError_data();
    void wrongPasswordIsALoginError();
    void commandsQueuedBeforeLoginAreSent();
    void manyTaggedCommandsAnsweredOutOfOrder();
    void trapWithoutCategoryThenDone();
    void trapWithCategoryThenDone();
    void duplicateIsAlreadyExists();
    void fatalEndsTheSession();
    void emptyReplyKeepsWaitingForDone_data();
    void emptyReplyKeepsWaitingForDone();
    void commandTimesOut();
    void cancelStopsACommand();
    void listenStreamDeliversChanges();
    void reconnectAfterDropThenCommandSucceeds();
    void commandFailsFastWhileDown();
    void inFlightCommandFailsWhenConnectionLost();
    void refusedConnectionNamesTheRouter();
    void missingHostIsHostNotFound();
    void printFollowStreamsExistingThenChanges();
    void longWordsCrossTheSocket();
    void closeCancelsPending();
};

void TestApiConnection::logsIn_data()
{
    QTest::addColumn<bool>("legacy");
    QTest::newRow("plain 6.43+") << false;
    QTest::newRow("legacy challenge") << true;
}

void TestApiConnection::logsIn()
{
    QFETCH(bool, legacy);
    RouterEmulator::Options options;
    options.legacyLogin = legacy;
    Rig rig = makeRig(options);
    QSignalSpy ready(rig.connection.get(), &ApiConnection::ready);
    rig.connection->open();
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 5000);
    QVERIFY(rig.connection->isReady());
    QCOMPARE(rig.connection->usedLegacyLogin(), legacy);
    const auto reply = run(*rig.connection, Command(u"/system/identity/print"));
    QVERIFY2(reply.ok(), test::why(reply).constData());
    QCOMPARE(reply->items.first().attribute("name"), QStringLiteral("MikroTik"));
}

void TestApiConnection::wrongPasswordIsALoginError_data()
{
    logsIn_data();
}

void TestApiConnection::wrongPasswordIsALoginError()
{
    QFETCH(bool, legacy);
    RouterEmulator::Options options;
    options.legacyLogin = legacy;
    ConnectionConfig overrides;
    overrides.password = QStringLiteral("wrong");
    overrides.autoReconnect = false;
    Rig rig = makeRig(options, overrides);
    const auto reply = run(*rig.connection, Command(u"/system/identity/print"));
    QVERIFY(!reply.ok());
    QCOMPARE(reply.error().code, ErrorCode::Login);
    QVERIFY(reply.error().message.contains(QStringLiteral("ofisi")));
    if (!legacy)
        QVERIFY(reply.error().detail.contains(QStringLiteral("invalid user name or password")));
    QCOMPARE(rig.connection->state(), ApiConnection::State::Disconnected);
}

void TestApiConnection::commandsQueuedBeforeLoginAreSent()
{
    Rig rig = makeRig();
    QList<QFuture<Result<Reply>>> futures;
    for (int i = 0; i < 5; ++i)
        futures.append(rig.connection->request(Command(u"/system/identity/print")));
    for (const auto &f : futures) {
        QVERIFY(test::finished(f));
        QVERIFY(f.result().ok());
    }
}

void TestApiConnection::manyTaggedCommandsAnsweredOutOfOrder()
{
    RouterEmulator::Options options;
    options.jitterMs = 40;  // each reply gets 0..40 ms: they come back shuffled
    Rig rig = makeRig(options);
    constexpr int Count = 200;
    QList<int> completionOrder;
    QList<QString> rets(Count);
    for (int i = 0; i < Count; ++i) {
        Command add(u"/ip/hotspot/user/add");
        add.attr(u"name", QStringLiteral("u%1").arg(i)).attr(u"password", QStringLiteral("p"));
        rig.connection->submit(add, [&, i](const Result<Reply> &reply) {
            completionOrder.append(i);
            rets[i] = reply ? reply->ret : reply.error().detail;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(completionOrder.size(), Count, 8000);
    QCOMPARE(rig.connection->inFlight(), 0);
    bool shuffled = false;
    for (int i = 1; i < Count; ++i)
        shuffled = shuffled || completionOrder[i] < completionOrder[i - 1];
    QVERIFY2(shuffled, "replies should have arrived out of order");
    // The router numbers items in the order it received the adds: each reply
    // must have reached the command that caused it.
    for (int i = 0; i < Count; ++i)
        QCOMPARE(rets[i], QStringLiteral("*%1").arg(i + 1, 0, 16).toUpper());
}

void TestApiConnection::trapWithoutCategoryThenDone()
{
    Rig rig = makeRig();
    Command add(u"/ip/hotspot/user/add");
    add.attr(u"name", QStringLiteral("x")).attr(u"profile", QStringLiteral("nope"));
    const auto reply = run(*rig.connection, add);
    QVERIFY(!reply.ok());
    QCOMPARE(reply.error().code, ErrorCode::Trap);
    QCOMPARE(reply.error().detail, QStringLiteral("input does not match any value of profile"));
    QVERIFY(!RouterErrors::trapCategory(reply.error()));
    QVERIFY(reply.error().message.contains(QStringLiteral("ofisi")));
    // The !done after the !trap was consumed: the next command is not confused.
    const auto next = run(*rig.connection, Command(u"/system/identity/print"));
    QVERIFY(next.ok());
    QCOMPARE(next->items.size(), 1);
}

void TestApiConnection::trapWithCategoryThenDone()
{
    Rig rig = makeRig();
    const auto reply = run(*rig.connection, Command(u"/ip/nothing/print"));
    QVERIFY(!reply.ok());
    QCOMPARE(reply.error().code, ErrorCode::Trap);
    QVERIFY(reply.error().detail.startsWith(QStringLiteral("no such command prefix")));
    QCOMPARE(RouterErrors::trapCategory(reply.error()).value_or(-1), 0);
    QVERIFY(run(*rig.connection, Command(u"/system/identity/print")).ok());
}

void TestApiConnection::duplicateIsAlreadyExists()
{
    Rig rig = makeRig();
    Command add(u"/ip/hotspot/user/add");
    add.attr(u"name", QStringLiteral("dup"));
    QVERIFY(run(*rig.connection, add).ok());
    const auto again = run(*rig.connection, add);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
    QVERIFY(again.error().detail.contains(QStringLiteral("already have user with this name")));
}

void TestApiConnection::fatalEndsTheSession()
{
    Rig rig = makeRig();
    rig.router->setStalled(QStringLiteral("/ip/hotspot/user/print"), true);
    QVERIFY(run(*rig.connection, Command(u"/system/identity/print")).ok());
    QSignalSpy lost(rig.connection.get(), &ApiConnection::disconnected);
    const auto pending = rig.connection->request(Command(u"/ip/hotspot/user/print"));
    QTRY_COMPARE(rig.router->commandCount(), 3);  // login, identity, the stalled print
    rig.router->sendFatal(QStringLiteral("session terminated on request"));
    QVERIFY(test::finished(pending));
    QCOMPARE(pending.result().error().code, ErrorCode::Fatal);
    QCOMPARE(pending.result().error().detail, QStringLiteral("session terminated on request"));
    QTRY_COMPARE(lost.count(), 1);
    QCOMPARE(lost.first().first().value<Error>().code, ErrorCode::Fatal);
}

void TestApiConnection::emptyReplyKeepsWaitingForDone_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("empty");
    QTest::newRow("7.18 sends !empty") << QStringLiteral("7.18 (stable)") << true;
    QTest::newRow("7.16 does not") << QStringLiteral("7.16 (stable)") << false;
}

void TestApiConnection::emptyReplyKeepsWaitingForDone()
{
    QFETCH(QString, version);
    QFETCH(bool, empty);
    RouterEmulator::Options options;
    options.version = version;
    Rig rig = makeRig(options);
    const auto reply = run(*rig.connection, Command(u"/ip/hotspot/user/print").where(u"name", u"nobody"));
    QVERIFY(reply.ok());
    QVERIFY(reply->items.isEmpty());
    QCOMPARE(reply->empty, empty);
    QVERIFY(run(*rig.connection, Command(u"/system/identity/print")).ok());
}

void TestApiConnection::commandTimesOut()
{
    Rig rig = makeRig();
    rig.router->setStalled(QStringLiteral("/ip/hotspot/active/print"), true);
    const auto reply = run(*rig.connection, Command(u"/ip/hotspot/active/print"), CommandOptions{200, WhenDown::Wait});
    QVERIFY(!reply.ok());
    QCOMPARE(reply.error().code, ErrorCode::Timeout);
    QVERIFY(reply.error().message.contains(QStringLiteral("ofisi")));
    QVERIFY(reply.error().message.contains(QStringLiteral("/ip/hotspot/active/print")));
    // The session survives; the late "interrupted" of the cancelled tag is dropped.
    const auto next = run(*rig.connection, Command(u"/system/identity/print"));
    QVERIFY(next.ok());
    QCOMPARE(rig.connection->inFlight(), 0);
}

void TestApiConnection::cancelStopsACommand()
{
    Rig rig = makeRig();
    rig.router->setStalled(QStringLiteral("/ip/hotspot/host/print"), true);
    QVERIFY(run(*rig.connection, Command(u"/system/identity/print")).ok());
    std::optional<Result<Reply>> outcome;
    const quint32 id = rig.connection->submit(Command(u"/ip/hotspot/host/print"),
                                              [&outcome](const Result<Reply> &r) { outcome = r; });
    QVERIFY(id != 0);
    rig.connection->cancel(id);
    QTRY_VERIFY(outcome.has_value());
    QCOMPARE(outcome->error().code, ErrorCode::Cancelled);
    QVERIFY(run(*rig.connection, Command(u"/system/identity/print")).ok());
}

void TestApiConnection::listenStreamDeliversChanges()
{
    Rig rig = makeRig();
    ApiStream *stream = rig.connection->stream(Command(u"/ip/hotspot/active/listen"), rig.connection.get());
    QSignalSpy items(stream, &ApiStream::itemReceived);
    QSignalSpy finished(stream, &ApiStream::finished);
    QTRY_VERIFY(rig.connection->isReady());
    QTRY_COMPARE(rig.router->commandCount(), 2);  // login + listen
    const QString id = rig.router->addSession(QStringLiteral("alice"), QStringLiteral("AA:BB:CC:00:00:01"),
                                              QStringLiteral("10.5.50.10"));
    QTRY_COMPARE(items.count(), 1);
    QCOMPARE(items.at(0).first().value<Sentence>().attribute("user"), QStringLiteral("alice"));
    QVERIFY(rig.router->logoutDevice(QStringLiteral("AA:BB:CC:00:00:01")));
    QTRY_COMPARE(items.count(), 2);
    const Sentence dead = items.at(1).first().value<Sentence>();
    QCOMPARE(dead.attribute(".id"), id);
    QCOMPARE(dead.attribute(".dead"), QStringLiteral("yes"));
    stream->cancel();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(finished.first().first().value<Result<void>>().ok());
    QVERIFY(!stream->isRunning());
}

void TestApiConnection::reconnectAfterDropThenCommandSucceeds()
{
    Rig rig = makeRig();
    QVERIFY(run(*rig.connection, Command(u"/system/identity/print")).ok());
    QSignalSpy lost(rig.connection.get(), &ApiConnection::disconnected);
    rig.router->dropConnections();
    QTRY_COMPARE(lost.count(), 1);
    QCOMPARE(lost.first().first().value<Error>().code, ErrorCode::Disconnected);
    const auto reply = run(*rig.connection, Command(u"/system/identity/print"));  // waits for the reconnect
    QVERIFY2(reply.ok(), test::why(reply).constData());
    QTRY_COMPARE(rig.router->connectionCount(), 1);
}

void TestApiConnection::commandFailsFastWhileDown()
{
    ConnectionConfig overrides;
    overrides.autoReconnect = false;
    Rig rig = makeRig({}, overrides);
    QVERIFY(run(*rig.connection, Command(u"/system/identity/print")).ok());
    QSignalSpy lost(rig.connection.get(), &ApiConnection::disconnected);
    rig.router->dropConnections();
    QTRY_COMPARE(lost.count(), 1);
    const auto reply = run(*rig.connection, Command(u"/system/identity/print"), CommandOptions{-1, WhenDown::FailFast});
    QVERIFY(!reply.ok());
    QCOMPARE(reply.error().code, ErrorCode::Disconnected);
    QVERIFY(reply.error().message.contains(QStringLiteral("ofisi")));
    // The fail-fast command started a reconnect in the background.
    QTRY_VERIFY(rig.connection->isReady());
}

void TestApiConnection::inFlightCommandFailsWhenConnectionLost()
{
    Rig rig = makeRig();
    rig.router->setStalled(QStringLiteral("/ip/hotspot/user/print"), true);
    QVERIFY(run(*rig.connection, Command(u"/system/identity/print")).ok());
    const auto pending = rig.connection->request(Command(u"/ip/hotspot/user/print"));
    QTRY_COMPARE(rig.router->commandCount(), 3);
    rig.router->dropConnections();
    QVERIFY(test::finished(pending));
    QCOMPARE(pending.result().error().code, ErrorCode::Disconnected);
    QVERIFY(pending.result().error().message.contains(QStringLiteral("may or may not")));
}

void TestApiConnection::refusedConnectionNamesTheRouter()
{
    ConnectionConfig overrides;
    overrides.autoReconnect = false;
    Rig rig = makeRig({}, overrides);
    rig.router->stopListening();
    const auto reply = run(*rig.connection, Command(u"/system/identity/print"));
    QVERIFY(!reply.ok());
    QCOMPARE(reply.error().code, ErrorCode::Refused);
    QVERIFY(reply.error().message.contains(QStringLiteral("Router ofisi refused the connection on port %1")
                                               .arg(rig.connection->config().port)));
    QVERIFY(reply.error().message.contains(QStringLiteral("/ip service")));
    // Listening again, the next command reconnects.
    QVERIFY(rig.router->listen() != 0);
    QVERIFY(run(*rig.connection, Command(u"/system/identity/print")).ok());
}

void TestApiConnection::missingHostIsHostNotFound()
{
    ConnectionConfig config = test::configFor(8728);
    config.host.clear();
    config.autoReconnect = false;
    ApiConnection connection(config);
    const auto reply = run(connection, Command(u"/system/identity/print"));
    QVERIFY(!reply.ok());
    QCOMPARE(reply.error().code, ErrorCode::HostNotFound);
    QVERIFY(reply.error().message.contains(QStringLiteral("router ofisi")));
}

void TestApiConnection::printFollowStreamsExistingThenChanges()
{
    Rig rig = makeRig();
    QVERIFY(run(*rig.connection, Command(u"/ip/hotspot/user/add").attr(u"name", u"first")).ok());
    ApiStream *stream = rig.connection->stream(Command(u"/ip/hotspot/user/print").attr(u"follow", u"").where(u"profile", u"default"),
                                               rig.connection.get());
    QSignalSpy items(stream, &ApiStream::itemReceived);
    QTRY_COMPARE(items.count(), 1);
    QCOMPARE(items.at(0).first().value<Sentence>().attribute("name"), QStringLiteral("first"));
    QVERIFY(run(*rig.connection, Command(u"/ip/hotspot/user/add").attr(u"name", u"second")).ok());
    QTRY_COMPARE(items.count(), 2);
    QCOMPARE(items.at(1).first().value<Sentence>().attribute("name"), QStringLiteral("second"));
    delete stream;  // destroying a running stream cancels it on the router
    QVERIFY(run(*rig.connection, Command(u"/ip/hotspot/user/add").attr(u"name", u"third")).ok());
    QCOMPARE(rig.connection->inFlight(), 0);
}

void TestApiConnection::longWordsCrossTheSocket()
{
    Rig rig = makeRig();
    // A 100 KB word each way (three-byte length prefixes).
    const QString comment(100 * 1024, QLatin1Char('z'));
    QVERIFY(run(*rig.connection, Command(u"/ip/hotspot/user/add").attr(u"name", u"big").attr(u"comment", comment)).ok());
    const auto reply = run(*rig.connection, Command(u"/ip/hotspot/user/print").where(u"name", u"big"));
    QVERIFY(reply.ok());
    QCOMPARE(reply->items.size(), 1);
    QCOMPARE(reply->items.first().attribute("comment"), comment);
}

void TestApiConnection::closeCancelsPending()
{
    Rig rig = makeRig();
    rig.router->setStalled(QStringLiteral("/ip/hotspot/user/print"), true);
    QVERIFY(run(*rig.connection, Command(u"/system/identity/print")).ok());
    const auto pending = rig.connection->request(Command(u"/ip/hotspot/user/print"));
    rig.connection->close();
    QVERIFY(test::finished(pending));
    QCOMPARE(pending.result().error().code, ErrorCode::Cancelled);
    QCOMPARE(rig.connection->state(), ApiConnection::State::Disconnected);
}

LANGO_TEST_GUILESS_MAIN(TestApiConnection)
#include "tst_apiconnection.moc"
