#include "app/demo/demoworld.h"

#include "app/server/billingengine.h"
#include "app/billing/billingservice.h"
#include "app/billing/purchasereference.h"
#include "app/demo/demohistory.h"
#include "app/demo/demoseed.h"
#include "app/core/logging.h"
#include "app/mpesa/darajaclient.h"
#include "app/mpesa/sim/darajaemulator.h"
#include "app/sms/sim/smsemulator.h"
#include "app/sms/smssender.h"
#include "app/core/mpesasettings.h"
#include "app/core/office.h"
#include "app/vouchers/voucherpush.h"
#include "app/vouchers/voucherservice.h"
#include "models/secretbox.h"
#include "routeros/sim/routeremulator.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <chrono>

namespace lango::app {

using namespace std::chrono_literals;

namespace {

QString randomDigits(int count)
{
    QString digits;
    for (int i = 0; i < count; ++i)
        digits += QChar(u'0' + QRandomGenerator::global()->bounded(10));
    return digits;
}

QString randomMac()
{
    // 02:... is a locally administered address, as phones randomise theirs.
    QString mac = QStringLiteral("02");
    for (int i = 0; i < 5; ++i)
        mac += QStringLiteral(":%1").arg(QRandomGenerator::global()->bounded(256), 2, 16, QLatin1Char('0'));
    return mac.toUpper();
}

} // namespace

DemoWorld::DemoWorld(Office &office, QObject *parent)
    : QObject(parent)
    , m_office(office)
{
    connect(&m_customers, &QTimer::timeout, this, &DemoWorld::customerArrives);
    connect(&m_browsing, &QTimer::timeout, this, &DemoWorld::customersBrowse);
    connect(&m_paybill, &QTimer::timeout, this, &DemoWorld::customerPaysAtPaybill);
    connect(&m_featurePhones, &QTimer::timeout, this, &DemoWorld::featurePhoneBuysVoucher);
    connect(&m_voucherCustomers, &QTimer::timeout, this, &DemoWorld::voucherCustomerArrives);
}

DemoWorld::~DemoWorld() = default;

Result<void> DemoWorld::build(quint16 httpPort)
{
    m_httpPort = httpPort;
    const QString routerPassword = models::SecureRandom::readable(16);
    routeros::sim::RouterEmulator::Options options;
    options.user = QStringLiteral("lango");
    options.password = routerPassword;
    options.identity = QStringLiteral("Demo-Hotspot");
    options.latencyMs = 5;
    m_router = std::make_unique<routeros::sim::RouterEmulator>(options);
    const quint16 routerPort = m_router->listen(QHostAddress::LocalHost, 0);
    if (!routerPort)
        return Error{ErrorCode::Unavailable, tr("The demo's emulated router could not start: %1").arg(m_router->errorString()), {}};
    m_daraja = std::make_unique<mpesa::DarajaEmulator>();
    if (!m_daraja->listen(QHostAddress::LocalHost, 0))
        return Error{ErrorCode::Unavailable, tr("The demo's emulated M-Pesa could not start."), {}};
    // Most demo customers pay a few seconds after the prompt; some cancel,
    // some lack balance, and a few callbacks get lost (the reconciler's job).
    m_daraja->setOutcomePicker([this](const QString &, qint64) {
        const int roll = QRandomGenerator::global()->bounded(100);
        const auto delay = std::chrono::milliseconds(2000 + QRandomGenerator::global()->bounded(4000));
        // A newcomer sees customers online at once, and soon one who cancels
        // the prompt and then pays at the paybill instead (a problem to act on).
        if (++m_pushes <= 2)
            return mpesa::StkOutcome::paid().after(delay);
        if (m_pushes == 3)
            return mpesa::StkOutcome::cancelled().after(delay);
        if (roll < 70)
            return mpesa::StkOutcome::paid().after(delay);
        if (roll < 80)
            return mpesa::StkOutcome::cancelled().after(delay);
        if (roll < 88)
            return mpesa::StkOutcome::insufficientFunds().after(delay);
        if (roll < 94)
            return mpesa::StkOutcome::paid().after(delay).lost();
        return mpesa::StkOutcome::paid().after(delay).duplicated();
    });

    if (auto seeded = DemoSeed::packages(m_office); !seeded)
        return seeded.error();
    models::Package quick;
    quick.name = QStringLiteral("Demo 3 Minutes");
    quick.priceCents = 500;
    quick.durationSeconds = 180;
    quick.downKbps = 2000;
    quick.upKbps = 512;
    auto quickId = m_office.packages.add(quick);
    if (!quickId)
        return fromModels(quickId.error());
    m_quickPackageId = *quickId;

    auto sealed = m_office.box().seal(routerPassword);
    if (!sealed)
        return fromModels(sealed.error());
    models::Router router;
    router.name = QStringLiteral("demo");
    router.host = QStringLiteral("127.0.0.1");
    router.port = routerPort;
    router.apiUser = options.user;
    router.apiPasswordSealed = *sealed;
    router.location = tr("Emulated router (demo)");
    auto added = m_office.routers.add(router);
    if (!added)
        return fromModels(added.error());
    m_routerId = *added;
    // A month of past sales, so the dashboard and payments have history.
    if (auto history = DemoHistory::write(m_office, *added, m_office.clock().now()); !history)
        return history.error();

    const auto credentials = m_daraja->credentials();
    const QList<std::pair<QString, QString>> plain{{QStringLiteral("mpesa.environment"), QStringLiteral("custom")},
                                                   {QStringLiteral("mpesa.base_url"), m_daraja->baseUrl().toString()},
                                                   {QStringLiteral("mpesa.shortcode"), credentials.paybill},
                                                   {QStringLiteral("mpesa.type"), QStringLiteral("paybill")},
                                                   {QStringLiteral("office.name"), tr("Lango Demo WiFi")},
                                                   {QStringLiteral("office.phone"), QStringLiteral("0700 000 000")}};
    for (const auto &[key, value] : plain) {
        if (auto stored = m_office.settings.setValue(key, value); !stored)
            return fromModels(stored.error());
    }
    const QList<std::pair<QString, QString>> secrets{{QStringLiteral("mpesa_consumer_key"), credentials.consumerKey},
                                                     {QStringLiteral("mpesa_consumer_secret"), credentials.consumerSecret},
                                                     {QStringLiteral("mpesa_passkey"), credentials.passkey}};
    for (const auto &[key, value] : secrets) {
        if (auto stored = m_office.settings.setSecret(key, value, m_office.box()); !stored)
            return fromModels(stored.error());
    }
    m_callbackToken = MpesaSettings::newCallbackToken();
    m_sms = std::make_unique<sms::SmsEmulator>();
    if (m_sms->listen(QHostAddress::LocalHost, 0) == 0)
        return Error{ErrorCode::Unavailable, tr("The demo's emulated SMS service could not start."), {}};
    m_sms->setDeliveryReports(QUrl(QStringLiteral("http://127.0.0.1:%1/sms/dlr/%2").arg(httpPort).arg(sms::SmsSender::deliveryReportToken(m_callbackToken))),
                              std::chrono::seconds(3));
    m_sms->setFailShare(0.1);   // now and then a phone is off: the report says so
    qCInfo(lcApp).noquote() << "demo: emulated router on 127.0.0.1:" << routerPort << ", emulated M-Pesa at"
                            << m_daraja->baseUrl().toString() << ", emulated SMS at" << m_sms->baseUrl().toString();
    return {};
}

Result<void> DemoWorld::buildFor(BillingEngine::Options &options)
{
    if (auto built = build(options.config.listenPort); !built)
        return built;
    options.config = adjust(options.config);
    options.voucherSyncIntervalMs = 8000;   // demo vouchers show up as in use quickly
    options.callbackToken = m_callbackToken;
    options.smsApiKey = m_sms ? m_sms->apiKey() : QString();
    return {};
}

Config DemoWorld::adjust(Config config) const
{
    config.listenAddress = QHostAddress(QHostAddress::LocalHost);
    config.listenPort = m_httpPort;
    config.publicUrl = QStringLiteral("http://127.0.0.1:%1").arg(m_httpPort);
    config.mpesaSectionSeen = false;   // the demo office's settings point at the emulator
    config.reconcileAfterSeconds = 15; // lost demo callbacks are found quickly
    if (m_sms) {
        config.smsSectionSeen = true;  // receipts and reminders, to the emulated Africa's Talking
        config.smsEnvironment = QStringLiteral("custom");
        config.smsBaseUrl = m_sms->baseUrl().toString();
        config.smsUsername = m_sms->username();
        config.smsReminderBeforeSeconds = 120;   // the demo's 3-minute package gets its reminder
        config.smsQuietFrom = config.smsQuietTo = 0;   // a demo at night still shows texts
    }
    return config;
}

void DemoWorld::startCustomers(BillingEngine &engine, int intervalMs)
{
    m_engine = &engine;
    m_customers.start(intervalMs);
    m_browsing.start(2000);
    customerArrives();
    stockVouchers();
    // Paybill payments reach Lango through the registered C2B URLs.
    if (auto *daraja = engine.daraja()) {
        daraja->registerC2bUrls().then(this, [this](mpesa::Result<mpesa::C2bRegisterResponse> registered) {
            if (!registered) {
                qCInfo(lcApp).noquote() << "demo: C2B registration failed:" << registered.error().message;
                return;
            }
            m_paybill.start(10000);   // every 10 s until the first one, then every 45 s
            m_featurePhones.start(30000);
        });
    }
}

void DemoWorld::customerPaysAtPaybill()
{
    // A customer whose STK prompt failed pays the purchase's account at the
    // paybill instead, and sends 10 shillings too many: access is given and
    // staff get a problem to look at (a refund).
    if (payFailedPurchaseAtPaybill())
        m_paybill.setInterval(45000);
}

void DemoWorld::featurePhoneBuysVoucher()
{
    // A phone without a browser pays from the M-Pesa menu with its own
    // number as the account, gets the code by text and types it at the
    // hotspot. Now and then one sends an amount no package costs: M-Pesa's
    // validation refuses it, so nobody is charged.
    const int round = m_featurePhoneRounds++;
    const QString phone = QStringLiteral("07") + randomDigits(8);
    mpesa::C2bSimulation payment;
    payment.msisdn = QStringLiteral("254") + phone.mid(1);
    payment.amountKes = round % 4 == 3 ? 35 : round % 2 ? 80 : 20;
    payment.billRefNumber = phone;
    payment.firstName = QStringLiteral("OTIENO");
    payment.lastName = QStringLiteral("ODHIAMBO");
    if (m_daraja->simulateC2bPayment(payment).isEmpty())
        return;
    // The code arrives by text; the customer joins the WiFi and types it.
    QTimer::singleShot(8000, this, [this, phone] { codeFromTextLogsIn(QStringLiteral("+254") + phone.mid(1)); });
}

void DemoWorld::codeFromTextLogsIn(const QString &to)
{
    static const QRegularExpression codePattern(QStringLiteral(": ([A-Z0-9-]{6,30})( PIN (\\d+))?\\. "));
    for (auto sent = m_sms->outbox().crbegin(); sent != m_sms->outbox().crend(); ++sent) {
        if (sent->to != to)
            continue;
        const auto match = codePattern.match(sent->text);
        if (!match.hasMatch())
            return;   // the text said no package costs that much
        const QString code = match.captured(1);
        const QString password = match.captured(3).isEmpty() ? code : match.captured(3);
        const QString ip = QStringLiteral("10.5.60.%1").arg(10 + (m_voucherArrivals++ % 240));
        const auto login = m_router->deviceLogin(code, password, randomMac(), ip);
        if (!login.error.isEmpty())
            qCInfo(lcApp).noquote() << "demo: a paybill customer could not log in with the texted code:" << login.error;
        return;
    }
}

bool DemoWorld::payFailedPurchaseAtPaybill()
{
    models::PurchaseFilter filter;
    filter.state = models::PurchaseState::Failed;
    filter.from = m_office.clock().now() - 600;
    filter.limit = 5;
    auto failed = m_office.purchases.list(filter);
    if (!failed || failed->isEmpty())
        return false;
    const models::Purchase &purchase = failed->first();
    mpesa::C2bSimulation payment;
    payment.msisdn = purchase.phone;
    payment.amountKes = purchase.amountCents / 100 + 10;
    payment.billRefNumber = PurchaseReference::of(purchase.id);
    payment.firstName = QStringLiteral("WANJIKU");
    payment.lastName = QStringLiteral("KAMAU");
    return !m_daraja->simulateC2bPayment(payment).isEmpty();
}

void DemoWorld::customerArrives()
{
    if (!m_engine)
        return;
    auto packages = m_office.packages.list();
    if (!packages || packages->isEmpty())
        return;
    const models::Package &package = packages->at(QRandomGenerator::global()->bounded(int(packages->size())));
    PurchaseRequest request;
    request.packageId = QString::number(package.id);
    request.phone = (QRandomGenerator::global()->bounded(2) ? QStringLiteral("07") : QStringLiteral("01")) + randomDigits(8);
    if (request.phone.startsWith(QLatin1String("01")))
        request.phone[2] = QLatin1Char('1');   // 011x: Safaricom's newer range
    request.mac = randomMac();
    request.ip = QStringLiteral("10.5.50.%1").arg(10 + (m_arrivals++ % 240));
    request.router = QStringLiteral("demo");
    request.source = QStringLiteral("portal");
    m_router->joinDevice(request.mac, request.ip);   // the customer joins the WiFi
    // Sessions on the emulated router appear when the provisioner logs the
    // device in; the customer is then "on the WiFi".
    m_engine->billing().startPurchase(request).then(this, [](Result<PurchaseStarted> started) {
        if (!started)
            qCInfo(lcApp).noquote() << "demo customer could not start a purchase:" << started.error().message;
    });
}

void DemoWorld::stockVouchers()
{
    // Printed cards for the counter: made and put on the emulated router by
    // the voucher service, as the Vouchers panel does. The quick package
    // makes cards run out within minutes, so all states show.
    GenerateRequest request;
    request.packageId = m_quickPackageId;
    request.routerId = m_routerId;
    request.count = 30;
    request.note = tr("Demo: cards sold at the counter");
    m_engine->vouchers().generate(request, {QStringLiteral("demo"), 0}).then(this, [this](Result<qint64> batch) {
        if (!batch) {
            qCInfo(lcApp).noquote() << "demo: vouchers not made:" << batch.error().message;
            return;
        }
        m_voucherBatch = *batch;
        VoucherPush *push = m_engine->vouchers().push(*batch, this);
        connect(push, &VoucherPush::finished, this, [this, push](const VoucherPushReport &report) {
            push->deleteLater();
            if (!report.complete())
                qCInfo(lcApp).noquote() << "demo: vouchers not all on the router:"
                                        << (report.error ? report.error->message : report.problems.join(QLatin1Char(' ')));
            m_voucherCustomers.start(15000);   // the first card customer a little after the first M-Pesa ones
        });
        push->start();
    });
}

void DemoWorld::voucherCustomerArrives()
{
    if (!m_engine || !m_voucherBatch)
        return;
    // A customer buys a card at the counter: sold through the voucher
    // service, then its code typed into the router's own login form. A
    // few cards stay unsold, so the panel shows unused ones too.
    auto unused = m_office.vouchers.vouchers(m_voucherBatch, models::VoucherState::Unused);
    if (!unused)
        return;
    QList<models::Voucher> left;
    for (const models::Voucher &v : std::as_const(*unused))
        if (!v.isSold())
            left << v;
    if (left.size() <= 8) {
        m_voucherCustomers.stop();
        return;
    }
    const QString code = left.first().code;
    const QString ip = QStringLiteral("10.5.60.%1").arg(10 + (m_voucherArrivals++ % 240));
    m_engine->vouchers().sell(code, {QStringLiteral("demo"), 0}).then(this, [this, code, ip](Result<models::Voucher> sold) {
        if (!sold) {
            qCInfo(lcApp).noquote() << "demo: a card could not be sold:" << sold.error().message;
            return;
        }
        const auto login = m_router->deviceLogin(code, code, randomMac(), ip);
        if (!login.error.isEmpty())
            qCInfo(lcApp).noquote() << "demo: a voucher customer could not log in:" << login.error;
    });
}

void DemoWorld::customersBrowse()
{
    // Everyone online downloads a little (and uploads less), so the live
    // sessions show data moving.
    const auto sessions = m_router->items(u"/ip/hotspot/active");
    for (const auto &session : sessions) {
        const QString mac = session.value(QStringLiteral("mac-address"));
        m_router->addTraffic(mac, QRandomGenerator::global()->bounded(20000, 200000),
                             QRandomGenerator::global()->bounded(200000, 3000000));
    }
}

} // namespace lango::app
