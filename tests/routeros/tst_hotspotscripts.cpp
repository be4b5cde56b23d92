// Lango's router-side scripts: real RouterOS syntax, markers the emulator
// reads, and an on-login script that assembles exactly the expiry script.

#include "routeros/hotspotscripts.h"
#include "support/testmain.h"

#include <QTest>

using lango::routeros::HotspotScripts;
using lango::routeros::OnLoginSpec;

namespace {

// Evaluates a RouterOS concatenation like ("a\"b" . $u . "c") with $u bound:
// enough script semantics to check what the router would build.
QString evaluateConcatenation(QStringView expression, const QString &u)
{
    QString out;
    qsizetype i = 0;
    while (i < expression.size()) {
        const QChar c = expression[i];
        if (c == QLatin1Char(' ') || c == QLatin1Char('.')) {
            ++i;
        } else if (c == QLatin1Char('$')) {
            if (expression.sliced(i).startsWith(u"$u"))
                out += u;
            i += 2;
        } else if (c == QLatin1Char('"')) {
            for (++i; i < expression.size() && expression[i] != QLatin1Char('"'); ++i) {
                if (expression[i] == QLatin1Char('\\')) {
                    const QChar e = expression[++i];
                    out += e == QLatin1Char('n') ? QChar(u'\n') : e == QLatin1Char('r') ? QChar(u'\r')
                         : e == QLatin1Char('t') ? QChar(u'\t') : e;
                } else {
                    out += expression[i];
                }
            }
            ++i;
        } else {
            return QStringLiteral("<unexpected %1>").arg(c);
        }
    }
    return out;
}

} // namespace

class TestHotspotScripts final : public QObject
{
    Q_OBJECT

private slots:
    void expireScriptRemovesEverything();
    void expireEntryRunsOnceAfterTimeLeft();
    void onLoginScriptUsesRouterSyntax();
    void onLoginBuildsTheSameExpireScript_data();
    void onLoginBuildsTheSameExpireScript();
    void onLoginWithoutBinding();
    void nothingToDoGivesNoScript();
    void markersRoundTrip();
    void foreignScriptsHaveNoMarker();
    void quoteEscapesRouterSpecials();
    void scriptSafeNames_data();
    void scriptSafeNames();
};

void TestHotspotScripts::expireScriptRemovesEverything()
{
    const QString script = HotspotScripts::expireScript(QStringLiteral("V8K2QX"));
    const QStringList lines = script.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("# lango:expire user=V8K2QX"));
    QCOMPARE(lines.value(1), QStringLiteral(":local u \"V8K2QX\""));
    QVERIFY(lines.contains(QStringLiteral("/ip hotspot user remove [find name=$u]")));
    QVERIFY(lines.contains(QStringLiteral("/ip hotspot active remove [find user=$u]")));
    QVERIFY(lines.contains(QStringLiteral("/ip hotspot cookie remove [find user=$u]")));
    QVERIFY(lines.contains(QStringLiteral("/system scheduler remove [find name=(\"lango-exp-\" . $u)]")));
    // The user goes first, so a cookie cannot log the device back in meanwhile.
    QVERIFY(script.indexOf(QStringLiteral("user remove")) < script.indexOf(QStringLiteral("cookie remove")));
    QVERIFY(!script.contains(QStringLiteral("date")));  // no date arithmetic on the router
}

void TestHotspotScripts::expireEntryRunsOnceAfterTimeLeft()
{
    const auto entry = HotspotScripts::expireEntry(QStringLiteral("V1"), 5400);
    QCOMPARE(entry.name, QStringLiteral("lango-exp-V1"));
    QCOMPARE(entry.interval, 5400);
    QCOMPARE(entry.onEvent, HotspotScripts::expireScript(QStringLiteral("V1")));
    QVERIFY(!entry.startDate && !entry.startTime);  // start = now, first run = now + interval
    QCOMPARE(HotspotScripts::expireEntry(QStringLiteral("V1"), 0).interval, 1);  // already due: run at once
}

