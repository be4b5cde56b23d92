#pragma once

#include "app/core/office.h"
#include "app/core/secretstore.h"
#include "app/core/startup.h"

#include <QObject>

#include <memory>

namespace lango::app {

class BillingEngine;
class DemoWorld;
namespace tunnel {
class TunnelKeeper;
}

// `lango --headless`: opens the office, runs the billing engine (HTTP,
// provisioning, expiry, reconciliation), and stops cleanly on SIGTERM/SIGINT.
// With --demo it first builds the demo world: an emulated router and M-Pesa
// and simulated customers. Owns what it builds, in dependency order.
class HeadlessApp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessApp)

public:
    explicit HeadlessApp(GlobalOptions options, QObject *parent = nullptr);
    ~HeadlessApp() override;

    // Builds everything and starts listening; an error names what to fix.
    [[nodiscard]] Result<void> start();
    quint16 port() const;

    Result<void> startTunnels(const Config &config);

    GlobalOptions m_options;
    models::SystemClock m_clock;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Office> m_office;
    std::unique_ptr<DemoWorld> m_demo;
    std::unique_ptr<BillingEngine> m_engine;
    std::unique_ptr<tunnel::TunnelKeeper> m_tunnels;
};

} // namespace lango::app
