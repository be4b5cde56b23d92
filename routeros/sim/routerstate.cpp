#include "routeros/sim/routerstate.h"

#include "routeros/routertime.h"

#include <QTimeZone>

namespace lango::routeros::sim {

RouterState::RouterState()
{
    m_clock.start();
    m_startUtc = QDateTime::currentDateTimeUtc();
    m_bootMs = -3 * 86400000LL;  // the router booted three days ago
    for (const MenuSpec &spec : MenuSchema::all()) {
        if (spec.singleton)
            continue;
        // Default items of RouterOS start at *0; the rest count from *1.
        auto table = std::make_unique<ItemTable>(spec.key, 1);
        const QString menu = spec.path;
        table->setChangeHandler([this, menu](quint32 id, bool removed) {
            if (m_listener)
                m_listener(menu, id, removed);
        });
        m_tables.emplace(spec.path, std::move(table));
    }
}

ItemTable *RouterState::table(QStringView menu)
{
    auto it = m_tables.find(menu.toString());
    return it == m_tables.end() ? nullptr : it->second.get();
}

const ItemTable *RouterState::table(QStringView menu) const
{
    auto it = m_tables.find(menu.toString());
    return it == m_tables.end() ? nullptr : it->second.get();
}

QDateTime RouterState::routerUtc(qint64 simMs) const
{
    return m_startUtc.addMSecs(simMs + clockOffsetMs);
}

QDateTime RouterState::routerLocal(qint64 simMs) const
{
    const QTimeZone zone(timeZone.toUtf8());
    const QDateTime utc = routerUtc(simMs);
    return zone.isValid() ? utc.toTimeZone(zone) : utc;
}

bool RouterState::isoDates() const
{
    return RouterTime::usesIsoDates(version);
}

QString RouterState::formatDateTime(qint64 simMs) const
{
    const QDateTime local = routerLocal(simMs);
    return RouterTime::formatDate(local.date(), isoDates()) + QLatin1Char(' ')
        + local.time().toString(QStringLiteral("HH:mm:ss"));
}

qint64 RouterState::simMsFromLocal(const QDateTime &local) const
{
    return m_startUtc.msecsTo(local.toUTC()) - clockOffsetMs;
}

bool RouterState::printsAsStored(const MenuSpec &spec, const QString &property)
{
    // What view() adds or computes, per menu: keep in step with it
    // (tst_routeremulator checks every menu).
    static const QHash<QString, QStringList> computed{
        {MenuSchema::Users.toString(), {QStringLiteral("uptime"), QStringLiteral("bytes-in"), QStringLiteral("bytes-out"),
                             QStringLiteral("packets-in"), QStringLiteral("packets-out")}},
        {MenuSchema::Active.toString(), {QStringLiteral("uptime"), QStringLiteral("idle-time"), QStringLiteral("bytes-in"),
                              QStringLiteral("bytes-out"), QStringLiteral("session-time-left")}},
        {MenuSchema::Hosts.toString(), {QStringLiteral("authorized")}},
        {MenuSchema::Cookies.toString(), {QStringLiteral("expires-in"), QStringLiteral("mac-cookie")}},
        {MenuSchema::Scheduler.toString(), {QStringLiteral("next-run"), QStringLiteral("run-count")}},
        {MenuSchema::Files.toString(), {QStringLiteral("type"), QStringLiteral("size")}},
    };
    return property != QLatin1String(".id") && !spec.defaults.contains(property)
           && !computed.value(spec.path).contains(property);
}

Properties RouterState::view(const MenuSpec &spec, const Item &item) const
{
    Properties v = spec.defaults;
    for (auto it = item.props.cbegin(); it != item.props.cend(); ++it)
        v.insert(it.key(), it.value());
    v.insert(QStringLiteral(".id"), ItemTable::formatId(item.id));
    const qint64 now = nowMs();
    if (spec.path == MenuSchema::Users) {
        const Counters c = counters.value(item.id);
        v.insert(QStringLiteral("uptime"), RouterTime::formatDuration(c.uptimeMs / 1000));
        v.insert(QStringLiteral("bytes-in"), QString::number(c.bytesIn));
        v.insert(QStringLiteral("bytes-out"), QString::number(c.bytesOut));
        v.insert(QStringLiteral("packets-in"), QString::number(c.bytesIn / 1000));
        v.insert(QStringLiteral("packets-out"), QString::number(c.bytesOut / 1000));
    } else if (spec.path == MenuSchema::Active) {
        const Session s = sessions.value(item.id);
        const qint64 uptime = now - s.loginAtMs;
        v.insert(QStringLiteral("uptime"), RouterTime::formatDuration(uptime / 1000));
        v.insert(QStringLiteral("idle-time"), QStringLiteral("0s"));
        v.insert(QStringLiteral("bytes-in"), QString::number(s.bytesIn));
        v.insert(QStringLiteral("bytes-out"), QString::number(s.bytesOut));
        const ItemTable *users = table(MenuSchema::Users);
        const auto userIds = users->findByKey(item.props.value(QStringLiteral("user")));
        if (!userIds.isEmpty()) {
            const Item *user = users->item(userIds.first());
            const auto limit = RouterTime::parseDurationMs(user->props.value(QStringLiteral("limit-uptime")));
            if (limit && *limit > 0) {
                const qint64 left = *limit - counters.value(user->id).uptimeMs - uptime;
                v.insert(QStringLiteral("session-time-left"), RouterTime::formatDuration(std::max<qint64>(0, left) / 1000));
            }
        }
    } else if (spec.path == MenuSchema::Hosts) {
        const ItemTable *active = table(MenuSchema::Active);
        const bool authorized = !active->findBy(QStringLiteral("mac-address"), item.props.value(QStringLiteral("mac-address"))).isEmpty();
        v.insert(QStringLiteral("authorized"), authorized ? QStringLiteral("true") : QStringLiteral("false"));
    } else if (spec.path == MenuSchema::Cookies) {
        const qint64 left = cookies.value(item.id).expiresAtMs - now;
        v.insert(QStringLiteral("expires-in"), RouterTime::formatDuration(std::max<qint64>(0, left) / 1000));
        v.insert(QStringLiteral("mac-cookie"), QStringLiteral("true"));
    } else if (spec.path == MenuSchema::Scheduler) {
        const Schedule s = schedules.value(item.id);
        if (s.nextRunMs >= 0 && v.value(QStringLiteral("disabled")) != QLatin1String("true"))
            v.insert(QStringLiteral("next-run"), formatDateTime(s.nextRunMs));
        v.insert(QStringLiteral("run-count"), QString::number(s.runCount));
    } else if (spec.path == MenuSchema::Files) {
        const QString name = v.value(QStringLiteral("name"));
        v.insert(QStringLiteral("type"), name.endsWith(QLatin1String(".html")) ? QStringLiteral(".html file")
                                                                               : QStringLiteral("file"));
        const qint64 size = fileBytes.contains(item.id) ? fileBytes.value(item.id).size()
                                                        : v.value(QStringLiteral("contents")).toUtf8().size();
        v.insert(QStringLiteral("size"), QString::number(size));
        if (size >= 4096)
            v.remove(QStringLiteral("contents"));   // RouterOS shows the contents of small files only
    }
    return v;
}

Properties RouterState::singletonView(QStringView menu) const
{
    Properties v;
    const qint64 now = nowMs();
    if (menu == MenuSchema::Identity) {
        v.insert(QStringLiteral("name"), identity);
    } else if (menu == MenuSchema::Clock) {
        const QDateTime local = routerLocal(now);
        v.insert(QStringLiteral("time"), local.time().toString(QStringLiteral("HH:mm:ss")));
        v.insert(QStringLiteral("date"), RouterTime::formatDate(local.date(), isoDates()));
        v.insert(QStringLiteral("time-zone-name"), timeZone);
        v.insert(QStringLiteral("time-zone-autodetect"), QStringLiteral("false"));
        const int offset = local.offsetFromUtc();
        v.insert(QStringLiteral("gmt-offset"), QStringLiteral("%1%2:%3")
                                                   .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                                                   .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
                                                   .arg((std::abs(offset) % 3600) / 60, 2, 10, QLatin1Char('0')));
        v.insert(QStringLiteral("dst-active"), QStringLiteral("false"));
    } else if (menu == MenuSchema::Resource) {
        v.insert(QStringLiteral("uptime"), RouterTime::formatDuration((now - m_bootMs) / 1000));
        v.insert(QStringLiteral("version"), version);
        v.insert(QStringLiteral("build-time"), QStringLiteral("2024-01-01 00:00:00"));
        v.insert(QStringLiteral("board-name"), boardName);
        v.insert(QStringLiteral("architecture-name"), architecture);
        v.insert(QStringLiteral("platform"), QStringLiteral("MikroTik"));
        v.insert(QStringLiteral("cpu"), QStringLiteral("ARMv7"));
        v.insert(QStringLiteral("cpu-count"), QStringLiteral("4"));
        v.insert(QStringLiteral("cpu-load"), QStringLiteral("3"));
        v.insert(QStringLiteral("free-memory"), QStringLiteral("201326592"));
        v.insert(QStringLiteral("total-memory"), QStringLiteral("268435456"));
        v.insert(QStringLiteral("free-hdd-space"), QStringLiteral("4194304"));
        v.insert(QStringLiteral("total-hdd-space"), QStringLiteral("16777216"));
    }
    return v;
}

} // namespace lango::routeros::sim
