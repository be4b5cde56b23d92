// The captive portal's rendering: branding and the API address filled in,
// the router's $(...) variables kept, office data unable to break out, and
// every page and script together under 60 KB.

#include "app/portal/portalrenderer.h"
#include "routerpageserver.h"
#include "support/testmain.h"

#include <QRegularExpression>
#include <QTest>

using lango::app::PortalBranding;
using lango::app::PortalBundle;
using lango::app::PortalRenderer;
using lango::testing::RouterPageServer;

namespace {

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(','));
}

// The smallest thing that starts like a PNG: the renderer checks the signature.
const QByteArray kPng = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(200, 'x');

PortalBundle rendered(const PortalBranding &branding = {QStringLiteral("Mama Wifi"), QStringLiteral("0722 000 111"),
                                                        QStringLiteral("#aa3300"), kPng})
{
    auto bundle = PortalRenderer::render(branding, QStringLiteral("https://hotspot.example.co.ke/"), QStringLiteral("ofisi"));
    if (!bundle)
        qFatal("render failed: %s", qPrintable(bundle.error().message));
    return *bundle;
}

QString page(const PortalBundle &bundle, const char *name)
{
    const auto *file = bundle.file(QString::fromLatin1(name));
    return file ? QString::fromUtf8(file->contents) : QString();
}

} // namespace

