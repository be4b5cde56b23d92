#include "routeros/sim/hotspotengine.h"

#include "routeros/hotspotscripts.h"
#include "routeros/routertime.h"

#include <QTimeZone>

namespace lango::routeros::sim {

namespace {

const QString Zero = QStringLiteral("00:00:00:00:00:00");

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

HotspotEngine::HotspotEngine(RouterState &state) : m_state(state) {}

Properties HotspotEngine::userView(quint32 userId) const
{
    const ItemTable *users = m_state.table(MenuSchema::Users);
    const Item *item = users->item(userId);
    return item ? m_state.view(*MenuSchema::find(MenuSchema::Users), *item) : Properties{};
}

Properties HotspotEngine::profileOf(const Properties &user) const
{
    const ItemTable *profiles = m_state.table(MenuSchema::Profiles);
    const auto ids = profiles->findByKey(user.value(key("profile")));
    if (ids.isEmpty())
        return MenuSchema::find(MenuSchema::Profiles)->defaults;
    return m_state.view(*MenuSchema::find(MenuSchema::Profiles), *profiles->item(ids.first()));
}

QString HotspotEngine::serverName() const
{
    const ItemTable *servers = m_state.table(MenuSchema::Servers);
    const auto ids = servers->ids();
    return ids.isEmpty() ? QStringLiteral("all") : servers->item(ids.first())->props.value(key("name"));
}

qint64 HotspotEngine::usedUptimeMs(quint32 userId, const QString &name) const
{
    qint64 used = m_state.counters.value(userId).uptimeMs;
    const ItemTable *active = m_state.table(MenuSchema::Active);
    for (const quint32 id : active->findBy(key("user"), name))
        used += m_state.nowMs() - m_state.sessions.value(id).loginAtMs;
    return used;
}

qint64 HotspotEngine::usedBytes(quint32 userId, const QString &name) const
{
    const RouterState::Counters c = m_state.counters.value(userId);
    qint64 used = c.bytesIn + c.bytesOut;
    const ItemTable *active = m_state.table(MenuSchema::Active);
    for (const quint32 id : active->findBy(key("user"), name)) {
        const RouterState::Session s = m_state.sessions.value(id);
        used += s.bytesIn + s.bytesOut;
    }
    return used;
}

LoginOutcome HotspotEngine::login(const QString &user, const QString &password, const QString &mac,
                                  const QString &ip, const QString &loginBy)
{
    // Limits as of the last 20 ms, like a router's own accounting: a tick
    // per login was quadratic in the sessions open (a burst of 2,000 logins).
    tickIfStale();
    const auto ids = m_state.table(MenuSchema::Users)->findByKey(user);
    // Unknown, wrong password and disabled all look the same to the device.
    if (ids.isEmpty())
        return {QStringLiteral("invalid username or password"), {}};
    const Properties u = userView(ids.first());
    if (u.value(key("password")) != password || u.value(key("disabled")) == QLatin1String("true"))
        return {QStringLiteral("invalid username or password"), {}};
    return admit(ids.first(), mac, ip, loginBy);
}

LoginOutcome HotspotEngine::cookieLogin(const QString &mac, const QString &ip)
{
    tickIfStale();
    const ItemTable *cookies = m_state.table(MenuSchema::Cookies);
    const auto cookieIds = cookies->findBy(key("mac-address"), mac.toUpper());
    if (cookieIds.isEmpty())
        return {QStringLiteral("no cookie for this device"), {}};
    const QString user = cookies->item(cookieIds.first())->props.value(key("user"));
    const auto ids = m_state.table(MenuSchema::Users)->findByKey(user);
    if (ids.isEmpty() || userView(ids.first()).value(key("disabled")) == QLatin1String("true"))
        return {QStringLiteral("invalid username or password"), {}};
    return admit(ids.first(), mac, ip, QStringLiteral("mac-cookie"));
}

LoginOutcome HotspotEngine::admit(quint32 userId, const QString &rawMac, const QString &ip, const QString &loginBy)
{
    const QString mac = rawMac.toUpper();
    const Properties u = userView(userId);
    const QString name = u.value(key("name"));
    const QString bound = u.value(key("mac-address"));
    if (!bound.isEmpty() && bound != Zero && bound != mac)
        return {QStringLiteral("user %1 is not allowed to log in from this MAC address").arg(name), {}};
    const auto limit = RouterTime::parseDurationMs(u.value(key("limit-uptime")));
    if (limit && *limit > 0 && usedUptimeMs(userId, name) >= *limit)
        return {QStringLiteral("user %1 has reached uptime limit").arg(name), {}};
    const qint64 bytesLimit = u.value(key("limit-bytes-total")).toLongLong();
    if (bytesLimit > 0 && usedBytes(userId, name) >= bytesLimit)
        return {QStringLiteral("user %1 has reached traffic limit").arg(name), {}};

    ItemTable *active = m_state.table(MenuSchema::Active);
    const auto sessions = active->findBy(key("user"), name);
    for (const quint32 id : sessions) {
        if (active->item(id)->props.value(key("mac-address")) == mac)
            return {{}, ItemTable::formatId(id)};  // this device is already logged in
    }
    const Properties profile = profileOf(u);
    const QString shared = profile.value(key("shared-users"), QStringLiteral("1"));
    if (shared != QLatin1String("unlimited") && sessions.size() >= shared.toInt())
        return {QStringLiteral("no more sessions are allowed for user %1").arg(name), {}};

    const QString id = addSession(name, mac, ip);
    m_state.table(MenuSchema::Active)->update(*ItemTable::parseId(id), {{key("login-by"), loginBy}});
    if (profile.value(key("add-mac-cookie")) == QLatin1String("true") && loginBy != QLatin1String("mac-cookie")) {
        ItemTable *cookies = m_state.table(MenuSchema::Cookies);
        for (const quint32 old : cookies->findBy(key("mac-address"), mac))
            cookies->remove(old);
        const quint32 cookieId = cookies->insert({{key("user"), name}, {key("mac-address"), mac}, {key("domain"), {}}});
        const qint64 lifetime =
            RouterTime::parseDurationMs(profile.value(key("mac-cookie-timeout"), QStringLiteral("3d"))).value_or(0);
        m_state.cookies.insert(cookieId, {m_state.nowMs() + lifetime});
    }
    runScript(profile.value(key("on-login")), name, mac);
    return {{}, id};
}

void HotspotEngine::ensureHost(const QString &rawMac, const QString &ip)
{
    const QString mac = rawMac.toUpper();
    ItemTable *hosts = m_state.table(MenuSchema::Hosts);
    for (const quint32 id : hosts->findBy(key("mac-address"), mac)) {
        if (hosts->item(id)->props.value(key("address")) != ip)
            hosts->update(id, {{key("address"), ip}, {key("to-address"), ip}});
        return;
    }
    hosts->insert({{key("mac-address"), mac}, {key("address"), ip}, {key("to-address"), ip}, {key("server"), serverName()},
                   {key("found-by"), QStringLiteral("DHCP")}, {key("bypassed"), QStringLiteral("false")}});
}

QString HotspotEngine::addSession(const QString &user, const QString &mac, const QString &ip)
{
    ensureHost(mac, ip);
    ItemTable *active = m_state.table(MenuSchema::Active);
    RouterState::Session session;
    session.loginAtMs = m_state.nowMs();
    // Session data first: the change notification prints the item.
    m_state.sessions.insert(active->nextId(), session);
    const quint32 id = active->insert({{key("server"), serverName()},
                                       {key("user"), user},
                                       {key("address"), ip},
                                       {key("mac-address"), mac.toUpper()},
                                       {key("login-by"), QStringLiteral("http-chap")}});
    return ItemTable::formatId(id);
}

bool HotspotEngine::endSession(quint32 activeId)
{
    ItemTable *active = m_state.table(MenuSchema::Active);
    const Item *item = active->item(activeId);
    if (!item)
        return false;
    const RouterState::Session s = m_state.sessions.take(activeId);
    const auto userIds = m_state.table(MenuSchema::Users)->findByKey(item->props.value(key("user")));
    if (!userIds.isEmpty()) {
        RouterState::Counters &c = m_state.counters[userIds.first()];
        c.uptimeMs += m_state.nowMs() - s.loginAtMs;
        c.bytesIn += s.bytesIn;
        c.bytesOut += s.bytesOut;
    }
    return active->remove(activeId);
}

quint32 HotspotEngine::sessionByMac(const QString &mac) const
{
    const auto ids = m_state.table(MenuSchema::Active)->findBy(key("mac-address"), mac.toUpper());
    return ids.isEmpty() ? 0 : ids.first();
}

bool HotspotEngine::addTraffic(quint32 activeId, qint64 bytesIn, qint64 bytesOut)
{
    if (!m_state.sessions.contains(activeId))
        return false;
    RouterState::Session &s = m_state.sessions[activeId];
    s.bytesIn += bytesIn;
    s.bytesOut += bytesOut;
    tick();
    return true;
}

void HotspotEngine::revokeUser(const QString &name)
{
    ItemTable *users = m_state.table(MenuSchema::Users);
    for (const quint32 id : users->findByKey(name)) {
        users->remove(id);
        m_state.counters.remove(id);
    }
    ItemTable *active = m_state.table(MenuSchema::Active);
    for (const quint32 id : active->findBy(key("user"), name)) {
        m_state.sessions.remove(id);
        active->remove(id);
    }
    ItemTable *cookies = m_state.table(MenuSchema::Cookies);
    for (const quint32 id : cookies->findBy(key("user"), name)) {
        m_state.cookies.remove(id);
        cookies->remove(id);
    }
    ItemTable *scheduler = m_state.table(MenuSchema::Scheduler);
    for (const quint32 id : scheduler->findByKey(HotspotScripts::expireEntryName(name))) {
        m_state.schedules.remove(id);
        scheduler->remove(id);
    }
}

void HotspotEngine::runScript(const QString &source, const QString &user, const QString &mac)
{
    if (source.isEmpty())
        return;
    ++m_scriptRuns;
    if (const auto expired = HotspotScripts::parseExpireMarker(source)) {
        revokeUser(*expired);
        return;
    }
    const auto spec = HotspotScripts::parseOnLoginMarker(source);
    if (!spec)
        return;  // not one of Lango's scripts: nothing the emulator can run
    ItemTable *scheduler = m_state.table(MenuSchema::Scheduler);
    const QString entryName = HotspotScripts::expireEntryName(user);
    if (spec->expireSeconds > 0 && scheduler->findByKey(entryName).isEmpty()) {
        const SchedulerEntry entry = HotspotScripts::expireEntry(user, spec->expireSeconds);
        const quint32 id = scheduler->insert({{key("name"), entry.name},
                                              {key("interval"), RouterTime::formatDuration(entry.interval)},
                                              {key("on-event"), entry.onEvent},
                                              {key("policy"), entry.policy},
                                              {key("comment"), entry.comment}});
        reschedule(id);
    }
    if (spec->bindMac) {
        ItemTable *users = m_state.table(MenuSchema::Users);
        for (const quint32 id : users->findByKey(user)) {
            const QString bound = users->item(id)->props.value(key("mac-address"));
            if (bound.isEmpty() || bound == Zero)
                users->update(id, {{key("mac-address"), mac.toUpper()}});
        }
    }
}

void HotspotEngine::reschedule(quint32 schedulerId)
{
    const Item *item = m_state.table(MenuSchema::Scheduler)->item(schedulerId);
    if (!item)
        return;
    RouterState::Schedule &s = m_state.schedules[schedulerId];
    const qint64 interval = RouterTime::parseDurationMs(item->props.value(key("interval"))).value_or(0);
    const QString date = item->props.value(key("start-date"));
    const QString time = item->props.value(key("start-time"));
    const qint64 now = m_state.nowMs();
    if (!time.isEmpty() && time != QLatin1String("startup")) {
        const QDate d = date.isEmpty() ? m_state.routerLocal(now).date() : RouterTime::parseDate(date);
        const QDateTime local = QDateTime(d, RouterTime::parseTime(time), m_state.routerLocal(now).timeZone());
        qint64 next = m_state.simMsFromLocal(local);
        while (interval > 0 && next <= now)
            next += interval;
        s.nextRunMs = next > now || interval > 0 ? next : -1;
    } else {
        // No start time: RouterOS takes "now" as the start, so the first run
        // is one interval away.
        s.nextRunMs = interval > 0 ? now + interval : -1;
    }
}

void HotspotEngine::tickIfStale()
{
    if (m_lastTickMs < 0 || m_state.nowMs() - m_lastTickMs >= 20)
        tick();
}

void HotspotEngine::tick()
{
    const qint64 now = m_state.nowMs();
    m_lastTickMs = now;
    // Sessions end when the user's uptime or traffic budget is used up.
    ItemTable *active = m_state.table(MenuSchema::Active);
    ItemTable *users = m_state.table(MenuSchema::Users);
    // Each user's open sessions, gathered once: a tick stays linear in the
    // number of sessions (thousands in benchmarks), not quadratic.
    const Properties &userDefaults = MenuSchema::find(MenuSchema::Users)->defaults;
    const QList<quint32> activeIds = active->ids();
    QHash<QString, QList<quint32>> sessionsOf;
    for (const quint32 id : activeIds)
        sessionsOf[active->item(id)->props.value(key("user"))] << id;
    for (const quint32 id : activeIds) {
        const QString name = active->item(id)->props.value(key("user"));
        const auto userIds = users->findByKey(name);
        if (userIds.isEmpty())
            continue;
        // The two limits straight from the item (a full view per session
        // per command was most of the emulator's time).
        const Properties &props = users->item(userIds.first())->props;
        const auto limit = RouterTime::parseDurationMs(props.value(key("limit-uptime"), userDefaults.value(key("limit-uptime"))));
        const qint64 bytesLimit = props.value(key("limit-bytes-total"), userDefaults.value(key("limit-bytes-total"))).toLongLong();
        const QList<quint32> open = sessionsOf.value(name);
        const auto uptimeUsed = [&] {
            qint64 used = m_state.counters.value(userIds.first()).uptimeMs;
            for (const quint32 sessionId : open) {
                if (m_state.sessions.contains(sessionId))   // not ended earlier in this tick
                    used += now - m_state.sessions.value(sessionId).loginAtMs;
            }
            return used;
        };
        const auto bytesUsed = [&] {
            const RouterState::Counters c = m_state.counters.value(userIds.first());
            qint64 used = c.bytesIn + c.bytesOut;
            for (const quint32 sessionId : open) {
                const RouterState::Session session = m_state.sessions.value(sessionId);   // ended: zeros
                used += session.bytesIn + session.bytesOut;
            }
            return used;
        };
        const bool outOfTime = limit && *limit > 0 && uptimeUsed() >= *limit;
        if (outOfTime || (bytesLimit > 0 && bytesUsed() >= bytesLimit)) {
            endSession(id);
            if (outOfTime)  // the router ends it right at the limit, not at our tick
                m_state.counters[userIds.first()].uptimeMs = std::min(m_state.counters[userIds.first()].uptimeMs, *limit);
        }
    }
    ItemTable *cookies = m_state.table(MenuSchema::Cookies);
    for (const quint32 id : cookies->ids()) {
        if (m_state.cookies.value(id).expiresAtMs <= now) {
            m_state.cookies.remove(id);
            cookies->remove(id);
        }
    }
    // Scheduler entries due now run their script (which may remove them).
    ItemTable *scheduler = m_state.table(MenuSchema::Scheduler);
    for (const quint32 id : scheduler->ids()) {
        const Item *item = scheduler->item(id);
        if (!item || item->props.value(key("disabled")) == QLatin1String("true"))
            continue;
        RouterState::Schedule &s = m_state.schedules[id];
        if (s.nextRunMs < 0 || s.nextRunMs > now)
            continue;
        ++s.runCount;
        const qint64 interval = RouterTime::parseDurationMs(item->props.value(key("interval"))).value_or(0);
        s.nextRunMs = interval > 0 ? s.nextRunMs + interval * ((now - s.nextRunMs) / interval + 1) : -1;
        runScript(item->props.value(key("on-event")), {}, {});
    }
}

} // namespace lango::routeros::sim
