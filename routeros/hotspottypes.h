#pragma once

// Records of the hotspot and system menus, as the typed APIs return and take
// them. On writes, a std::optional field that is empty is left untouched on
// the router; on reads, it is empty when the router did not show it
// (RouterOS 7 omits defaults). Durations are whole seconds.

#include "routeros/command.h"
#include "routeros/sentence.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QVersionNumber>

#include <optional>

namespace lango::routeros {

struct HotspotUser
{
    QString id;  // .id, when read
    QString name;
    std::optional<QString> password;  // absent in print without the "sensitive" policy
    std::optional<QString> profile;
    std::optional<QString> server;
    std::optional<QString> macAddress;     // "00:00:00:00:00:00" clears the binding
    std::optional<qint64> limitUptime;     // seconds; 0 = unlimited
    std::optional<qint64> limitBytesTotal;
    std::optional<QString> comment;
    std::optional<bool> disabled;
    // Read-only counters (updated by the router when a session ends).
    qint64 uptime = 0;
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;

    [[nodiscard]] static HotspotUser fromSentence(const Sentence &sentence);
    // Adds the engaged writable fields (and the name when set) as attributes.
    void addAttributes(Command &command) const;
    [[nodiscard]] bool hasMacBinding() const;
};

// A hotspot user profile: one Lango package. Also the spec for ensureProfile().
struct UserProfile
{
    QString id;
    QString name;
    std::optional<QString> rateLimit;      // "rx/tx", the router's view: rx = customer upload
    std::optional<int> sharedUsers;        // 0 = unlimited
    std::optional<QString> onLogin;        // script source
    std::optional<bool> addMacCookie;
    std::optional<qint64> macCookieTimeout;
    std::optional<qint64> sessionTimeout;

    [[nodiscard]] static UserProfile fromSentence(const Sentence &sentence);
    void addAttributes(Command &command) const;
    // The attributes `spec` would change on `current`; none = already matches.
    static void addDifferences(Command &command, const UserProfile &current, const UserProfile &spec, int *count);
};
using ProfileSpec = UserProfile;

enum class EnsureOutcome { Created, Updated, Unchanged };

struct ActiveSession
{
    QString id;
    QString server;
    QString user;
    QString address;
    QString macAddress;
    QString loginBy;
    qint64 uptime = 0;
    std::optional<qint64> sessionTimeLeft;
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;

    [[nodiscard]] static ActiveSession fromSentence(const Sentence &sentence);
};

// A device the hotspot sees on its network (/ip/hotspot/host), logged in
// or not: the proof that a MAC and IP are really behind this router.
struct HotspotHost
{
    QString id;
    QString macAddress;
    QString address;
    QString server;
    bool authorized = false;

    [[nodiscard]] static HotspotHost fromSentence(const Sentence &sentence);
};

// What /ip/hotspot/active/login needs to log a device in from the API.
struct DeviceLogin
{
    QString user;
    QString password;
    QString ip;
    QString macAddress;
};

struct MacCookie
{
    QString id;
    QString user;
    QString macAddress;
    QString domain;
    std::optional<qint64> expiresIn;

    [[nodiscard]] static MacCookie fromSentence(const Sentence &sentence);
};

struct WalledGardenEntry
{
    QString id;
    QString dstHost;
    std::optional<QString> dstPort;
    std::optional<QString> path;
    std::optional<QString> action;  // allow (default) / deny
    std::optional<QString> server;
    std::optional<QString> comment;

    [[nodiscard]] static WalledGardenEntry fromSentence(const Sentence &sentence);
    void addAttributes(Command &command) const;
};

struct SchedulerEntry
{
    QString id;
    QString name;
    qint64 interval = 0;  // seconds; the first run is at start + interval
    QString onEvent;
    QString policy;
    QString comment;
    std::optional<QString> startDate;  // as the router writes it
    std::optional<QString> startTime;
    bool disabled = false;
    // Read-only.
    QString nextRunText;  // as the router wrote it
    QDateTime nextRun;    // parsed, with the router's UTC offset (both date styles)
    qint64 runCount = 0;

    [[nodiscard]] static SchedulerEntry fromSentence(const Sentence &sentence, int utcOffsetSeconds, QDate today);
    void addAttributes(Command &command) const;
};

struct HotspotServer
{
    QString id;
    QString name;
    QString interface;
    QString profile;
    QString addressPool;
    bool disabled = false;
    bool invalid = false;

    [[nodiscard]] static HotspotServer fromSentence(const Sentence &sentence);
};

struct ServerProfile
{
    QString id;
    QString name;
    QString htmlDirectory;
    QString dnsName;
    QString loginBy;
    QString hotspotAddress;
    QMap<QString, QString> properties;  // everything the router showed

    [[nodiscard]] static ServerProfile fromSentence(const Sentence &sentence);
};

struct RouterResource
{
    QString versionText;     // "7.16 (stable)"
    QVersionNumber version;  // 7.16
    qint64 uptime = 0;
    QString boardName;
    QString architecture;
    QString platform;
    int cpuLoad = 0;
    qint64 freeMemory = 0;
    qint64 totalMemory = 0;

    [[nodiscard]] static RouterResource fromSentence(const Sentence &sentence);
};

struct RouterClock
{
    QDateTime routerTime;  // the router's wall clock, with its UTC offset
    QString timeZoneName;
    int utcOffsetSeconds = 0;
    qint64 skewSeconds = 0;  // router clock minus this computer's clock (UTC)

    [[nodiscard]] static RouterClock fromSentence(const Sentence &sentence, const QDateTime &localUtcNow);
};

struct RouterFile
{
    QString id;
    QString name;  // path, e.g. "hotspot/login.html"
    QString type;
    qint64 size = 0;
    std::optional<QString> contents;

    [[nodiscard]] static RouterFile fromSentence(const Sentence &sentence);
};

} // namespace lango::routeros
