#pragma once

// What each emulated menu accepts and shows: writable properties, value
// types (normalised to the router's output form), defaults, and the key.

#include "routeros/sim/itemtable.h"

#include <QStringList>

#include <optional>

namespace lango::routeros::sim {

struct MenuSpec
{
    QString path;             // "/ip/hotspot/user"
    QStringList writable;     // accepted by add and set
    QStringList timeProps;    // normalised to "1h30m"
    QStringList boolProps;    // yes/no -> true/false
    QStringList intProps;
    Properties defaults;      // shown by print when not set
    QString key;              // unique property (name), empty if none
    QString duplicateText;    // the router's words for a duplicate key
    bool singleton = false;   // identity, clock, resource: one item, no .id
    bool canAdd = true;
    bool canSet = true;
    bool canRemove = true;
};

class MenuSchema final
{
public:
    MenuSchema() = delete;

    static constexpr QStringView Users = u"/ip/hotspot/user";
    static constexpr QStringView Profiles = u"/ip/hotspot/user/profile";
    static constexpr QStringView Active = u"/ip/hotspot/active";
    static constexpr QStringView Cookies = u"/ip/hotspot/cookie";
    static constexpr QStringView Hosts = u"/ip/hotspot/host";
    static constexpr QStringView WalledGarden = u"/ip/hotspot/walled-garden";
    static constexpr QStringView WalledGardenIp = u"/ip/hotspot/walled-garden/ip";
    static constexpr QStringView Servers = u"/ip/hotspot";
    static constexpr QStringView ServerProfiles = u"/ip/hotspot/profile";
    static constexpr QStringView Scheduler = u"/system/scheduler";
    static constexpr QStringView Identity = u"/system/identity";
    static constexpr QStringView Clock = u"/system/clock";
    static constexpr QStringView Resource = u"/system/resource";
    static constexpr QStringView Files = u"/file";
    // RouterOS 7 only: a v6 router answers "no such command prefix".
    static constexpr QStringView WireGuard = u"/interface/wireguard";
    static constexpr QStringView WireGuardPeers = u"/interface/wireguard/peers";
    static constexpr QStringView Addresses = u"/ip/address";
    static constexpr QStringView FirewallFilter = u"/ip/firewall/filter";

    [[nodiscard]] static const QList<MenuSpec> &all();
    [[nodiscard]] static const MenuSpec *find(QStringView path);
    // True when some menu lives under `path` (so "/ip" is a prefix, "/ipx" is not).
    [[nodiscard]] static bool isPrefix(QStringView path);
    // The router's output form of `value`, or nullopt with the trap text in `error`.
    [[nodiscard]] static std::optional<QString> normalise(const MenuSpec &spec, const QString &property,
                                                          const QString &value, QString *error);
};

} // namespace lango::routeros::sim
