#pragma once

#include "app/core/config.h"
#include "app/core/error.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

namespace lango::models {
class ChangeFeed;
class DbExecutor;
class WalCheckpointer;
}

namespace lango::app::mpesa {
class DarajaClient;
}

namespace lango::app::sms {
class SmsReminders;
class SmsSender;
}

namespace lango::app {

class BillingHttp;
class BillingService;
class ExpiryService;
class HotspotPresence;
class HeadlessServer;
class Metrics;
class Office;
class Provisioner;
class Reconciler;
class RouterDirectory;
class VoucherService;

// Everything that turns payments into access and ends it on time, built in
// dependency order: routers, M-Pesa client, billing, provisioner, expiry,
// reconciler, metrics, HTTP. The headless server runs one on its main
// thread; a one-computer office runs one inside the desktop, on a thread of
// its own (construct it, move it to the thread, then call start() there).
class BillingEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BillingEngine)

public:
    struct Options
    {
        Config config;                          // [http], [mpesa], [billing]
        QString callbackToken;                  // the secret path of /pay/...
        QHash<QString, QString> localSecrets;   // Daraja keys from this computer, if any
        QString smsApiKey;                      // [sms]: the provider's key (sms_api_key)
        bool serveHttp = true;
        bool listenChanges = true;              // follow other servers' and desks' writes
        int voucherSyncIntervalMs = 60 * 1000;  // read vouchers' first use back from the routers
        qint64 queryGiveUpSeconds = 10 * 60;    // no final word from M-Pesa: a problem, then slow queries
        qint64 slowQuerySeconds = 30 * 60;
        int smsReminderCheckMs = 30 * 1000;     // how often reminders are looked for
    };

    BillingEngine(Office &office, Options options, QObject *parent = nullptr);
    ~BillingEngine() override;

    // Starts every service; an error names what to fix. M-Pesa not being
    // configured is not an error: purchases then say so, vouchers still work.
    [[nodiscard]] Result<void> start();
    void stop();
    // Reads every router's voucher users back now (also on a timer).
    void syncVouchers();

    quint16 httpPort() const;
    quint16 adminPort() const;   // /healthz and /metrics; 0 when not served
    QString mpesaStatus() const { return m_mpesaStatus; }
    QString smsStatus() const { return m_smsStatus; }
    QString workerName() const { return m_worker; }

    RouterDirectory &routers() { return *m_routers; }
    BillingService &billing() { return *m_billing; }
    Provisioner &provisioner() { return *m_provisioner; }
    ExpiryService &expiry() { return *m_expiry; }
    Reconciler &reconciler() { return *m_reconciler; }
    Metrics &metrics() { return *m_metrics; }
    VoucherService &vouchers() { return *m_vouchers; }
    mpesa::DarajaClient *daraja() const { return m_daraja.get(); }
    HeadlessServer *http() const { return m_http.get(); }

Q_SIGNALS:
    void started();
    void problemRecorded(const QString &message);
    void statusChanged(const QString &status);

private:
    Result<void> startDaraja();
    void startSms();
    void followChanges();

    Office &m_office;
    Options m_options;
    QString m_worker;
    QString m_mpesaStatus;
    QString m_smsStatus = QStringLiteral("off");
    std::unique_ptr<RouterDirectory> m_routers;
    std::unique_ptr<mpesa::DarajaClient> m_daraja;
    std::unique_ptr<HotspotPresence> m_presence;
    std::unique_ptr<BillingService> m_billing;
    std::unique_ptr<models::WalCheckpointer> m_checkpointer;   // SQLite only
    std::unique_ptr<models::DbExecutor> m_sqliteWriter;    // SQLite only: callbacks, provisioner, expiry
    std::unique_ptr<models::DbExecutor> m_provisionerDb;   // PostgreSQL only
    std::unique_ptr<models::DbExecutor> m_expiryDb;        // PostgreSQL only
    std::unique_ptr<Provisioner> m_provisioner;
    std::unique_ptr<ExpiryService> m_expiry;
    std::unique_ptr<Reconciler> m_reconciler;
    std::unique_ptr<Metrics> m_metrics;
    std::unique_ptr<sms::SmsSender> m_sms;   // [sms] only
    std::unique_ptr<sms::SmsReminders> m_smsReminders;
    std::unique_ptr<HeadlessServer> m_http;
    std::unique_ptr<BillingHttp> m_billingHttp;
    std::unique_ptr<models::ChangeFeed> m_changes;
    // Voucher sync reads the database on its own thread: the engine's thread
    // does blocking database work of its own and must not wait on itself.
    std::unique_ptr<models::DbExecutor> m_voucherDb;
    std::unique_ptr<VoucherService> m_vouchers;
    std::unique_ptr<QTimer> m_voucherSync;
};

} // namespace lango::app
