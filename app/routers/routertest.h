#pragma once

#include "app/core/error.h"
#include "models/router.h"
#include "models/secretbox.h"
#include "routeros/apiconnection.h"
#include "routeros/routercheck.h"

#include <QFuture>
#include <QObject>

namespace lango::app {

// "Test connection" and `lango router check NAME` alike: one attempt over a
// connection of its own (no reconnects, so the answer is what happened now),
// then the router's facts and problems. The connection stays open after the
// check for what a face asks next (the CLI reads the portal's marker).
// Lives on the thread it is made on, which needs an event loop.
class RouterTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RouterTest)

public:
    // The router's API address and opened password, set for one attempt.
    [[nodiscard]] static Result<routeros::ConnectionConfig> connectionFor(const models::Router &router,
                                                                          const models::SecretBox &box);

    explicit RouterTest(const routeros::ConnectionConfig &config, QObject *parent = nullptr);

    [[nodiscard]] QFuture<routeros::RouterReport> run() { return m_check.run(); }
    routeros::ApiConnection &connection() { return m_connection; }

    // Runs a test on a connection of its own and frees it when done.
    [[nodiscard]] static QFuture<routeros::RouterReport> once(const routeros::ConnectionConfig &config);

private:
    routeros::ApiConnection m_connection;
    routeros::RouterCheck m_check;
};

} // namespace lango::app
