#include "app/server/billingengine.h"

#include "app/server/billinghttp.h"
#include "app/billing/billingservice.h"
#include "app/billing/expiryservice.h"
#include "app/billing/hotspotpresence.h"
#include "app/server/metrics.h"
#include "app/billing/provisioner.h"
#include "app/billing/reconciler.h"
#include "app/server/headlessserver.h"
#include "app/core/logging.h"
#include "app/mpesa/darajaclient.h"
#include "app/core/mpesasettings.h"
#include "app/core/office.h"
#include "app/server/portalroutes.h"
#include "app/routers/routerdirectory.h"
#include "app/sms/africastalking.h"
#include "app/sms/smsreminders.h"
#include "app/sms/smssender.h"
#include "app/sms/smssetup.h"
#include "app/vouchers/voucherpush.h"
#include "app/vouchers/voucherservice.h"
#include "models/dbexecutor.h"
#include "models/walcheckpointer.h"
#include "models/changefeed.h"
#include "models/secretbox.h"
#include "models/kinds.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QPromise>
#include <QSysInfo>

namespace lango::app {

BillingEngine::BillingEngine(Office &office, Options options, QObject *parent)
    : QObject(parent)
    , m_office(office)
    , m_options(std::move(options))
    , m_worker(Provisioner::workerName())
{
}

BillingEngine::~BillingEngine()
{
    stop();
}

quint16 BillingEngine::httpPort() const
{
    return m_http ? m_http->port() : 0;
}

quint16 BillingEngine::adminPort() const
{
    return m_http ? m_http->adminPort() : 0;
}

Result<void> BillingEngine::start()
{
    // Built here, on the thread that runs them: sockets and timers belong
    // to the thread that makes them.
    const Config &config = m_options.config;
    m_routers = std::make_unique<RouterDirectory>(m_office);
    if (auto loaded = m_routers->reload(); !loaded)
        return loaded.error();
    if (auto daraja = startDaraja(); !daraja)
        return daraja.error();

    BillingService::Options billing;
    billing.reconcileAfterSeconds = config.reconcileAfterSeconds;
    billing.worker = m_worker;
    auto rate = [](const Config::Rate &r) { return PurchaseGate::Rate{r.count, r.windowSeconds * 1000}; };
    billing.gate = PurchaseGate::Limits{rate(config.purchasesPerClient), rate(config.purchasesPerRouter), rate(config.purchasesPerServer)};
    m_billing = std::make_unique<BillingService>(m_office, m_daraja.get(), billing);
    m_presence = std::make_unique<HotspotPresence>(*m_routers);
    m_billing->setPresence(m_presence.get());

    Provisioner::Options provisioning;
    provisioning.worker = m_worker;
    provisioning.maxInFlight = std::max(4, config.workers * 8);
    // The database work stays off this thread, which answers HTTP and talks
    // to the routers (issue 16).
    if (m_office.db().isSqlite()) {
        // SQLite takes one writer at a time, and another one waits in its
        // busy handler, a millisecond's sleep at least: the callbacks, the
        // provisioner and the expiry write on one thread and connection.
        m_sqliteWriter = std::make_unique<models::DbExecutor>(1);
        // And no commit of theirs waits to copy the log into the file.
        m_checkpointer = std::make_unique<models::WalCheckpointer>(m_office.db());
        m_checkpointer->start();
        provisioning.database = m_sqliteWriter.get();
    } else {
        // PostgreSQL: each on a thread of its own, so their round trips
        // overlap; a burst of payments moves the next expiry often, and
        // those reads must not queue in front of the provisioner's.
        m_provisionerDb = std::make_unique<models::DbExecutor>(1);
        provisioning.database = m_provisionerDb.get();
        m_expiryDb = std::make_unique<models::DbExecutor>(1);
    }
    m_provisioner = std::make_unique<Provisioner>(m_office, *m_routers, provisioning);
    m_expiry = std::make_unique<ExpiryService>(m_office, m_worker, m_sqliteWriter ? m_sqliteWriter.get() : m_expiryDb.get());
    Reconciler::Options reconciling;
    reconciling.worker = m_worker;
    reconciling.confirmWithinSeconds = config.confirmWithinSeconds;
    reconciling.giveUpAfterSeconds = m_options.queryGiveUpSeconds;
    reconciling.slowQuerySeconds = m_options.slowQuerySeconds;
    // Look for overdue purchases often enough to honour a short wait.
    reconciling.queryIntervalMs = int(std::clamp<qint64>(config.reconcileAfterSeconds * 250, 500, 5000));
    m_reconciler = std::make_unique<Reconciler>(m_office, *m_billing, *m_routers, m_daraja.get(), reconciling);
    m_metrics = std::make_unique<Metrics>();

    m_provisioner->setJobRunner(models::JobKind::StkPush, [this](const models::Job &job) { return m_billing->sendQueuedPush(job); },
                                false);   // a prompt is sent once or not at all
    connect(m_billing.get(), &BillingService::jobClaimed, m_provisioner.get(), &Provisioner::run);
    connect(m_expiry.get(), &ExpiryService::jobClaimed, m_provisioner.get(), &Provisioner::run);
    connect(m_reconciler.get(), &Reconciler::jobClaimed, m_provisioner.get(), &Provisioner::run);
    // A new or longer grant may end before the one the expiry timer waits for.
    connect(m_billing.get(), &BillingService::purchaseChanged, m_expiry.get(), &ExpiryService::rearmSoon);
    connect(m_provisioner.get(), &Provisioner::grantOnline, m_metrics.get(), &Metrics::observePayToOnline);
    connect(m_billing.get(), &BillingService::problemRecorded, this, &BillingEngine::problemRecorded);
    connect(m_provisioner.get(), &Provisioner::problemRecorded, this, &BillingEngine::problemRecorded);
    connect(m_reconciler.get(), &Reconciler::problemRecorded, this, &BillingEngine::problemRecorded);

    startSms();
    if (m_options.serveHttp) {
        m_http = std::make_unique<HeadlessServer>(m_office);
        BillingHttp::Options httpOptions{m_options.callbackToken, config.callbackSources, {}, {}, m_sqliteWriter.get()};
        if (m_sms) {
            httpOptions.deliveryReportToken = sms::SmsSender::deliveryReportToken(m_options.callbackToken);
            if (!config.publicUrl.isEmpty() && !httpOptions.deliveryReportToken.isEmpty())
                qCInfo(lcApp).noquote() << "sms: delivery reports: register" << config.publicUrl + QStringLiteral("/sms/dlr/")
                                               + httpOptions.deliveryReportToken << "with Africa's Talking";
            sms::SmsSender *sender = m_sms.get();
            httpOptions.deliveryReport = [sender](const QString &id, const QString &status, const QString &reason) {
                return sender->recordDelivery(id, status, reason);
            };
        }
        m_billingHttp = std::make_unique<BillingHttp>(*m_billing, *m_metrics, m_office, m_routers.get(), httpOptions);
        m_billingHttp->registerRoutes(m_http->publicRoutes(), m_http->adminRoutes());
        PortalRoutes::registerRoutes(m_http->publicRoutes(), m_office, config.publicUrl);   // the portal routers fetch
        RouterDirectory *routers = m_routers.get();
        m_http->addHealthSection(QStringLiteral("routers"), [routers] {
            QJsonArray list;
            const auto all = routers->pool().healthAll();
            for (const auto &health : all)
                list.append(QJsonObject{{QStringLiteral("name"), health.name}, {QStringLiteral("up"), health.up},
                                        {QStringLiteral("rtt_ms"), health.rttMs},
                                        {QStringLiteral("error"), health.lastError ? health.lastError->message : QString()}});
            return QJsonValue(list);
        });
        m_http->addHealthSection(QStringLiteral("mpesa"), [this] { return QJsonValue(m_mpesaStatus); });
        m_http->addHealthSection(QStringLiteral("sms"), [this] { return QJsonValue(m_smsStatus); });
        if (auto listening = m_http->listen(config); !listening)
            return listening.error();
    }
    // Vouchers are used at the router's own login page: learn who started
    // one, so its grant expires and shows in the live views.
    m_voucherDb = std::make_unique<models::DbExecutor>(1);
    m_vouchers = std::make_unique<VoucherService>(m_office, *m_routers, *m_voucherDb);
    // A seller's batch: this server holds the router passwords and pushes it.
    m_provisioner->setJobRunner(models::JobKind::VoucherPush, [this](const models::Job &job) {
        auto promise = std::make_shared<QPromise<Result<void>>>();
        promise->start();
        VoucherPush *push = m_vouchers->push(job.payload.value(QStringLiteral("batch_id")).toInteger());
        connect(push, &VoucherPush::finished, this, [push, promise](const VoucherPushReport &report) {
            push->deleteLater();
            promise->addResult(report.complete() ? Result<void>()
                               : Result<void>(report.error ? *report.error
                                              : Error{ErrorCode::Upstream, report.problems.join(QStringLiteral(" ")), {}}));
            promise->finish();
        });
        push->start();
        return promise->future();
    }, true);
    m_voucherSync = std::make_unique<QTimer>();
    connect(m_voucherSync.get(), &QTimer::timeout, this, &BillingEngine::syncVouchers);
    m_voucherSync->start(m_options.voucherSyncIntervalMs);
    if (m_options.listenChanges)
        followChanges();
    m_provisioner->start();
    m_expiry->start();
    m_reconciler->start();
    qCInfo(lcApp).noquote() << "billing services running as" << m_worker << "; M-Pesa:" << m_mpesaStatus << "; SMS:" << m_smsStatus;
    Q_EMIT started();
    return {};
}

void BillingEngine::startSms()
{
    // Without [sms] in the file: what the office set on a desk (Settings › SMS).
    if (auto office = sms::SmsSetup::fillFromOffice(m_options.config, m_office, m_options.smsApiKey); !office)
        qCWarning(lcApp).noquote() << "sms: could not read the office's SMS settings:" << office.error().message;
    const Config &config = m_options.config;
    if (!config.smsSectionSeen)
        return;
    if (m_options.smsApiKey.isEmpty()) {
        m_smsStatus = tr("not set up: sms_api_key is missing (credentials file, LANGO_SMS_API_KEY, or Settings › SMS on a desk)");
        return;   // payments work without texts
    }
    sms::AfricasTalking::Config provider;
    provider.baseUrl = config.smsEnvironment == QLatin1String("production") ? sms::AfricasTalking::productionUrl()
                       : config.smsEnvironment == QLatin1String("custom") ? QUrl(config.smsBaseUrl)
                                                                             : sms::AfricasTalking::sandboxUrl();
    provider.username = config.smsUsername;
    provider.apiKey = m_options.smsApiKey;
    provider.senderId = config.smsSenderId;
    const sms::SmsText::QuietHours quiet{config.smsQuietFrom, config.smsQuietTo};
    m_sms = std::make_unique<sms::SmsSender>(m_office, std::make_unique<sms::AfricasTalking>(provider), quiet);
    sms::SmsSender *sender = m_sms.get();
    m_provisioner->setJobRunner(models::JobKind::Sms, [sender](const models::Job &job) { return sender->run(job); },
                                true);
    m_billing->setTexts(BillingService::Texts{true, config.smsReceipts, config.smsLanguage});
    if (config.smsReminderBeforeSeconds > 0) {
        m_smsReminders = std::make_unique<sms::SmsReminders>(
            m_office, sms::SmsReminders::Options{config.smsReminderBeforeSeconds, config.smsLanguage, m_options.smsReminderCheckMs, quiet});
        m_smsReminders->start();
    }
    m_smsStatus = tr("ready (%1, %2)").arg(provider.baseUrl.host(), config.smsReceipts ? tr("receipts on") : tr("receipts off"));
}

Result<void> BillingEngine::startDaraja()
{
    auto daraja = MpesaSettings::load(m_options.config, m_office, m_options.localSecrets, m_options.config.publicUrl,
                                      m_options.callbackToken);
    if (!daraja) {
        m_mpesaStatus = tr("not set up: %1").arg(daraja.error().message);
        return {};   // vouchers and the desk work without M-Pesa
    }
    if (m_options.config.publicUrl.isEmpty() || m_options.callbackToken.isEmpty()) {
        m_mpesaStatus = tr("not set up: [http] public_url and a callback_token are needed for M-Pesa to call back");
        return {};
    }
    m_daraja = std::make_unique<mpesa::DarajaClient>(*daraja);
    m_mpesaStatus = tr("ready (%1)").arg(daraja->apiBaseUrl().host());
    return {};
}

void BillingEngine::followChanges()
{
    m_changes = std::make_unique<models::ChangeFeed>(m_office.db());
    if (auto listening = m_changes->start(); !listening) {
        qCWarning(lcApp).noquote() << "not following other servers' changes:" << listening.error().message;
        return;
    }
    m_expiry->setLongestSleep(15 * 60 * 1000);   // others' new grants arrive through the feed
    connect(m_changes.get(), &models::ChangeFeed::tableChanged, this, [this](const QString &table) {
        const bool all = table == QLatin1String("*");
        if (all || table == QLatin1String("jobs"))
            m_provisioner->wake();
        if (all || table == QLatin1String("grants"))
            m_expiry->rearmSoon();
        if (all || table == QLatin1String("routers"))
            (void)m_routers->reload();
    });
}

void BillingEngine::syncVouchers()
{
    const QStringList names = m_routers->pool().routerNames();
    for (const QString &name : names) {
        const qint64 routerId = m_routers->idOf(name);
        m_vouchers->syncFromRouter(routerId).then(this, [this, name](Result<VoucherSyncReport> report) {
            if (!report) {
                qCInfo(lcApp).noquote() << "voucher sync of router" << name << "not done:" << report.error().message;
                return;
            }
            m_expiry->rearm();   // new voucher grants may end before the next one
        });
    }
}

void BillingEngine::stop()
{
    if (m_voucherSync)
        m_voucherSync->stop();
    if (m_changes)
        m_changes->stop();
    if (m_reconciler)
        m_reconciler->stop();
    if (m_expiry)
        m_expiry->stop();
    if (m_provisioner)
        m_provisioner->stop();
    if (m_checkpointer)
        m_checkpointer->stop();
}

} // namespace lango::app
