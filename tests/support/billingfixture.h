#pragma once

// An office with the billing engine running against an emulated router and
// an emulated Daraja, over real sockets and real HTTP, on either backend.

#include "app/server/billingengine.h"
#include "app/billing/billingservice.h"
#include "app/mpesa/sim/darajaemulator.h"
#include "app/core/mpesasettings.h"
#include "app/core/office.h"
#include "routeros/sim/routeremulator.h"
#include "support/httpclient.h"
#include "support/testdatabase.h"

#include <QJsonObject>

#include <functional>
#include <memory>

namespace lango::testing {

class BillingFixture
{
public:
    struct Options
    {
        qint64 packageSeconds = 3600;
        int routerLatencyMs = 0;
        qint64 reconcileAfterSeconds = 60;
        qint64 confirmWithinSeconds = 300;
        qint64 queryGiveUpSeconds = 600;
        qint64 slowQuerySeconds = 1800;
        bool startEngine = true;
    };

    explicit BillingFixture(const QString &backend) : BillingFixture(backend, Options{}) {}
    BillingFixture(const QString &backend, Options options)
        : m_database(backend)
        , m_options(options)
    {
    }

    // Everything up to a running engine; returns an empty string or why not.
    QString setUp()
    {
        if (m_database.url().isEmpty())
            return m_database.error();
        auto url = models::DatabaseUrl::parse(m_database.url());
        app::Office::OpenOptions open;
        open.url = *url;
        auto office = app::Office::open(open, m_clock);
        if (!office)
            return office.error().message + QStringLiteral(" | ") + office.error().detail;
        m_office = std::move(*office);

        routeros::sim::RouterEmulator::Options routerOptions;
        routerOptions.user = QStringLiteral("lango");
        routerOptions.password = QStringLiteral("router-pw");
        routerOptions.latencyMs = m_options.routerLatencyMs;
        router = std::make_unique<routeros::sim::RouterEmulator>(routerOptions);
        routerPort = router->listen(QHostAddress::LocalHost, 0);
        daraja = std::make_unique<app::mpesa::DarajaEmulator>();
        if (!routerPort || !daraja->listen(QHostAddress::LocalHost, 0))
            return QStringLiteral("emulators did not start");
        daraja->setOutcome(app::mpesa::StkOutcome::paid().after(std::chrono::milliseconds(50)));

        models::Router r;
        r.name = QStringLiteral("ofisi");
        r.host = QStringLiteral("127.0.0.1");
        r.port = routerPort;
        r.apiUser = QStringLiteral("lango");
        r.apiPasswordSealed = *m_office->box().seal(QStringLiteral("router-pw"));
        routerId = *m_office->routers.add(r);
        models::Package p;
        p.name = QStringLiteral("1 Hour");
        p.priceCents = 2000;
        p.durationSeconds = m_options.packageSeconds;
        p.downKbps = 5000;
        p.upKbps = 1000;
        packageId = *m_office->packages.add(p);

        const auto credentials = daraja->credentials();
        for (const auto &[key, value] : QList<std::pair<QString, QString>>{
                 {QStringLiteral("mpesa.environment"), QStringLiteral("custom")},
                 {QStringLiteral("mpesa.base_url"), daraja->baseUrl().toString()},
                 {QStringLiteral("mpesa.shortcode"), credentials.paybill},
                 {QStringLiteral("mpesa.type"), QStringLiteral("paybill")}})
            (void)m_office->settings.setValue(key, value);
        (void)m_office->settings.setSecret(QStringLiteral("mpesa_consumer_key"), credentials.consumerKey, m_office->box());
        (void)m_office->settings.setSecret(QStringLiteral("mpesa_consumer_secret"), credentials.consumerSecret, m_office->box());
        (void)m_office->settings.setSecret(QStringLiteral("mpesa_passkey"), credentials.passkey, m_office->box());
        callbackToken = app::MpesaSettings::newCallbackToken();
        httpPort = freePort();
        if (!m_options.startEngine)
            return QString();
        // A port found free may be taken by a test running beside this one
        // before the engine binds it: then other ports.
        QString started = startEngine();
        for (int attempt = 0; attempt < 5 && started.contains(QLatin1String("already in use")); ++attempt) {
            engine.reset();
            httpPort = freePort();
            started = startEngine();
        }
        return started;
    }