void TestHotspotScripts::onLoginScriptUsesRouterSyntax()
{
    const QString script = HotspotScripts::onLoginScript({3600, true});
    QVERIFY(script.startsWith(QStringLiteral("# lango:on-login expire=3600 bind-mac=yes\r\n")));
    QVERIFY(script.contains(QStringLiteral(":local u $user")));
    QVERIFY(script.contains(QStringLiteral(":if ([:len [/system scheduler find name=$n]] = 0) do={")));
    QVERIFY(script.contains(QStringLiteral("/system scheduler add name=$n interval=1h ")));
    QVERIFY(script.contains(QStringLiteral("/ip hotspot user set [find name=$u] mac-address=$\"mac-address\"")));
    QCOMPARE(script.count(QLatin1Char('{')), script.count(QLatin1Char('}')));
}

void TestHotspotScripts::onLoginBuildsTheSameExpireScript_data()
{
    QTest::addColumn<QString>("user");
    QTest::newRow("voucher code") << QStringLiteral("K7P2QX");
    QTest::newRow("phone user") << QStringLiteral("254712345678");
    QTest::newRow("with dots") << QStringLiteral("a.b-c_d@e+f");
}

void TestHotspotScripts::onLoginBuildsTheSameExpireScript()
{
    QFETCH(QString, user);
    const QString script = HotspotScripts::onLoginScript({7200, false});
    const qsizetype start = script.indexOf(QStringLiteral("on-event=(")) + 10;
    const qsizetype end = script.indexOf(QStringLiteral(")\r\n}"), start);
    QVERIFY(start > 10 && end > start);
    QCOMPARE(evaluateConcatenation(QStringView(script).sliced(start, end - start), user),
             HotspotScripts::expireScript(user));
}

void TestHotspotScripts::onLoginWithoutBinding()
{
    const QString script = HotspotScripts::onLoginScript({600, false});
    QVERIFY(script.startsWith(QStringLiteral("# lango:on-login expire=600 bind-mac=no")));
    QVERIFY(!script.contains(QStringLiteral("mac-address=")));
    const QString bindOnly = HotspotScripts::onLoginScript({0, true});
    QVERIFY(!bindOnly.contains(QStringLiteral("scheduler add")));
    QVERIFY(bindOnly.contains(QStringLiteral("mac-address=$\"mac-address\"")));
}

void TestHotspotScripts::nothingToDoGivesNoScript()
{
    QVERIFY(HotspotScripts::onLoginScript({0, false}).isEmpty());
}

void TestHotspotScripts::markersRoundTrip()
{
    QCOMPARE(HotspotScripts::parseExpireMarker(HotspotScripts::expireScript(QStringLiteral("V9"))).value_or(QString()),
             QStringLiteral("V9"));
    const OnLoginSpec spec{86400, true};
    QVERIFY(HotspotScripts::parseOnLoginMarker(HotspotScripts::onLoginScript(spec)) == spec);
    QVERIFY(HotspotScripts::parseOnLoginMarker(u"# lango:on-login expire=1h bind-mac=no") == (OnLoginSpec{3600, false}));
}

void TestHotspotScripts::foreignScriptsHaveNoMarker()
{
    QVERIFY(!HotspotScripts::parseExpireMarker(u":log info \"hello\""));
    QVERIFY(!HotspotScripts::parseOnLoginMarker(u"# mikhmon on-login\r\n:local date [/system clock get date]"));
    QVERIFY(!HotspotScripts::parseExpireMarker(u""));
}

void TestHotspotScripts::quoteEscapesRouterSpecials()
{
    QCOMPARE(HotspotScripts::quote(u"a\"b$c\\d?e\r\n"), QStringLiteral("\"a\\\"b\\$c\\\\d\\?e\\r\\n\""));
    QCOMPARE(HotspotScripts::quote(u"plain"), QStringLiteral("\"plain\""));
}

void TestHotspotScripts::scriptSafeNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("safe");
    QTest::newRow("code") << QStringLiteral("K7P2QX") << true;
    QTest::newRow("phone") << QStringLiteral("254712345678") << true;
    QTest::newRow("email-like") << QStringLiteral("jo.k+1@x") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("quote") << QStringLiteral("a\"b") << false;
    QTest::newRow("dollar") << QStringLiteral("a$b") << false;
    QTest::newRow("space") << QStringLiteral("a b") << false;
    QTest::newRow("too long") << QString(65, QLatin1Char('a')) << false;
}

void TestHotspotScripts::scriptSafeNames()
{
    QFETCH(QString, name);
    QFETCH(bool, safe);
    QCOMPARE(HotspotScripts::isScriptSafeName(name), safe);
}

LANGO_TEST_GUILESS_MAIN(TestHotspotScripts)
#include "tst_hotspotscripts.moc"
