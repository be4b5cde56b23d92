// Installing the captive portal on a router (the emulator) from a running
// billing engine: the router fetches every file from GET /portal/..., the
// hotspot profile points at them, the walled garden lets phones reach the
// API, and a second run changes nothing. Also the route itself, the check
// that `lango router check` prints, and the emulator's /tool/fetch.

#include "support/billingfixture.h"
#include "app/http/httprouter.h"
#include "app/http/httpserver.h"
#include "app/portal/portalinstaller.h"
#include "app/portal/portalinstalljob.h"
#include "app/portal/portalsettings.h"
#include "app/routers/routerprofiles.h"
#include "routeros/apiconnection.h"
#include "models/dbexecutor.h"
#include "routeros/command.h"
#include "support/testmain.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTimer>
#include <QTest>

using lango::app::PortalInstaller;
using lango::app::PortalState;
using lango::testing::BillingFixture;

namespace {

const QByteArray kPng = QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xff\x00", 18) + QByteArray(300, '\0');

// Runs the event loop until the future is done: unlike QTest::qWaitFor it
// never sleeps, so the router's many small round trips do not add up.
template <typename T>
T wait(QFuture<T> future)
{
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    if (!future.isFinished())
        qFatal("a portal future did not finish within 30 s");
    return future.result();
}

} // namespace

class TestPortalInstall final : public QObject
{
    Q_OBJECT

private:
    struct Session
    {
        std::unique_ptr<lango::routeros::ApiConnection> connection;
        lango::app::Result<lango::app::PortalBundle> bundle;
    };

    static void brand(BillingFixture &f, const QString &name)
    {
        auto &settings = f.office().settings;
        QVERIFY(settings.setValue(QStringLiteral("office.name"), name));
        QVERIFY(settings.setValue(QStringLiteral("office.phone"), QStringLiteral("0722 000 111")));
        QVERIFY(settings.setValue(QStringLiteral("office.color"), QStringLiteral("#7b1fa2")));
        QVERIFY(settings.setValue(QStringLiteral("office.logo"), QString::fromLatin1(kPng.toBase64())));
    }

    static Session open(BillingFixture &f, const QString &publicUrl = {})
    {
        Session s;
        const auto router = f.office().routers.byName(QStringLiteral("ofisi"));
        auto config = lango::app::RouterProfiles::connectionFor(*router, f.office().box());
        s.connection = std::make_unique<lango::routeros::ApiConnection>(*config);
        s.bundle = lango::app::PortalSettings::render(f.office(), publicUrl.isEmpty() ? f.url({}).toString() : publicUrl,
                                                      QStringLiteral("ofisi"));
        return s;
    }

    static lango::app::Result<lango::app::PortalInstallReport> install(Session &s)
    {
        PortalInstaller installer(s.connection.get(), *s.bundle);
        return wait(installer.install());
    }

