#pragma once

// Lango's router-side scripts (DESIGN.md "Enforcement on the router"): the
// expiry scheduler entry that revokes a user by itself, and the profile
// on-login script that starts that expiry at first login and binds the MAC.
// Each script's first line is a machine-readable marker the emulator obeys.

#include "routeros/hotspottypes.h"

#include <QString>

#include <optional>

namespace lango::routeros {

struct OnLoginSpec
{
    qint64 expireSeconds = 0;  // 0 = no expiry entry at first login
    bool bindMac = false;      // single-device package: bind to the first MAC

    friend bool operator==(const OnLoginSpec &a, const OnLoginSpec &b)
    {
        return a.expireSeconds == b.expireSeconds && a.bindMac == b.bindMac;
    }
};

class HotspotScripts final
{
public:
    HotspotScripts() = delete;

    static constexpr QStringView ExpirePrefix = u"lango-exp-";

    // "lango-exp-<username>"
    [[nodiscard]] static QString expireEntryName(const QString &username);
    // The on-event script: removes the user, its sessions, its cookies and
    // the entry itself. No date arithmetic on the router.
    [[nodiscard]] static QString expireScript(const QString &username);
    // The whole scheduler entry: runs once, `secondsLeft` from now.
    [[nodiscard]] static SchedulerEntry expireEntry(const QString &username, qint64 secondsLeft);
    // A user profile's on-login script; empty when the spec asks for nothing.
    [[nodiscard]] static QString onLoginScript(const OnLoginSpec &spec);

    // Usernames the router-side scripts can embed safely (voucher codes,
    // phone-based names): letters, digits and . _ - @ +, at most 64.
    [[nodiscard]] static bool isScriptSafeName(const QString &username);
    // A RouterOS string literal: "..." with \ " $ ? and control characters escaped.
    [[nodiscard]] static QString quote(QStringView text);

    // Markers, as read by the emulator (and by Lango when it checks drift).
    [[nodiscard]] static std::optional<QString> parseExpireMarker(QStringView script);
    [[nodiscard]] static std::optional<OnLoginSpec> parseOnLoginMarker(QStringView script);
};

} // namespace lango::routeros
