#include "app/desk/localservices.h"

#include "app/billing/billingservice.h"
#include "app/demo/demoworld.h"
#include "app/mpesa/darajaclient.h"
#include "app/core/mpesasettings.h"
#include "app/core/logging.h"
#include "app/core/office.h"
#include "app/vouchers/voucherservice.h"
#include "models/dbexecutor.h"

namespace lango::app {

LocalServices::LocalServices(Office &office, Options options)
    : m_office(office)
    , m_options(std::move(options))
{
    m_thread.setObjectName(QStringLiteral("lango-services"));
    moveToThread(&m_thread);
}

LocalServices::~LocalServices()
{
    // Everything built on the services thread is torn down there.
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(this, [this] {
            m_engine.reset();
            m_demo.reset();
            m_deskVouchers.reset();
            m_voucherDb.reset();
            m_voucherService = nullptr;
            m_deskBilling.reset();
            m_ownDirectory.reset();
            m_directory = nullptr;
            m_billingService = nullptr;
        }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

void LocalServices::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(this, &LocalServices::startOnThread, Qt::QueuedConnection);
}

void LocalServices::startOnThread()
{
    BillingEngine::Options options = m_options.engine;
    if (m_options.demo) {
        m_demo = std::make_unique<DemoWorld>(m_office);
        if (auto built = m_demo->buildFor(options); !built) {
            fail(built.error().message);
            return;
        }
    }
    QString summary;
    if (m_options.runBilling) {
        m_engine = std::make_unique<BillingEngine>(m_office, options);
        connect(m_engine.get(), &BillingEngine::problemRecorded, this, &LocalServices::problemRecorded);
        if (auto running = m_engine->start(); !running) {
            fail(running.error().message);
            return;
        }
        m_directory = &m_engine->routers();
        m_billingService = &m_engine->billing();
        m_publicUrl = options.config.publicUrl;
        m_voucherService = &m_engine->vouchers();
        summary = tr("Billing services run on this computer (portal API on port %1; M-Pesa %2).")
                      .arg(m_engine->httpPort()).arg(m_engine->mpesaStatus());
        if (m_demo)
            m_demo->startCustomers(*m_engine);
    } else {
        m_ownDirectory = std::make_unique<RouterDirectory>(m_office);
        m_voucherDb = std::make_unique<models::DbExecutor>(1);
        m_deskVouchers = std::make_unique<VoucherService>(m_office, *m_ownDirectory, *m_voucherDb);
        m_voucherService = m_deskVouchers.get();
        if (auto loaded = m_ownDirectory->reload(); !loaded) {
            fail(loaded.error().message);
            return;
        }
        m_directory = m_ownDirectory.get();
        summary = tr("Billing services run on the office's headless server.");
        // Sales made at this desk are queued for the server, which sends
        // their M-Pesa prompt: only the server holds the callback token.
        m_publicUrl = m_office.settings.value(QStringLiteral("http.public_url")).valueOr(QString());
        BillingService::Options billing;
        billing.worker = QStringLiteral("desk");
        billing.relayDeskPushes = true;
        m_deskBilling = std::make_unique<BillingService>(m_office, nullptr, billing);
        m_billingService = m_deskBilling.get();
    }
    connect(&m_directory->pool(), &routeros::RouterPool::healthChanged, this, &LocalServices::forwardHealth);
    connect(&m_directory->pool(), &routeros::RouterPool::probed, this, &LocalServices::forwardHealth);
    connect(m_directory, &RouterDirectory::reloaded, this, &LocalServices::routersReloaded);
    m_directory->pool().probeAll();
    Q_EMIT started(summary);
}

void LocalServices::fail(const QString &message)
{
    m_failure = message;
    Q_EMIT failed(message);
}

Error LocalServices::notRunning() const
{
    if (m_failure.isEmpty())
        return {ErrorCode::Unavailable, tr("The desk's router and voucher services are not running. Restart Lango and try again."),
                QStringLiteral("services stopped")};
    return {ErrorCode::Unavailable,
            tr("The desk's router and voucher services did not start: %1\n\nFix that and restart Lango, then try again.")
                .arg(m_failure),
            m_failure};
}

void LocalServices::reloadRouters()
{
    if (QThread::currentThread() != &m_thread) {
        QMetaObject::invokeMethod(this, &LocalServices::reloadRouters, Qt::QueuedConnection);
        return;
    }
    if (m_directory)
        (void)m_directory->reload();
}

void LocalServices::forwardHealth(const QString &name, const routeros::RouterHealth &health)
{
    QString summary;
    QString detail;
    if (health.up) {
        summary = tr("up, %1 ms, RouterOS %2").arg(health.rttMs).arg(health.version.section(QLatin1Char(' '), 0, 0));
        if (health.clockSkewSeconds && std::abs(*health.clockSkewSeconds) > 60)
            summary += tr(" - clock off by %1 s, check NTP").arg(*health.clockSkewSeconds);
        detail = tr("Identity %1, checked %2").arg(health.identity, health.lastChecked.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    } else {
        summary = tr("down");
        detail = health.lastError ? health.lastError->message : tr("Not reached yet.");
        if (health.lastError)
            summary = tr("down: %1").arg(health.lastError->message.section(QLatin1Char('.'), 0, 0));
    }
    Q_EMIT routerHealthChanged(name, health.up, summary, detail);
    Q_EMIT routerFactsChanged(name, health.up, health.identity, health.version, health.clockSkewSeconds.value_or(0),
                              health.clockSkewSeconds.has_value());
}

} // namespace lango::app