    static lango::app::PortalVerdict judge(Session &s)
    {
        PortalInstaller installer(s.connection.get(), *s.bundle);
        const auto seen = wait(installer.inspect());
        if (!seen)
            qFatal("inspect failed: %s", qPrintable(seen.error().message));
        return PortalInstaller::judge(*seen, &*s.bundle);
    }

private Q_SLOTS:
    void installsByFetchAndIsIdempotent_data() { lango::testing::addBackendRows(); }
    void installsByFetchAndIsIdempotent()
    {
        QFETCH(QString, backend);
        LANGO_BILLING(f, backend);
        brand(f, QStringLiteral("Mama Wifi"));
        Session s = open(f);
        LANGO_VERIFY_OK(s.bundle);
        const int files = int(s.bundle->files.size());
        QCOMPARE(judge(s).state, PortalState::Missing);

        const auto first = install(s);
        LANGO_VERIFY_OK(first);
        QVERIFY(first->changed());
        QCOMPARE(first->directory, QStringLiteral("flash/lango"));   // v7: next to the router's own pages
        QCOMPARE(first->loginUrl, QStringLiteral("http://login.wifi/login"));   // the server profile's DNS name
        QCOMPARE(f.router->fetchCount(), files);          // every file by /tool/fetch
        for (const auto &file : s.bundle->files) {
            const auto onRouter = f.router->find(u"/file", QStringLiteral("name"), QStringLiteral("flash/lango/") + file.name);
            QVERIFY2(onRouter, qPrintable(file.name));
            QCOMPARE(onRouter->value(QStringLiteral("size")).toLongLong(), qint64(file.contents.size()));
        }
        const auto id = lango::routeros::sim::ItemTable::parseId(
            f.router->find(u"/file", QStringLiteral("name"), QStringLiteral("flash/lango/logo.png"))->value(QStringLiteral(".id")));
        QCOMPARE(f.router->state().fileBytes.value(*id), kPng);       // binary files arrive byte for byte
        QVERIFY(f.router->find(u"/file", QStringLiteral("name"), QStringLiteral("flash/lango/lango-portal.txt")));
        const auto profile = f.router->find(u"/ip/hotspot/profile", QStringLiteral("name"), QStringLiteral("hsprof1"));
        QCOMPARE(profile->value(QStringLiteral("html-directory")), QStringLiteral("flash/lango"));
        const QStringList loginBy = profile->value(QStringLiteral("login-by")).split(QLatin1Char(','));
        for (const QString &method : PortalInstaller::requiredLoginBy())
            QVERIFY2(loginBy.contains(method), qPrintable(method));
        QVERIFY(f.router->find(u"/ip/hotspot/walled-garden", QStringLiteral("dst-host"), QStringLiteral("127.0.0.1")));
        QCOMPARE(judge(s).state, PortalState::Current);

        QSignalSpy commands(f.router.get(), &lango::routeros::sim::RouterEmulator::commandReceived);
        const auto second = install(s);
        LANGO_VERIFY_OK(second);
        QVERIFY2(!second->changed(), qPrintable(second->changes.join(QLatin1Char('\n'))));
        QCOMPARE(f.router->fetchCount(), files);
        QCOMPARE(int(f.router->items(u"/ip/hotspot/walled-garden").size()), 1);
        for (const auto &command : std::as_const(commands)) {   // only reads went to the router
            const QString path = command.at(0).toString();
            QVERIFY2(path.endsWith(QLatin1String("/print")) || path.startsWith(QLatin1String("/system/")), qPrintable(path));
        }
    }

    void changedSettingsSendOnlyWhatChanged()
    {
        LANGO_BILLING(f, QStringLiteral("sqlite"));
        brand(f, QStringLiteral("Mama Wifi"));
        Session s = open(f);
        QVERIFY(install(s));
        const int fetched = f.router->fetchCount();

        brand(f, QStringLiteral("Baba Wifi"));
        Session again = open(f);
        const auto verdict = judge(again);
        QCOMPARE(verdict.state, PortalState::Outdated);
        QVERIFY(verdict.reasons.join(QLatin1Char(' ')).contains(QLatin1String("differ")));
        const auto report = install(again);
        LANGO_VERIFY_OK(report);
        // The office name is in the seven pages, not in the scripts, styles or logo.
        QCOMPARE(f.router->fetchCount() - fetched, 7);
        QVERIFY(installedLoginPage(f).contains(QLatin1String("Baba Wifi")));
        QCOMPARE(judge(again).state, PortalState::Current);
    }

