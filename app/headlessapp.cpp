#include "app/headlessapp.h"

#include "app/demoseed.h"
#include "app/logging.h"

namespace lango::app {

HeadlessApp::HeadlessApp(GlobalOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

HeadlessApp::~HeadlessApp() = default;

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
    if (m_options.demo) {
        if (auto seeded = DemoSeed::packages(*m_office); !seeded)
            return seeded.error();
    }

    m_server = std::make_unique<HeadlessServer>(*m_office);
    auto port = m_server->listen(settings->config.listenAddress, settings->config.listenPort);
    if (!port)
        return port.error();
    return {};
}

quint16 HeadlessApp::port() const
{
    return m_server ? m_server->port() : 0;
}

} // namespace lango::app
