#include "common/sqliteurl.h"
#include "app/mpesa/sim/darajaemulator.h"
#include "app/sms/sim/smsemulator.h"
#include "app/core/mpesasettings.h"
#include "app/core/office.h"
#include "routeros/sim/routeremulator.h"
#include "support/httpclient.h"
#include "support/langoprocess.h"
#include "support/samples.h"
#include "support/testmain.h"

#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace lango;
using namespace lango::testing;

// The headless server as a real process, killed with SIGKILL between the
// payment's commit and the router call, while its receipt text is handed to
// the SMS provider and not yet answered: after a restart the customer is
// online, with exactly one user, one payment and one text.
class TestBillingProcess final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedBetweenCommitAndRouterCallRecovers()
    {
        LangoProcess lango;
        const QString dir = lango.home();
        const QString dbUrl = lango::sqliteUrlForFile(dir + QStringLiteral("/office.db"));

        routeros::sim::RouterEmulator::Options routerOptions;
        routerOptions.user = QStringLiteral("lango");
        routerOptions.password = QStringLiteral("router-pw");
        routeros::sim::RouterEmulator router(routerOptions);
        const quint16 routerPort = router.listen(QHostAddress::LocalHost, 0);
        app::mpesa::DarajaEmulator daraja;
        QVERIFY(routerPort && daraja.listen(QHostAddress::LocalHost, 0));
        daraja.setOutcome(app::mpesa::StkOutcome::paid().after(std::chrono::milliseconds(50)));
        app::sms::SmsEmulator texts;
        QVERIFY(texts.listen());
        texts.setResponseDelay(std::chrono::seconds(30));   // takes the text, answers after the kill

        // The office, set up the way an admin would with the CLI and settings.
        QString officeKey;
        {
            models::SystemClock clock;
            app::Office::OpenOptions open;
            open.url = *models::DatabaseUrl::parse(dbUrl);
            auto office = app::Office::open(open, clock);
            QVERIFY(office.ok());
            officeKey = (*office)->generatedOfficeKey();
            models::Router r;
            r.name = QStringLiteral("ofisi");
            r.host = QStringLiteral("127.0.0.1");
            r.port = routerPort;
            r.apiUser = QStringLiteral("lango");
            r.apiPasswordSealed = *(*office)->box().seal(QStringLiteral("router-pw"));
            QVERIFY((*office)->routers.add(r).ok());
            const models::Package p = lango::testing::samplePackage();
            QVERIFY((*office)->packages.add(p).ok());
        }
        const quint16 httpPort = freePort();
        const quint16 adminPort = freePort();
        const QString config = dir + QStringLiteral("/lango.ini");
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const auto credentials = daraja.credentials();
        file.write(QStringLiteral("[database]\nurl = %1\n[http]\nlisten = 127.0.0.1:%2\npublic_url = http://127.0.0.1:%2\nadmin_listen = 127.0.0.1:%5\n"
                                  "[mpesa]\nenvironment = custom\nbase_url = %3\nshortcode = %4\ntype = paybill\n"
                                  "[sms]\nenvironment = custom\nbase_url = %6\nusername = %7\nquiet_hours = off\n")
                       .arg(dbUrl).arg(httpPort).arg(daraja.baseUrl().toString(), credentials.paybill).arg(adminPort)
                       .arg(texts.baseUrl().toString(), texts.username()).toUtf8());
        file.close();
        auto &env = lango.environment();
        env.insert(QStringLiteral("LANGO_OFFICE_KEY"), officeKey);
        env.insert(QStringLiteral("LANGO_CALLBACK_TOKEN"), app::MpesaSettings::newCallbackToken());
        env.insert(QStringLiteral("LANGO_MPESA_CONSUMER_KEY"), credentials.consumerKey);
        env.insert(QStringLiteral("LANGO_MPESA_CONSUMER_SECRET"), credentials.consumerSecret);
        env.insert(QStringLiteral("LANGO_MPESA_PASSKEY"), credentials.passkey);
        env.insert(QStringLiteral("LANGO_SMS_API_KEY"), texts.apiKey());

        auto startServer = [&](QProcess &process) {
            process.setProcessEnvironment(env);
            process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            process.start(QStringLiteral(LANGO_BINARY), {QStringLiteral("--headless"), QStringLiteral("--config"), config});
            QTRY_VERIFY_WITH_TIMEOUT(httpGet(QUrl(QStringLiteral("http://127.0.0.1:%1/healthz").arg(adminPort)), 500).status == 200, 30000);
        };

        // The router takes the user add but never answers it: the server is
        // between the payment's commit and the end of the router call.
        router.setStalled(QStringLiteral("/ip/hotspot/user/add"), true);
        QSignalSpy userAdds(&router, &routeros::sim::RouterEmulator::commandReceived);
        QSignalSpy delivered(&daraja, &app::mpesa::DarajaEmulator::callbackDelivered);
        QProcess first;
        startServer(first);
        const QJsonObject body{{QStringLiteral("package_id"), 1}, {QStringLiteral("phone"), QStringLiteral("0712345678")},
                               {QStringLiteral("mac"), QStringLiteral("AA:BB:CC:DD:EE:01")}, {QStringLiteral("ip"), QStringLiteral("10.5.50.7")},
                               {QStringLiteral("router"), QStringLiteral("ofisi")}};
        router.joinDevice(QStringLiteral("AA:BB:CC:DD:EE:01"), QStringLiteral("10.5.50.7"));   // the phone on the WiFi
        const HttpResult started = httpPost(QUrl(QStringLiteral("http://127.0.0.1:%1/api/portal/purchases").arg(httpPort)),
                                            QJsonDocument(body).toJson());
        QVERIFY2(started.status == 201, started.body.constData());
        const QString id = started.json()[QStringLiteral("purchase_id")].toString();
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, 10000);
        QCOMPARE(delivered.first().at(1).toInt(), 200);   // the payment is committed and answered
        auto sawAdd = [&userAdds] {
            for (const auto &args : userAdds) {
                if (args.first().toString() == QLatin1String("/ip/hotspot/user/add"))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(sawAdd(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(texts.outbox().size(), 1, 10000);   // the receipt is with the provider, unanswered
        ::kill(static_cast<pid_t>(first.processId()), SIGKILL);
        QVERIFY(first.waitForFinished(5000));

        router.setStalled(QStringLiteral("/ip/hotspot/user/add"), false);
        QProcess second;
        startServer(second);
        const QUrl status(QStringLiteral("http://127.0.0.1:%1/api/portal/purchases/%2").arg(httpPort).arg(id));
        QTRY_COMPARE_WITH_TIMEOUT(httpGet(status, 1000).json()[QStringLiteral("status")].toString(), QStringLiteral("active"), 40000);

        QCOMPARE(router.items(u"/ip/hotspot/user").size(), 1);
        QCOMPARE(daraja.stkPushCount(), 1);
        {
            models::SystemClock clock;
            app::Office::OpenOptions open;
            open.url = *models::DatabaseUrl::parse(dbUrl);
            open.officeKey = officeKey;
            auto office = app::Office::open(open, clock);
            QVERIFY(office.ok());
            const auto purchases = (*office)->purchases.list({});
            QCOMPARE(purchases->size(), 1);
            QVERIFY(!purchases->first().mpesaReceipt.isEmpty());
            QCOMPARE((*office)->grants.list()->size(), 1);
            // The receipt was handed over once and its answer lost: it is
            // never sent again, and staff see why.
            QTRY_COMPARE_WITH_TIMEOUT((*office)->sms.recent(10)->first().state, QStringLiteral("failed"), 10000);
            QCOMPARE((*office)->sms.recent(10)->size(), 1);
        }
        QTest::qWait(1000);
        QCOMPARE(texts.outbox().size(), 1);
        second.terminate();
        QVERIFY(second.waitForFinished(10000));
        QCOMPARE(second.exitCode(), 0);
    }
};

LANGO_TEST_GUILESS_MAIN(TestBillingProcess)
#include "tst_billing_process.moc"