    void checkSeesMissingFilesAndProfiles()
    {
        LANGO_BILLING(f, QStringLiteral("sqlite"));
        Session s = open(f);
        QVERIFY(install(s));
        const auto login = f.router->find(u"/file", QStringLiteral("name"), QStringLiteral("flash/lango/login.html"));
        f.router->state().table(u"/file")->remove(*lango::routeros::sim::ItemTable::parseId(login->value(QStringLiteral(".id"))));
        const auto profile = f.router->find(u"/ip/hotspot/profile", QStringLiteral("name"), QStringLiteral("hsprof1"));
        f.router->state().table(u"/ip/hotspot/profile")
            ->update(*lango::routeros::sim::ItemTable::parseId(profile->value(QStringLiteral(".id"))),
                     {{QStringLiteral("html-directory"), QStringLiteral("flash/hotspot")}});
        const auto verdict = judge(s);
        QCOMPARE(verdict.state, PortalState::Outdated);
        const QString reasons = verdict.reasons.join(QLatin1Char('\n'));
        QVERIFY2(reasons.contains(QLatin1String("login.html is missing")), qPrintable(reasons));
        QVERIFY2(reasons.contains(QLatin1String("shows pages from flash/hotspot")), qPrintable(reasons));
        const auto repaired = install(s);
        QVERIFY(repaired && repaired->changed());
        QCOMPARE(judge(s).state, PortalState::Current);
    }