    QString startEngine(const QString &trustedProxies = {})
    {
        app::BillingEngine::Options options;
        options.config.listenAddress = QHostAddress(QHostAddress::LocalHost);
        options.config.listenPort = httpPort;
        options.config.publicUrl = QStringLiteral("http://127.0.0.1:%1").arg(httpPort);
        options.config.reconcileAfterSeconds = m_options.reconcileAfterSeconds;
        options.config.confirmWithinSeconds = m_options.confirmWithinSeconds;
        QString bad;
        (void)app::http::ClientAddress::parseSubnets(trustedProxies, options.config.trustedProxies, bad);
        options.config.adminListenSet = true;
        options.config.adminPort = adminPort = freePort();
        options.callbackToken = callbackToken;
        options.queryGiveUpSeconds = m_options.queryGiveUpSeconds;
        if (engineOptionsHook)
            engineOptionsHook(options);
        options.slowQuerySeconds = m_options.slowQuerySeconds;
        engine = std::make_unique<app::BillingEngine>(*m_office, options);
        auto started = engine->start();
        return started ? QString() : started.error().message;
    }

    void stopEngine() { engine.reset(); }

    app::Office &office() { return *m_office; }
    QUrl url(const QString &path) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(httpPort).arg(path)); }
    // /healthz and /metrics live on the admin listener.
    QUrl adminUrl(const QString &path) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(adminPort).arg(path)); }

    QJsonObject purchaseBody(const QString &phone = QStringLiteral("0712345678"),
                             const QString &mac = QStringLiteral("AA:BB:CC:DD:EE:01"), bool extend = false) const
    {
        QJsonObject body{{QStringLiteral("package_id"), packageId}, {QStringLiteral("phone"), phone},
                         {QStringLiteral("mac"), mac}, {QStringLiteral("ip"), QStringLiteral("10.5.50.7")},
                         {QStringLiteral("router"), QStringLiteral("ofisi")}};
        if (extend)
            body.insert(QStringLiteral("extend"), true);
        return body;
    }

    // The customer's phone on the hotspot's WiFi, then buying from its portal.
    HttpResult buy(const QJsonObject &body)
    {
        router->joinDevice(body.value(QStringLiteral("mac")).toString(), body.value(QStringLiteral("ip")).toString());
        return httpPost(url(QStringLiteral("/api/portal/purchases")), QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    QJsonObject status(const QString &publicId, const QString &lang = QStringLiteral("en"))
    {
        return httpGet(url(QStringLiteral("/api/portal/purchases/%1?lang=%2").arg(publicId, lang))).json().object();
    }

    int usersOnRouter() const { return int(router->items(u"/ip/hotspot/user").size()); }
    bool userOnRouter(const QString &name) const { return router->find(u"/ip/hotspot/user", QStringLiteral("name"), name).has_value(); }
    bool sessionFor(const QString &user) const { return router->find(u"/ip/hotspot/active", QStringLiteral("user"), user).has_value(); }

    models::SystemClock m_clock;
    TestDatabase m_database;
    Options m_options;
    std::unique_ptr<app::Office> m_office;
    std::unique_ptr<routeros::sim::RouterEmulator> router;
    std::unique_ptr<app::mpesa::DarajaEmulator> daraja;
    std::unique_ptr<app::BillingEngine> engine;
    quint16 routerPort = 0;
    quint16 httpPort = 0;
    quint16 adminPort = 0;
    qint64 routerId = 0;
    qint64 packageId = 0;
    QString callbackToken;
    std::function<void(app::BillingEngine::Options &)> engineOptionsHook;   // a test's own limits and such
};

} // namespace lango::testing

#define LANGO_BILLING(fixture, backend, ...)                                    \
    lango::testing::BillingFixture fixture(backend, ##__VA_ARGS__);             \
    do {                                                                        \
        const QString problem = fixture.setUp();                                \
        QVERIFY2(problem.isEmpty(), qPrintable(problem));                       \
    } while (false)
