#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace lango::app {

// How many M-Pesa prompts may start: at most N in any window, per client
// address, per hotspot and for the whole server. Each prompt is a PIN
// request on someone's phone and a call on the ISP's Daraja app, so a flood
// must stop here, before either. Memory is bounded: clients whose window is
// empty are forgotten, and past kMaxClients the quietest go first.
class PurchaseGate final
{
public:
    struct Rate
    {
        int count = 0;
        qint64 windowMs = 60 * 1000;
    };
    struct Limits
    {
        Rate perClient{30, 60 * 1000};
        Rate perRouter{120, 60 * 1000};
        Rate perServer{600, 60 * 1000};
    };
    static constexpr int kMaxClients = 20000;

    explicit PurchaseGate(Limits limits);

    // Counts one attempt against the client's limit; when it is full nothing
    // is counted and the answer is the seconds until there is room (0 =
    // admitted). Checked first: a flood from one address stops here.
    [[nodiscard]] int admitClient(const QString &client, qint64 nowMs);
    // The same for the hotspot's and the server's limits, counted only for
    // a device the hotspot really sees, so strangers cannot use them up.
    [[nodiscard]] int admitShared(const QString &router, qint64 nowMs);

private:
    // The times of the prompts admitted in the current window, oldest first.
    using Window = QList<qint64>;
    static qint64 waitMs(Window &window, const Rate &rate, qint64 nowMs);
    void forgetIdleClients(qint64 nowMs);

    Limits m_limits;
    QHash<QString, Window> m_clients;
    QHash<QString, Window> m_routers;
    Window m_server;
};

} // namespace lango::app
