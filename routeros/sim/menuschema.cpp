#include "routeros/sim/menuschema.h"

#include "routeros/routertime.h"

#include <QRegularExpression>

namespace lango::routeros::sim {

namespace {

QStringList words(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

Properties props(std::initializer_list<std::pair<const char *, const char *>> list)
{
    Properties p;
    for (const auto &[k, v] : list)
        p.insert(QString::fromLatin1(k), QString::fromLatin1(v));
    return p;
}

QList<MenuSpec> buildSpecs()
{
    QList<MenuSpec> specs;
    MenuSpec users;
    users.path = MenuSchema::Users.toString();
    users.writable = words("name password profile server mac-address address limit-uptime limit-bytes-in "
                           "limit-bytes-out limit-bytes-total comment email disabled routes");
    users.timeProps = words("limit-uptime");
    users.boolProps = words("disabled");
    users.intProps = words("limit-bytes-in limit-bytes-out limit-bytes-total");
    users.defaults = props({{"profile", "default"}, {"server", "all"}, {"disabled", "false"}, {"dynamic", "false"}});
    users.key = QStringLiteral("name");
    users.duplicateText = QStringLiteral("failure: already have user with this name for this server");
    specs.append(users);

    MenuSpec profiles;
    profiles.path = MenuSchema::Profiles.toString();
    profiles.writable = words("name rate-limit shared-users session-timeout idle-timeout keepalive-timeout "
                              "status-autorefresh add-mac-cookie mac-cookie-timeout on-login on-logout address-pool "
                              "address-list transparent-proxy open-status-page parent-queue queue-type "
                              "incoming-filter outgoing-filter incoming-packet-mark outgoing-packet-mark advertise");
    profiles.timeProps = words("session-timeout idle-timeout keepalive-timeout status-autorefresh mac-cookie-timeout");
    profiles.boolProps = words("add-mac-cookie transparent-proxy advertise");
    profiles.defaults = props({{"shared-users", "1"}, {"idle-timeout", "none"}, {"keepalive-timeout", "2m"},
                               {"status-autorefresh", "1m"}, {"add-mac-cookie", "true"},
                               {"mac-cookie-timeout", "3d"}, {"transparent-proxy", "false"},
                               {"open-status-page", "always"}, {"default", "false"}});
    profiles.key = QStringLiteral("name");
    profiles.duplicateText = QStringLiteral("failure: profile with the same name already exists");
    specs.append(profiles);

    MenuSpec active;
    active.path = MenuSchema::Active.toString();
    active.canAdd = false;
    active.canSet = false;
    specs.append(active);

    MenuSpec cookies;
    cookies.path = MenuSchema::Cookies.toString();
    cookies.canAdd = false;
    cookies.canSet = false;
    specs.append(cookies);

    MenuSpec hosts;
    hosts.path = MenuSchema::Hosts.toString();
    hosts.canAdd = false;
    hosts.canSet = false;
    specs.append(hosts);

    MenuSpec garden;
    garden.path = MenuSchema::WalledGarden.toString();
    garden.writable = words("dst-host dst-port path method action server src-address dst-address comment disabled");
    garden.boolProps = words("disabled");
    garden.defaults = props({{"action", "allow"}, {"disabled", "false"}, {"dynamic", "false"}});
    specs.append(garden);

    MenuSpec gardenIp;
    gardenIp.path = MenuSchema::WalledGardenIp.toString();
    gardenIp.writable = words("action dst-address dst-host dst-port protocol src-address server comment disabled");
    gardenIp.boolProps = words("disabled");
    gardenIp.defaults = props({{"action", "accept"}, {"disabled", "false"}});
    specs.append(gardenIp);

    MenuSpec servers;
    servers.path = MenuSchema::Servers.toString();
    servers.writable = words("name interface address-pool profile idle-timeout keepalive-timeout login-timeout "
                             "addresses-per-mac disabled");
    servers.timeProps = words("keepalive-timeout login-timeout");
    servers.boolProps = words("disabled");
    servers.defaults = props({{"disabled", "false"}, {"invalid", "false"}, {"idle-timeout", "5m"},
                              {"addresses-per-mac", "2"}, {"profile", "default"}});
    servers.key = QStringLiteral("name");
    servers.duplicateText = QStringLiteral("failure: server with the same name already exists");
    specs.append(servers);

    MenuSpec serverProfiles;
    serverProfiles.path = MenuSchema::ServerProfiles.toString();
    serverProfiles.writable = words("name hotspot-address dns-name html-directory html-directory-override login-by "
                                    "http-cookie-lifetime http-proxy smtp-server split-user-domain use-radius "
                                    "trial-uptime-limit trial-user-profile ssl-certificate rate-limit "
                                    "mac-auth-mode mac-auth-password");
    serverProfiles.timeProps = words("http-cookie-lifetime trial-uptime-limit");
    serverProfiles.boolProps = words("split-user-domain use-radius");
    serverProfiles.defaults = props({{"html-directory", "flash/hotspot"}, {"login-by", "cookie,http-chap"},
                                     {"http-cookie-lifetime", "3d"}, {"use-radius", "false"},
                                     {"split-user-domain", "false"}});
    serverProfiles.key = QStringLiteral("name");
    serverProfiles.duplicateText = QStringLiteral("failure: profile with the same name already exists");
    specs.append(serverProfiles);

    MenuSpec scheduler;
    scheduler.path = MenuSchema::Scheduler.toString();
    scheduler.writable = words("name start-date start-time interval on-event policy disabled comment");
    scheduler.timeProps = words("interval");
    scheduler.boolProps = words("disabled");
    scheduler.defaults = props({{"interval", "0s"}, {"disabled", "false"}, {"owner", "admin"},
                                {"policy", "ftp,reboot,read,write,policy,test,password,sniff,sensitive,romon"}});
    scheduler.key = QStringLiteral("name");
    scheduler.duplicateText = QStringLiteral("failure: item with this name already exists");
    specs.append(scheduler);

    MenuSpec identity;
    identity.path = MenuSchema::Identity.toString();
    identity.writable = words("name");
    identity.singleton = true;
    specs.append(identity);

    MenuSpec clock;
    clock.path = MenuSchema::Clock.toString();
    clock.writable = words("time date time-zone-name time-zone-autodetect");
    clock.boolProps = words("time-zone-autodetect");
    clock.singleton = true;
    specs.append(clock);

    MenuSpec resource;
    resource.path = MenuSchema::Resource.toString();
    resource.singleton = true;
    resource.canSet = false;
    specs.append(resource);

    MenuSpec files;
    files.path = MenuSchema::Files.toString();
    files.writable = words("name contents");
    files.key = QStringLiteral("name");
    files.duplicateText = QStringLiteral("failure: file already exists");
    specs.append(files);

    // What `lango router tunnel` sets up (RouterOS 7 shapes): public-key is
    // read-only, worked out from private-key as the router does.
    MenuSpec wireguard;
    wireguard.path = MenuSchema::WireGuard.toString();
    wireguard.writable = words("name listen-port private-key mtu comment disabled");
    wireguard.boolProps = words("disabled");
    wireguard.intProps = words("listen-port mtu");
    wireguard.defaults = props({{"listen-port", "13231"}, {"mtu", "1420"}, {"disabled", "false"}, {"running", "true"}});
    wireguard.key = QStringLiteral("name");
    wireguard.duplicateText = QStringLiteral("failure: interface with such name exists");
    specs.append(wireguard);

    MenuSpec peers;
    peers.path = MenuSchema::WireGuardPeers.toString();
    peers.writable = words("interface public-key preshared-key endpoint-address endpoint-port allowed-address "
                           "persistent-keepalive comment disabled name");
    peers.timeProps = words("persistent-keepalive");
    peers.boolProps = words("disabled");
    peers.intProps = words("endpoint-port");
    peers.defaults = props({{"endpoint-port", "0"}, {"disabled", "false"}, {"rx", "0"}, {"tx", "0"}});
    specs.append(peers);

    MenuSpec addresses;
    addresses.path = MenuSchema::Addresses.toString();
    addresses.writable = words("address interface network comment disabled");
    addresses.boolProps = words("disabled");
    addresses.defaults = props({{"disabled", "false"}, {"dynamic", "false"}, {"invalid", "false"}});
    specs.append(addresses);

    MenuSpec filter;
    filter.path = MenuSchema::FirewallFilter.toString();
    filter.writable = words("chain action protocol dst-port src-address dst-address in-interface out-interface "
                            "connection-state comment disabled place-before");
    filter.boolProps = words("disabled");
    filter.defaults = props({{"disabled", "false"}, {"dynamic", "false"}, {"invalid", "false"}});
    specs.append(filter);
    return specs;
}

} // namespace

const QList<MenuSpec> &MenuSchema::all()
{
    static const QList<MenuSpec> specs = buildSpecs();
    return specs;
}

const MenuSpec *MenuSchema::find(QStringView path)
{
    for (const MenuSpec &spec : all()) {
        if (spec.path == path)
            return &spec;
    }
    return nullptr;
}

bool MenuSchema::isPrefix(QStringView path)
{
    for (const MenuSpec &spec : all()) {
        if (spec.path.size() > path.size() && spec.path.startsWith(path) && spec.path[path.size()] == QLatin1Char('/'))
            return true;
    }
    return false;
}

std::optional<QString> MenuSchema::normalise(const MenuSpec &spec, const QString &property, const QString &value,
                                             QString *error)
{
    const auto invalid = [&] {
        *error = QStringLiteral("invalid value for argument %1").arg(property);
        return std::nullopt;
    };
    if (spec.timeProps.contains(property)) {
        if (value == QLatin1String("none"))
            return value;
        const auto ms = RouterTime::parseDurationMs(value);
        if (!ms)
            return invalid();
        return RouterTime::formatDurationMs(*ms);
    }
    if (spec.boolProps.contains(property)) {
        if (value == QLatin1String("yes") || value == QLatin1String("true"))
            return QStringLiteral("true");
        if (value == QLatin1String("no") || value == QLatin1String("false"))
            return QStringLiteral("false");
        return invalid();
    }
    if (spec.intProps.contains(property) || property == QLatin1String("shared-users")) {
        if (property == QLatin1String("shared-users") && value == QLatin1String("unlimited"))
            return value;
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (!ok || n < 0)
            return invalid();
        return QString::number(n);
    }
    if (property == QLatin1String("mac-address")) {
        static const QRegularExpression mac(QStringLiteral("^([0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}$"));
        if (!mac.match(value).hasMatch())
            return invalid();
        return value.toUpper();
    }
    return value;
}

} // namespace lango::routeros::sim