    void unreachableServerFailsClearlyAndKeepsTheOldPages()
    {
        LANGO_BILLING(f, QStringLiteral("sqlite"));
        Session s = open(f, QStringLiteral("http://127.0.0.1:%1").arg(lango::testing::freePort()));
        const auto report = install(s);
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(QLatin1String("could not download")), qPrintable(report.error().message));
        QVERIFY(report.error().message.contains(QLatin1String("/tool fetch url=")));
        const auto profile = f.router->find(u"/ip/hotspot/profile", QStringLiteral("name"), QStringLiteral("hsprof1"));
        QCOMPARE(profile->value(QStringLiteral("html-directory")), QStringLiteral("flash/hotspot"));
    }

    // Something between the router and Lango swaps the login page for one of
    // the same size (a fake PIN page): the contents check catches it.
    void tamperedFileFailsTheInstall_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("file");
        QTest::newRow("read back with /file/read") << "7.16 (stable)" << "login.html";
        QTest::newRow("older RouterOS: small file by /file/print") << "7.12.1 (stable)" << "md5.js";
    }
    void tamperedFileFailsTheInstall()
    {
        QFETCH(QString, version);
        QFETCH(QString, file);
        LANGO_BILLING(f, QStringLiteral("sqlite"));
        f.router->state().version = version;
        brand(f, QStringLiteral("Mama Wifi"));
        lango::app::http::HttpRouter routes;
        Session s;
        routes.route("GET", QStringLiteral("/portal/<arg>/<arg>"), [&s, file](const lango::app::http::HttpRequest &, const QStringList &args) {
            for (const auto &rendered : s.bundle->files) {
                if (rendered.name != args.at(1))
                    continue;
                QByteArray bytes = rendered.contents;
                if (rendered.name == file)
                    bytes[bytes.size() / 2] = bytes.at(bytes.size() / 2) == 'x' ? 'y' : 'x';   // same size, other page
                return lango::app::http::HttpResponse(200, rendered.contentType, bytes);
            }
            return lango::app::http::HttpResponse(404);
        });
        lango::app::http::HttpServer evil(routes, {});
        const auto port = evil.listen(QHostAddress::LocalHost, 0);
        LANGO_VERIFY_OK(port);
        s = open(f, QStringLiteral("http://127.0.0.1:%1").arg(*port));
        const auto report = install(s);
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(QStringLiteral("different %1").arg(file)), qPrintable(report.error().message));
        const auto profile = f.router->find(u"/ip/hotspot/profile", QStringLiteral("name"), QStringLiteral("hsprof1"));
        QCOMPARE(profile->value(QStringLiteral("html-directory")), QStringLiteral("flash/hotspot"));   // not switched over
    }

    void routeServesTheRenderedPortal()
    {
        LANGO_BILLING(f, QStringLiteral("sqlite"));
        brand(f, QStringLiteral("Mama Wifi"));
        Session s = open(f);
        const auto page = lango::testing::httpGet(f.url(QStringLiteral("/portal/ofisi/login.html")));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.body, s.bundle->file(QStringLiteral("login.html"))->contents);
        QCOMPARE(lango::testing::httpGet(f.url(QStringLiteral("/portal/ofisi/logo.png"))).body, kPng);
        QCOMPARE(lango::testing::httpGet(f.url(QStringLiteral("/portal/nowhere/login.html"))).status, 404);
        QCOMPARE(lango::testing::httpGet(f.url(QStringLiteral("/portal/ofisi/secret.txt"))).status, 404);
    }

    // The Routers panel's "Install portal…": off the GUI thread, and asking
    // for the server's address when the desk has none.
    void desktopJobAsksForTheAddressThenInstalls()
    {
        LANGO_BILLING(f, QStringLiteral("sqlite"));
        lango::models::DbExecutor db;
        const auto router = f.office().routers.byName(QStringLiteral("ofisi"));
        lango::models::AuditEntry audit;
        audit.actor = QStringLiteral("desk:test");
        lango::app::PortalInstallJob job(f.office(), db, *router, audit);
        QSignalSpy finished(&job, &lango::app::PortalInstallJob::finished);
        QSignalSpy progressed(&job, &lango::app::PortalInstallJob::progressed);
        job.start();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(finished.at(0).at(2).toBool(), true);   // needs the address

        lango::app::PortalInstallJob again(f.office(), db, *router, audit);
        QSignalSpy done(&again, &lango::app::PortalInstallJob::finished);
        QSignalSpy steps(&again, &lango::app::PortalInstallJob::progressed);
        again.start(f.url({}).toString());
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
        QVERIFY(done.at(0).at(1).toString().contains(QLatin1String("now shows Lango's portal")));
        QVERIFY(steps.size() > 10);
        QCOMPARE(f.office().settings.value(lango::app::PortalSettings::apiUrlKey()).value(), f.url({}).toString());
        QTRY_VERIFY([&] {   // the desk's audit entry, written on the executor
            const auto entries = f.office().audit.recent();
            return entries && !entries->isEmpty() && entries->first().action == QLatin1String("router.install_portal");
        }());
    }

    // The desk's services know the server's address (the demo's own): the
    // job does not ask, and voucher QR codes learn the router's login page.
    void desktopJobUsesTheKnownAddressAndLearnsTheLoginPage()
    {
        LANGO_BILLING(f, QStringLiteral("sqlite"));
        lango::models::DbExecutor db;
        const auto router = f.office().routers.byName(QStringLiteral("ofisi"));
        const auto installWith = [&](const QString &dnsName) {
            const auto profile = f.router->find(u"/ip/hotspot/profile", QStringLiteral("name"), QStringLiteral("hsprof1"));
            f.router->state().table(u"/ip/hotspot/profile")
                ->update(*lango::routeros::sim::ItemTable::parseId(profile->value(QStringLiteral(".id"))),
                         {{QStringLiteral("dns-name"), dnsName}});
            lango::app::PortalInstallJob job(f.office(), db, *router, {});
            job.setPublicUrl(f.url({}).toString());
            QSignalSpy done(&job, &lango::app::PortalInstallJob::finished);
            job.start();
            if (!done.wait(20000) && done.isEmpty())
                return QVariantList{};
            return done.first();
        };
        const QVariantList first = installWith(QStringLiteral("wifi.mama"));
        QVERIFY(!first.isEmpty());
        QVERIFY2(first.at(0).toBool(), qPrintable(first.at(1).toString()));
        QCOMPARE(first.at(2).toBool(), false);   // nothing to ask
        QVERIFY(first.at(1).toString().contains(QLatin1String("http://wifi.mama/login")));
        QTRY_COMPARE(f.office().settings.value(lango::app::PortalSettings::loginUrlKey()).value(), QStringLiteral("http://wifi.mama/login"));

        // No DNS name: the cards keep what they had, and staff read what to set.
        const QVariantList second = installWith(QString());
        QVERIFY(!second.isEmpty());
        QVERIFY2(second.at(0).toBool(), qPrintable(second.at(1).toString()));
        QVERIFY2(second.at(1).toString().contains(QLatin1String("no DNS name")), qPrintable(second.at(1).toString()));
        QCOMPARE(f.office().settings.value(lango::app::PortalSettings::loginUrlKey()).value(), QStringLiteral("http://wifi.mama/login"));
    }

    void httpsNeedsAnIpLevelGardenEntry()
    {
        auto bundle = lango::app::PortalRenderer::render({}, QStringLiteral("https://hotspot.example.co.ke"), QStringLiteral("ofisi"));
        LANGO_VERIFY_OK(bundle);
        lango::app::PortalInspection seen;
        seen.profiles = QStringList{QStringLiteral("hsprof1")};
        seen.directory = QStringLiteral("flash/lango");
        seen.htmlDirectories.insert(QStringLiteral("hsprof1"), seen.directory);
        seen.loginBy.insert(QStringLiteral("hsprof1"), PortalInstaller::requiredLoginBy().join(QLatin1Char(',')));
        seen.marker = lango::app::PortalRenderer::parseMarker(QString::fromUtf8(bundle->marker()));
        for (const auto &file : bundle->files)
            seen.sizes.insert(file.name, QString::number(file.contents.size()));
        seen.gardenHosts = QStringList{QStringLiteral("hotspot.example.co.ke")};
        // The hotspot's HTTP walled garden does not see HTTPS requests.
        QCOMPARE(PortalInstaller::judge(seen, &*bundle).state, PortalState::Outdated);
        seen.gardenIpHosts = QStringList{QStringLiteral("hotspot.example.co.ke")};
        QCOMPARE(PortalInstaller::judge(seen, &*bundle).state, PortalState::Current);
        QVERIFY(PortalInstaller::sizeMatches(QStringLiteral("12.3KiB"), 12600));   // how some builds print sizes
        QVERIFY(!PortalInstaller::sizeMatches(QStringLiteral("12.3KiB"), 14000));
    }

    void emulatorFetchAnswersLikeARouter()
    {
        LANGO_BILLING(f, QStringLiteral("sqlite"));
        Session s = open(f);
        lango::routeros::Command missing(u"/tool/fetch");
        missing.attr(u"url", f.url(QStringLiteral("/portal/ofisi/nothing.html")).toString()).attr(u"dst-path", u"x.html");
        const auto trap = wait(s.connection->request(missing));
        QVERIFY(!trap);
        QVERIFY2(trap.error().detail.contains(QLatin1String("failure: closing connection: <404")), qPrintable(trap.error().detail));
        QVERIFY(!f.router->find(u"/file", QStringLiteral("name"), QStringLiteral("x.html")));

        lango::routeros::Command good(u"/tool/fetch");
        good.attr(u"url", f.url(QStringLiteral("/portal/ofisi/md5.js")).toString());
        const auto done = wait(s.connection->request(good));
        QVERIFY(done);
        QCOMPARE(done->items.value(0).attribute("status"), QStringLiteral("finished"));
        QVERIFY(f.router->find(u"/file", QStringLiteral("name"), QStringLiteral("md5.js")));   // no dst-path: the URL's name
    }

private:
    static QString installedLoginPage(BillingFixture &f)
    {
        const auto page = f.router->find(u"/file", QStringLiteral("name"), QStringLiteral("flash/lango/login.html"));
        return page ? page->value(QStringLiteral("contents")) : QString();
    }
};

LANGO_TEST_GUILESS_MAIN(TestPortalInstall)
#include "tst_portalinstall.moc"
