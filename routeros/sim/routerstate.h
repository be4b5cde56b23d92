#pragma once

// The emulated router's data: one ItemTable per menu, the singletons
// (identity, clock, resource), run-time data the menus show (session uptime,
// counters, next-run), and a simulated clock that tests can move forward.

#include "routeros/sim/itemtable.h"
#include "routeros/sim/menuschema.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>

#include <functional>
#include <map>
#include <memory>

namespace lango::routeros::sim {

class RouterState final
{
public:
    struct Session
    {
        qint64 loginAtMs = 0;  // simulated ms
        qint64 bytesIn = 0;
        qint64 bytesOut = 0;
    };
    struct Counters
    {
        qint64 uptimeMs = 0;  // accumulated from ended sessions
        qint64 bytesIn = 0;
        qint64 bytesOut = 0;
    };
    struct Schedule
    {
        qint64 nextRunMs = -1;  // simulated ms; -1 = never
        qint64 runCount = 0;
    };
    struct Cookie
    {
        qint64 expiresAtMs = 0;
    };
    using Listener = std::function<void(const QString &menu, quint32 id, bool removed)>;

    RouterState();
    RouterState(const RouterState &) = delete;
    RouterState &operator=(const RouterState &) = delete;

    [[nodiscard]] ItemTable *table(QStringView menu);
    [[nodiscard]] const ItemTable *table(QStringView menu) const;
    void setListener(Listener listener) { m_listener = std::move(listener); }

    // Singletons.
    QString identity = QStringLiteral("MikroTik");
    QString version = QStringLiteral("7.16 (stable)");
    QString boardName = QStringLiteral("hAP ac^2");
    QString architecture = QStringLiteral("arm");
    QString timeZone = QStringLiteral("Africa/Nairobi");
    qint64 clockOffsetMs = 0;  // simulated skew of the router clock

    // Simulated time: real elapsed time plus whatever tests advanced.
    [[nodiscard]] qint64 nowMs() const { return m_clock.elapsed() + m_advancedMs; }
    void advance(qint64 ms) { m_advancedMs += ms; }
    [[nodiscard]] QDateTime routerUtc(qint64 simMs) const;
    [[nodiscard]] QDateTime routerLocal(qint64 simMs) const;
    // Router wall-clock text for `simMs`, in the date style of the version.
    [[nodiscard]] QString formatDateTime(qint64 simMs) const;
    // Simulated ms for a router wall-clock date-time.
    [[nodiscard]] qint64 simMsFromLocal(const QDateTime &local) const;
    [[nodiscard]] bool isoDates() const;

    // What print shows for an item (defaults, stored and computed values).
    [[nodiscard]] Properties view(const MenuSpec &spec, const Item &item) const;
    // Whether print shows `property` as stored (or not at all): then an
    // item's stored value is the one a query compares, and an index on it
    // finds every item a query for it can match.
    [[nodiscard]] static bool printsAsStored(const MenuSpec &spec, const QString &property);
    [[nodiscard]] Properties singletonView(QStringView menu) const;

    QHash<quint32, Session> sessions;   // by /ip/hotspot/active id
    QHash<quint32, Counters> counters;  // by /ip/hotspot/user id
    QHash<quint32, Schedule> schedules; // by /system/scheduler id
    QHash<quint32, Cookie> cookies;     // by /ip/hotspot/cookie id
    QHash<quint32, QByteArray> fileBytes; // by /file id: what /tool/fetch saved, byte for byte

private:
    std::map<QString, std::unique_ptr<ItemTable>> m_tables;
    Listener m_listener;
    QElapsedTimer m_clock;
    qint64 m_advancedMs = 0;
    QDateTime m_startUtc;
    qint64 m_bootMs = 0;
};

} // namespace lango::routeros::sim
