#pragma once

#include "app/core/error.h"
#include "app/http/clientaddress.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

namespace lango::app {

// The INI file of DESIGN.md, "Interfaces" (read by --headless and the CLI).
// Every mistake is named with file, line, key and what is expected; unknown
// keys are mistakes too, so a typo never silently falls back to a default.
struct Config
{
    Q_DECLARE_TR_FUNCTIONS(Config)

public:
    QString path;

    QString databaseUrl;                 // [database] url
    QString databaseSslMode;             // [database] sslmode: for a URL that names none

    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);   // [http] listen
    quint16 listenPort = 8090;
    QString publicUrl;                   // [http] public_url
    // [http] admin_listen: /healthz and /metrics. Default: loopback, on the
    // port after listen's; "off" serves them nowhere.
    QHostAddress adminAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 adminPort = 0;
    bool adminListenSet = false;
    bool adminListenOff = false;
    QList<http::ClientAddress::Subnet> trustedProxies;   // [http] trusted_proxies: whose X-Forwarded-For is believed
    int maxConnections = 1024;           // [http] max_connections

    // [limits]: M-Pesa prompts that may start, as count per window. The
    // defaults are far above a busy hotspot's and far below a flood.
    struct Rate
    {
        int count = 0;
        qint64 windowSeconds = 60;
    };
    Rate purchasesPerClient{30, 60};     // [limits] purchases_per_client (one IP address)
    Rate purchasesPerRouter{120, 60};    // [limits] purchases_per_router (one hotspot)
    Rate purchasesPerServer{600, 60};    // [limits] purchases_per_server (everything)

    QString mpesaEnvironment = QStringLiteral("sandbox");   // [mpesa] environment
    QString mpesaBaseUrl;                // [mpesa] base_url (custom only)
    QString mpesaShortcode;              // [mpesa] shortcode
    QString mpesaType = QStringLiteral("paybill");           // [mpesa] type
    QString mpesaTillNumber;             // [mpesa] till_number
    QList<http::ClientAddress::Subnet> callbackSources;   // [mpesa] callback_sources (empty: any)

    QString secretsFile;                 // [secrets] file
    bool mpesaSectionSeen = false;       // the file has an [mpesa] section

    bool hasMpesaSection() const { return mpesaSectionSeen; }

    qint64 reconcileAfterSeconds = 60;   // [billing] reconcile_after
    int workers = 4;                     // [billing] workers (router jobs in parallel)
    qint64 confirmWithinSeconds = 300;   // [billing] confirm_within: a success STK Query does not confirm is revoked after this

    // [tunnel]: routers behind NAT dial this server over WireGuard. The
    // section turns it on; endpoint is then required.
    bool tunnelSectionSeen = false;
    QString tunnelEndpoint;              // [tunnel] endpoint: host:port routers dial (this server, from outside)
    QString tunnelNetwork = QStringLiteral("10.77.0.0/24");           // [tunnel] network
    QString tunnelConfig = QStringLiteral("/etc/wireguard/lango.conf");   // [tunnel] config: the wg-quick file Lango keeps
    quint16 tunnelListenPort = 0;        // [tunnel] listen_port: UDP; 0 = the endpoint's port
    qint64 tunnelCheckSeconds = 10;      // [tunnel] check_every: how often peers are synced and looked at

    // [sms]: texts to customers through Africa's Talking. The section turns
    // it on; the API key is the secret sms_api_key (credentials file).
    bool smsSectionSeen = false;
    QString smsEnvironment = QStringLiteral("sandbox");   // [sms] environment: sandbox | production | custom
    QString smsBaseUrl;                  // [sms] base_url (custom only: `lango sim sms`)
    QString smsUsername;                 // [sms] username: the Africa's Talking app
    QString smsSenderId;                 // [sms] sender_id: optional
    QString smsLanguage = QStringLiteral("en");            // [sms] language: customers' texts, en | sw
    bool smsReceipts = true;             // [sms] receipts: on | off
    qint64 smsReminderBeforeSeconds = 600;   // [sms] reminder_before: 10m; 0 (off) sends none
    int smsQuietFrom = 21;               // [sms] quiet_hours = 21-7: Kenya's hours without texts but receipts
    int smsQuietTo = 7;                  //   ("off": none)

    [[nodiscard]] static Result<Config> load(const QString &path);
    [[nodiscard]] static Result<Config> parse(const QString &text, const QString &path);
    // Parses "host:port" or ":port" (all interfaces) for [http] listen.
    [[nodiscard]] static Result<std::pair<QHostAddress, quint16>> parseListen(const QString &text);
    // Parses "30/1m" (30 per minute) for [limits].
    [[nodiscard]] static Result<Rate> parseRate(const QString &text);
};

} // namespace lango::app