class TestPortalRender final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillsBrandingAndApiAddress()
    {
        const PortalBundle bundle = rendered();
        const QString login = page(bundle, "login.html");
        QVERIFY(login.contains(QLatin1String("<title>Mama Wifi</title>")));
        QVERIFY(login.contains(QLatin1String("\"api\":\"https://hotspot.example.co.ke\"")));   // trailing slash dropped
        QVERIFY(login.contains(QLatin1String("\"router\":\"ofisi\"")));
        QVERIFY(login.contains(QLatin1String("data-phone=\"0722 000 111\"")));
        QVERIFY(login.contains(QLatin1String("src=\"/logo.png\"")));
        QVERIFY(login.contains(QLatin1String("id=\"pkgs\"")));   // the buy part is in
        QVERIFY(page(bundle, "status.html").contains(QLatin1String("id=\"pkgs\"")));
        QVERIFY(page(bundle, "lango.css").contains(QLatin1String("background:#aa3300")));
        QCOMPARE(bundle.file(QStringLiteral("logo.png"))->contents, kPng);
        QVERIFY(bundle.warnings.isEmpty());
        for (const auto &file : bundle.files)
            QVERIFY2(!file.contents.contains("{{"), qPrintable(file.name));
    }

    void keepsTheRoutersVariables_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("variables");
        QTest::newRow("login") << QStringLiteral("login.html") << words("link-login-only,link-orig,mac,ip,chap-id,chap-challenge,error,username");
        QTest::newRow("status") << QStringLiteral("status.html") << words("session-time-left,uptime,bytes-in-nice,bytes-out-nice,link-logout,link-status,username,mac,ip");
        QTest::newRow("alogin") << QStringLiteral("alogin.html") << words("link-status,link-redirect");
        QTest::newRow("logout") << QStringLiteral("logout.html") << words("uptime,bytes-in-nice,bytes-out-nice,link-login");
        QTest::newRow("error") << QStringLiteral("error.html") << words("error,link-login");
        QTest::newRow("rlogin") << QStringLiteral("rlogin.html") << words("link-redirect,if http-status == 302,endif");
        QTest::newRow("redirect") << QStringLiteral("redirect.html") << words("link-redirect,if http-header == \"Location\"");
    }
    void keepsTheRoutersVariables()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, variables);
        const PortalBundle bundle = rendered();
        const QString text = page(bundle, file.toLatin1().constData());
        for (const QString &variable : variables)
            QVERIFY2(text.contains(QStringLiteral("$(%1)").arg(variable)), qPrintable(variable));
        // Every $(...) is one the router knows (routeros-api.md 8), so the
        // test router, which knows just those, leaves none unfilled.
        RouterPageServer::Vars known;
        for (const char *name : {"mac", "ip", "username", "identity", "server-name", "link-login", "link-login-only", "link-orig",
                                 "link-logout", "link-status", "link-redirect", "error", "error-orig", "chap-id", "chap-challenge",
                                 "uptime", "session-time-left", "bytes-in-nice", "bytes-out-nice"})
            known.insert(QString::fromLatin1(name), QStringLiteral("x"));
        const auto expanded = RouterPageServer::expand(text.toUtf8(), known);
        QVERIFY2(expanded.unknown.isEmpty(), qPrintable(expanded.unknown.join(QLatin1Char(','))));
        QVERIFY(!expanded.body.contains("$("));
    }

    void scriptsAndStylesHaveNothingForTheRouterToExpand()
    {
        // Some RouterOS builds expand $(...) in every servlet file.
        const PortalBundle bundle = rendered();
        for (const char *name : {"lango.js", "md5.js", "lango.css"})
            QVERIFY2(!page(bundle, name).contains(QLatin1String("$(")), name);
    }

    void officeDataCannotBreakOut()
    {
        const PortalBundle bundle = rendered({QStringLiteral("Pay $(mac) </script><script>alert(1)</script>"),
                                              QStringLiteral("\"><b>$(error)"), {}, {}});
        const QString login = page(bundle, "login.html");
        QVERIFY(!login.contains(QLatin1String("<script>alert")));
        QVERIFY(!login.contains(QLatin1String("\"><b>")));
        QCOMPARE(login.count(QLatin1String("$(mac)")), 1);   // only the page's own
        QCOMPARE(login.count(QLatin1String("$(error)")), 1);
        QVERIFY(login.contains(QLatin1String("Pay &#36;(mac) &lt;/script&gt;")));
        QVERIFY(!bundle.file(QStringLiteral("logo.png")));
        QVERIFY(!login.contains(QLatin1String("logo.png")));
    }

    void pagesAndScriptsWeighUnder60KB()
    {
        // The largest logo the office may save: every page shows it, so it counts.
        const QByteArray biggest = kPng + QByteArray(PortalRenderer::MaxLogoBytes - kPng.size(), 'x');
        QCOMPARE(qint64(biggest.size()), PortalRenderer::MaxLogoBytes);
        const PortalBundle bundle = rendered({QStringLiteral("Mama Wifi"), QStringLiteral("0722 000 111"), QStringLiteral("#aa3300"),
                                              biggest});
        QVERIFY2(bundle.warnings.isEmpty(), qPrintable(bundle.warnings.join(QLatin1Char(' '))));
        QVERIFY(bundle.file(QStringLiteral("logo.png")));
        qint64 total = 0;
        for (const auto &file : bundle.files)
            total += file.contents.size();
        QCOMPARE(bundle.pageWeight(), total);
        qInfo("portal pages, scripts and a %lld-byte logo: %lld bytes in %lld files", PortalRenderer::MaxLogoBytes, total,
              qlonglong(bundle.files.size()));
        QVERIFY2(total < PortalRenderer::MaxPageWeight, qPrintable(QString::number(total)));
        QCOMPARE(PortalRenderer::MaxPageWeight, qint64(60 * 1024));
        // The login page a phone opens first, with what it loads, is lighter still.
        const qint64 login = bundle.file(QStringLiteral("login.html"))->contents.size()
                             + bundle.file(QStringLiteral("lango.css"))->contents.size()
                             + bundle.file(QStringLiteral("lango.js"))->contents.size()
                             + bundle.file(QStringLiteral("md5.js"))->contents.size() + biggest.size();
        QVERIFY2(login < 60 * 1024, qPrintable(QString::number(login)));

        // One byte more is refused, with a sentence saying what to do.
        const PortalBundle tooBig = rendered({QStringLiteral("Mama Wifi"), {}, {}, biggest + 'x'});
        QVERIFY(!tooBig.file(QStringLiteral("logo.png")));
        QVERIFY(!page(tooBig, "login.html").contains(QLatin1String("logo.png")));
        QCOMPARE(tooBig.warnings.size(), 1);
        QVERIFY(tooBig.warnings.first().contains(QLatin1String("smaller PNG")));
    }

    void refusesWhatPhonesCannotUse()
    {
        const PortalBundle big = rendered({QStringLiteral("X"), {}, QStringLiteral("green"),
                                           kPng + QByteArray(PortalRenderer::MaxLogoBytes, 'y')});
        QVERIFY(!big.file(QStringLiteral("logo.png")));
        QCOMPARE(big.warnings.size(), 2);   // logo too big, colour not a colour
        QVERIFY(big.warnings.join(QLatin1Char(' ')).contains(QLatin1String("smaller PNG")));
        QVERIFY(page(big, "lango.css").contains(PortalRenderer::defaultColor()));

        const auto noHost = PortalRenderer::render({}, QStringLiteral("hotspot.example.co.ke"), QStringLiteral("ofisi"));
        QVERIFY(!noHost);
        QVERIFY(noHost.error().message.contains(QLatin1String("https://")));
    }

    void markerRecordsWhatIsInstalled()
    {
        const PortalBundle bundle = rendered();
        const auto marker = PortalRenderer::parseMarker(QString::fromUtf8(bundle.marker()));
        QCOMPARE(marker.hash, bundle.hash);
        QCOMPARE(marker.router, QStringLiteral("ofisi"));
        QCOMPARE(marker.files.size(), bundle.files.size());
        QCOMPARE(marker.files.value(QStringLiteral("login.html")), bundle.file(QStringLiteral("login.html"))->sha256());
        QVERIFY(bundle.marker().size() < 4000);   // small enough to write through the API

        PortalBranding renamed{QStringLiteral("Other"), QStringLiteral("0722 000 111"), QStringLiteral("#aa3300"), kPng};
        const PortalBundle other = rendered(renamed);
        QVERIFY(other.hash != bundle.hash);
        QCOMPARE(other.file(QStringLiteral("lango.js"))->sha256(), bundle.file(QStringLiteral("lango.js"))->sha256());
    }

    void routerTemplateLanguage()
    {
        const RouterPageServer::Vars vars{{QStringLiteral("chap-id"), QStringLiteral("\\001")}, {QStringLiteral("error"), {}},
                                          {QStringLiteral("link-redirect"), QStringLiteral("http://a/b c")}};
        auto out = RouterPageServer::expand("$(if chap-id)C$(if error)E$(else)N$(endif)$(else)P$(endif)|$(link-redirect-esc)", vars);
        QCOMPARE(out.body, QByteArray("CN|http%3A%2F%2Fa%2Fb%20c"));
        out = RouterPageServer::expand("$(if http-status == 302)moved$(endif)$(if http-header == \"Location\")$(link-redirect)$(endif)<p>",
                                       vars);
        QCOMPARE(out.status, 302);
        QCOMPARE(out.headers.value("Location"), QByteArray("http://a/b c"));
        QCOMPARE(out.body, QByteArray("<p>"));
        QCOMPARE(RouterPageServer::octal(QByteArray("\x01\xff", 2)), QStringLiteral("\\001\\377"));
    }
};

LANGO_TEST_GUILESS_MAIN(TestPortalRender)
#include "tst_portalrender.moc"
