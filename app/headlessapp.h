#pragma once

#include "app/headlessserver.h"
#include "app/office.h"
#include "app/secretstore.h"
#include "app/startup.h"

#include <QObject>

#include <memory>

namespace lango::app {

// `lango --headless`: opens the office, serves HTTP, runs the services, and
// stops cleanly on SIGTERM/SIGINT. Owns what it builds, in dependency order.
class HeadlessApp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessApp)

public:
    HeadlessApp(GlobalOptions options, QObject *parent = nullptr);
    ~HeadlessApp() override;

    // Builds everything and starts listening; an error names what to fix.
    [[nodiscard]] Result<void> start();
    quint16 port() const;

private:
    GlobalOptions m_options;
    models::SystemClock m_clock;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Office> m_office;
    std::unique_ptr<HeadlessServer> m_server;
};

} // namespace lango::app
