#include "app/billing/purchasegate.h"

namespace lango::app {

PurchaseGate::PurchaseGate(Limits limits)
    : m_limits(limits)
{
}

qint64 PurchaseGate::waitMs(Window &window, const Rate &rate, qint64 nowMs)
{
    while (!window.isEmpty() && window.first() <= nowMs - rate.windowMs)
        window.removeFirst();
    if (window.size() < rate.count)
        return 0;
    return window.first() + rate.windowMs - nowMs;
}

void PurchaseGate::forgetIdleClients(qint64 nowMs)
{
    for (auto it = m_clients.begin(); it != m_clients.end();) {
        if (it->isEmpty() || it->last() <= nowMs - m_limits.perClient.windowMs)
            it = m_clients.erase(it);
        else
            ++it;
    }
    // Still full: a flood from many addresses. Keep the busiest, which are
    // the ones a limit must hold.
    while (m_clients.size() >= kMaxClients) {
        auto quietest = m_clients.begin();
        for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
            if (it->size() < quietest->size())
                quietest = it;
        }
        m_clients.erase(quietest);
    }
}

int PurchaseGate::admitClient(const QString &client, qint64 nowMs)
{
    if (client.isEmpty())
        return 0;
    if (!m_clients.contains(client) && m_clients.size() >= kMaxClients)
        forgetIdleClients(nowMs);
    Window &window = m_clients[client];
    if (const qint64 wait = waitMs(window, m_limits.perClient, nowMs); wait > 0)
        return int((wait + 999) / 1000);
    window.append(nowMs);
    return 0;
}

int PurchaseGate::admitShared(const QString &router, qint64 nowMs)
{
    qint64 wait = waitMs(m_server, m_limits.perServer, nowMs);
    Window *routerWindow = router.isEmpty() ? nullptr : &m_routers[router];
    if (routerWindow)
        wait = std::max(wait, waitMs(*routerWindow, m_limits.perRouter, nowMs));
    if (wait > 0)
        return int((wait + 999) / 1000);
    m_server.append(nowMs);
    if (routerWindow)
        routerWindow->append(nowMs);
    return 0;
}

} // namespace lango::app
