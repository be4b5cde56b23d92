#include "app/routers/routertest.h"

#include "app/routers/routerprofiles.h"

namespace lango::app {

Result<routeros::ConnectionConfig> RouterTest::connectionFor(const models::Router &router, const models::SecretBox &box)
{
    auto config = RouterProfiles::connectionFor(router, box);
    if (!config)
        return config.error();
    config->autoReconnect = false;   // one attempt: report what happened
    config->connectTimeoutMs = 8000;
    config->commandTimeoutMs = 15000;
    return config;
}

RouterTest::RouterTest(const routeros::ConnectionConfig &config, QObject *parent)
    : QObject(parent)
    , m_connection(config)
    , m_check(&m_connection)
{
}

QFuture<routeros::RouterReport> RouterTest::once(const routeros::ConnectionConfig &config)
{
    auto *test = new RouterTest(config);
    return test->run().then([test](routeros::RouterReport report) {
        // The connection may still be unwinding the call that finished
        // this future: free it from the event loop, not from inside.
        test->deleteLater();
        return report;
    });
}

} // namespace lango::app
