#pragma once

// The emulated hotspot's rules: who may log in (password, disabled,
// MAC binding, uptime and traffic limits, shared-users), what a login
// does (session, MAC cookie, the profile's on-login script), how sessions
// end, and the scheduler running Lango's expiry scripts. Scripts are not
// interpreted: their `# lango:` marker line says what they do.

#include "routeros/sim/routerstate.h"

#include <QString>

namespace lango::routeros::sim {

struct LoginOutcome
{
    QString error;      // the router's words; empty on success
    QString sessionId;  // .id in /ip/hotspot/active
    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

class HotspotEngine final
{
public:
    explicit HotspotEngine(RouterState &state);

    // A device logging in with a user name and password.
    LoginOutcome login(const QString &user, const QString &password, const QString &mac, const QString &ip,
                       const QString &loginBy);
    // A returning device that holds a MAC cookie.
    LoginOutcome cookieLogin(const QString &mac, const QString &ip);
    // A device on the hotspot's network (/ip/hotspot/host), logged in or not.
    void ensureHost(const QString &mac, const QString &ip);
    // A session without any checks (test and demo helper).
    QString addSession(const QString &user, const QString &mac, const QString &ip);
    // Ends a session; its uptime and bytes go to the user's counters.
    bool endSession(quint32 activeId);
    [[nodiscard]] quint32 sessionByMac(const QString &mac) const;
    bool addTraffic(quint32 activeId, qint64 bytesIn, qint64 bytesOut);
    // Removes a user, its sessions, cookies and expiry entry (the expire script).
    void revokeUser(const QString &name);
    void runScript(const QString &source, const QString &user, const QString &mac);
    // Sets the next run of a scheduler entry from its start and interval.
    void reschedule(quint32 schedulerId);
    // Advances the rules to now: limits, scheduler, cookie expiry.
    void tick();
    // The same, unless a tick ran in the last few milliseconds: every API
    // command looks at the rules, and thousands of sessions make a tick
    // cost more than the command. A router's own timing is no finer.
    void tickIfStale();
    [[nodiscard]] int scriptRuns() const { return m_scriptRuns; }

private:
    qint64 m_lastTickMs = -1;
    LoginOutcome admit(quint32 userId, const QString &mac, const QString &ip, const QString &loginBy);
    [[nodiscard]] Properties userView(quint32 userId) const;
    [[nodiscard]] Properties profileOf(const Properties &user) const;
    [[nodiscard]] qint64 usedUptimeMs(quint32 userId, const QString &name) const;
    [[nodiscard]] qint64 usedBytes(quint32 userId, const QString &name) const;
    [[nodiscard]] QString serverName() const;

    RouterState &m_state;
    int m_scriptRuns = 0;
};

} // namespace lango::routeros::sim
