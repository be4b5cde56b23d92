#include "app/headless/headlessapp.h"

#include "app/server/billingengine.h"
#include "app/core/await.h"
#include "app/demo/demoseed.h"
#include "app/demo/demoworld.h"
#include "app/core/logging.h"
#include "app/core/mpesasettings.h"
#include "app/tunnel/tunnelkeeper.h"

namespace lango::app {

HeadlessApp::HeadlessApp(GlobalOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

HeadlessApp::~HeadlessApp()
{
    m_tunnels.reset();
    m_engine.reset();   // stop the services before the world and the office they use
    m_demo.reset();
}

Result<void> HeadlessApp::start()
{
    if (m_options.demo)
        (void)DemoSeed::freshDatabaseUrl();   // the demo starts from a clean office
    auto settings = StartupSettings::resolve(m_options);
    if (!settings)
        return settings.error();
    m_secrets = std::make_unique<SecretStore>(settings->secrets);
    auto office = openOfficeWaiting(*settings, *m_secrets, m_clock);
    if (!office)
        return office.error();
    m_office = std::move(*office);
    qCInfo(lcApp).noquote() << "database" << m_office->db().url().toString();

    BillingEngine::Options options;
    options.config = settings->config;
    if (m_options.demo) {
        m_demo = std::make_unique<DemoWorld>(*m_office);
        if (auto built = m_demo->buildFor(options); !built)
            return built.error();
    } else {
        auto token = await(MpesaSettings::ensureCallbackToken(*m_secrets));
        if (!token)
            return token.error();
        options.callbackToken = *token;
        options.localSecrets = await(MpesaSettings::readLocalSecrets(*m_secrets));
        if (options.config.smsSectionSeen) {
            auto smsKey = await(m_secrets->read(QStringLiteral("sms_api_key")));
            if (!smsKey)
                return smsKey.error();
            options.smsApiKey = *smsKey;
        }
        // Desks show where the portal is; the callback token stays here:
        // a desk's M-Pesa prompt is sent by this server (job "stk_push").
        if (!options.config.publicUrl.isEmpty())
            (void)m_office->settings.setValue(QStringLiteral("http.public_url"), options.config.publicUrl);
    }
    m_engine = std::make_unique<BillingEngine>(*m_office, options);
    if (auto started = m_engine->start(); !started)
        return started.error();
    if (m_demo)
        m_demo->startCustomers(*m_engine);
    if (settings->config.tunnelSectionSeen)
        return startTunnels(settings->config);
    return {};
}

Result<void> HeadlessApp::startTunnels(const Config &config)
{
    tunnel::TunnelKeeper::Options options;
    options.configPath = config.tunnelConfig;
    options.endpoint = *tunnel::Endpoint::parse(config.tunnelEndpoint);   // checked when the file was read
    options.network = *tunnel::TunnelNetwork::parse(config.tunnelNetwork);
    options.listenPort = config.tunnelListenPort;
    options.checkIntervalMs = int(config.tunnelCheckSeconds * 1000);
    m_tunnels = std::make_unique<tunnel::TunnelKeeper>(*m_office, options);
    return m_tunnels->start();
}

quint16 HeadlessApp::port() const
{
    return m_engine ? m_engine->httpPort() : 0;
}

} // namespace lango::app
