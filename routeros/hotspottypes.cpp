#include "routeros/hotspottypes.h"

#include "routeros/routertime.h"

#include <QTimeZone>

namespace lango::routeros {

namespace {

std::optional<QString> text(const Sentence &s, QByteArrayView name)
{
    const auto raw = s.rawAttribute(name);
    return raw ? std::optional<QString>(Sentence::decode(*raw)) : std::nullopt;
}

QString str(const Sentence &s, QByteArrayView name)
{
    return s.attribute(name);
}

std::optional<qint64> number(const Sentence &s, QByteArrayView name)
{
    const auto raw = s.rawAttribute(name);
    bool ok = false;
    const qint64 value = raw ? raw->toLongLong(&ok) : 0;
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

std::optional<qint64> duration(const Sentence &s, QByteArrayView name)
{
    const auto raw = s.rawAttribute(name);
    if (!raw)
        return std::nullopt;
    if (*raw == "none" || raw->isEmpty())
        return 0;
    return RouterTime::parseDuration(QString::fromLatin1(*raw));
}

std::optional<bool> flag(const Sentence &s, QByteArrayView name)
{
    const auto raw = s.rawAttribute(name);
    if (!raw)
        return std::nullopt;
    return *raw == "true" || *raw == "yes";
}

QString normalizeScript(const QString &script)
{
    // Routers store scripts with \r\n or \n; trailing blanks don't matter.
    QString s = script;
    s.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    while (!s.isEmpty() && s.back().isSpace())
        s.chop(1);
    return s;
}

} // namespace

HotspotUser HotspotUser::fromSentence(const Sentence &s)
{
    HotspotUser u;
    u.id = str(s, ".id");
    u.name = str(s, "name");
    u.password = text(s, "password");
    u.profile = text(s, "profile");
    u.server = text(s, "server");
    u.macAddress = text(s, "mac-address");
    u.limitUptime = duration(s, "limit-uptime");
    u.limitBytesTotal = number(s, "limit-bytes-total");
    u.comment = text(s, "comment");
    u.disabled = flag(s, "disabled");
    u.uptime = duration(s, "uptime").value_or(0);
    u.bytesIn = number(s, "bytes-in").value_or(0);
    u.bytesOut = number(s, "bytes-out").value_or(0);
    return u;
}

void HotspotUser::addAttributes(Command &c) const
{
    if (!name.isEmpty())
        c.attr(u"name", name);
    if (password)
        c.attr(u"password", *password);
    if (profile)
        c.attr(u"profile", *profile);
    if (server)
        c.attr(u"server", *server);
    if (macAddress)
        c.attr(u"mac-address", *macAddress);
    if (limitUptime)
        c.attr(u"limit-uptime", RouterTime::formatDuration(*limitUptime));
    if (limitBytesTotal)
        c.attr(u"limit-bytes-total", *limitBytesTotal);
    if (comment)
        c.attr(u"comment", *comment);
    if (disabled)
        c.attrBool(u"disabled", *disabled);
}

bool HotspotUser::hasMacBinding() const
{
    return macAddress && !macAddress->isEmpty() && *macAddress != QLatin1String("00:00:00:00:00:00");
}

UserProfile UserProfile::fromSentence(const Sentence &s)
{
    UserProfile p;
    p.id = str(s, ".id");
    p.name = str(s, "name");
    p.rateLimit = text(s, "rate-limit");
    if (const auto shared = text(s, "shared-users"))
        p.sharedUsers = *shared == QLatin1String("unlimited") ? 0 : shared->toInt();
    p.onLogin = text(s, "on-login");
    p.addMacCookie = flag(s, "add-mac-cookie");
    p.macCookieTimeout = duration(s, "mac-cookie-timeout");
    p.sessionTimeout = duration(s, "session-timeout");
    return p;
}

void UserProfile::addAttributes(Command &c) const
{
    if (!name.isEmpty())
        c.attr(u"name", name);
    if (rateLimit)
        c.attr(u"rate-limit", *rateLimit);
    if (sharedUsers)
        c.attr(u"shared-users", *sharedUsers == 0 ? QStringLiteral("unlimited") : QString::number(*sharedUsers));
    if (onLogin)
        c.attr(u"on-login", *onLogin);
    if (addMacCookie)
        c.attrBool(u"add-mac-cookie", *addMacCookie);
    if (macCookieTimeout)
        c.attr(u"mac-cookie-timeout", RouterTime::formatDuration(*macCookieTimeout));
    if (sessionTimeout)
        c.attr(u"session-timeout", RouterTime::formatDuration(*sessionTimeout));
}

void UserProfile::addDifferences(Command &c, const UserProfile &current, const UserProfile &spec, int *count)
{
    // Compare in normalised form, so a sync run twice changes nothing the second time.
    UserProfile diff;
    if (spec.rateLimit && spec.rateLimit->trimmed() != current.rateLimit.value_or(QString()).trimmed())
        diff.rateLimit = spec.rateLimit;
    if (spec.sharedUsers && spec.sharedUsers != current.sharedUsers.value_or(1))
        diff.sharedUsers = spec.sharedUsers;
    if (spec.onLogin && normalizeScript(*spec.onLogin) != normalizeScript(current.onLogin.value_or(QString())))
        diff.onLogin = spec.onLogin;
    if (spec.addMacCookie && spec.addMacCookie != current.addMacCookie.value_or(false))
        diff.addMacCookie = spec.addMacCookie;
    if (spec.macCookieTimeout && spec.macCookieTimeout != current.macCookieTimeout)
        diff.macCookieTimeout = spec.macCookieTimeout;
    if (spec.sessionTimeout && spec.sessionTimeout != current.sessionTimeout.value_or(0))
        diff.sessionTimeout = spec.sessionTimeout;
    const qsizetype before = c.words().size();
    diff.addAttributes(c);
    if (count)
        *count = static_cast<int>(c.words().size() - before);
}

ActiveSession ActiveSession::fromSentence(const Sentence &s)
{
    ActiveSession a;
    a.id = str(s, ".id");
    a.server = str(s, "server");
    a.user = str(s, "user");
    a.address = str(s, "address");
    a.macAddress = str(s, "mac-address");
    a.loginBy = str(s, "login-by");
    a.uptime = duration(s, "uptime").value_or(0);
    a.sessionTimeLeft = duration(s, "session-time-left");
    a.bytesIn = number(s, "bytes-in").value_or(0);
    a.bytesOut = number(s, "bytes-out").value_or(0);
    return a;
}

HotspotHost HotspotHost::fromSentence(const Sentence &s)
{
    HotspotHost h;
    h.id = str(s, ".id");
    h.macAddress = str(s, "mac-address");
    h.address = str(s, "address");
    h.server = str(s, "server");
    h.authorized = str(s, "authorized") == QLatin1String("true");
    return h;
}

MacCookie MacCookie::fromSentence(const Sentence &s)
{
    MacCookie c;
    c.id = str(s, ".id");
    c.user = str(s, "user");
    c.macAddress = str(s, "mac-address");
    c.domain = str(s, "domain");
    c.expiresIn = duration(s, "expires-in");
    return c;
}

WalledGardenEntry WalledGardenEntry::fromSentence(const Sentence &s)
{
    WalledGardenEntry w;
    w.id = str(s, ".id");
    w.dstHost = str(s, "dst-host");
    w.dstPort = text(s, "dst-port");
    w.path = text(s, "path");
    w.action = text(s, "action");
    w.server = text(s, "server");
    w.comment = text(s, "comment");
    return w;
}

void WalledGardenEntry::addAttributes(Command &c) const
{
    c.attr(u"dst-host", dstHost);
    if (dstPort)
        c.attr(u"dst-port", *dstPort);
    if (path)
        c.attr(u"path", *path);
    if (action)
        c.attr(u"action", *action);
    if (server)
        c.attr(u"server", *server);
    if (comment)
        c.attr(u"comment", *comment);
}

SchedulerEntry SchedulerEntry::fromSentence(const Sentence &s, int utcOffsetSeconds, QDate today)
{
    SchedulerEntry e;
    e.id = str(s, ".id");
    e.name = str(s, "name");
    e.interval = duration(s, "interval").value_or(0);
    e.onEvent = str(s, "on-event");
    e.policy = str(s, "policy");
    e.comment = str(s, "comment");
    e.startDate = text(s, "start-date");
    e.startTime = text(s, "start-time");
    e.disabled = flag(s, "disabled").value_or(false);
    e.nextRunText = str(s, "next-run");
    if (!e.nextRunText.isEmpty())
        e.nextRun = RouterTime::parseDateTime(e.nextRunText, utcOffsetSeconds, today);
    e.runCount = number(s, "run-count").value_or(0);
    return e;
}

void SchedulerEntry::addAttributes(Command &c) const
{
    c.attr(u"name", name);
    c.attr(u"interval", RouterTime::formatDuration(interval));
    c.attr(u"on-event", onEvent);
    if (!policy.isEmpty())
        c.attr(u"policy", policy);
    if (!comment.isEmpty())
        c.attr(u"comment", comment);
    if (startDate)
        c.attr(u"start-date", *startDate);
    if (startTime)
        c.attr(u"start-time", *startTime);
    if (disabled)
        c.attrBool(u"disabled", true);
}

HotspotServer HotspotServer::fromSentence(const Sentence &s)
{
    HotspotServer h;
    h.id = str(s, ".id");
    h.name = str(s, "name");
    h.interface = str(s, "interface");
    h.profile = str(s, "profile");
    h.addressPool = str(s, "address-pool");
    h.disabled = flag(s, "disabled").value_or(false);
    h.invalid = flag(s, "invalid").value_or(false);
    return h;
}

ServerProfile ServerProfile::fromSentence(const Sentence &s)
{
    ServerProfile p;
    p.id = str(s, ".id");
    p.name = str(s, "name");
    p.htmlDirectory = str(s, "html-directory");
    p.dnsName = str(s, "dns-name");
    p.loginBy = str(s, "login-by");
    p.hotspotAddress = str(s, "hotspot-address");
    p.properties = s.attributes();
    return p;
}

RouterResource RouterResource::fromSentence(const Sentence &s)
{
    RouterResource r;
    r.versionText = str(s, "version");
    r.version = QVersionNumber::fromString(r.versionText);
    r.uptime = duration(s, "uptime").value_or(0);
    r.boardName = str(s, "board-name");
    r.architecture = str(s, "architecture-name");
    r.platform = str(s, "platform");
    r.cpuLoad = static_cast<int>(number(s, "cpu-load").value_or(0));
    r.freeMemory = number(s, "free-memory").value_or(0);
    r.totalMemory = number(s, "total-memory").value_or(0);
    return r;
}

RouterClock RouterClock::fromSentence(const Sentence &s, const QDateTime &localUtcNow)
{
    RouterClock c;
    c.timeZoneName = str(s, "time-zone-name");
    const QDate date = RouterTime::parseDate(str(s, "date"));
    const QTime time = RouterTime::parseTime(str(s, "time"));
    // gmt-offset is "+03:00" on most builds, plain seconds on some.
    const QString offset = str(s, "gmt-offset");
    bool isSeconds = false;
    const int seconds = offset.toInt(&isSeconds);
    if (isSeconds) {
        c.utcOffsetSeconds = seconds;
    } else if (offset.size() >= 6 && (offset[0] == QLatin1Char('+') || offset[0] == QLatin1Char('-'))) {
        const int sign = offset[0] == QLatin1Char('-') ? -1 : 1;
        c.utcOffsetSeconds = sign * (offset.mid(1, 2).toInt() * 3600 + offset.mid(4, 2).toInt() * 60);
    } else {
        const QTimeZone zone(c.timeZoneName.toUtf8());
        if (zone.isValid() && date.isValid())
            c.utcOffsetSeconds = zone.offsetFromUtc(QDateTime(date, time, Qt::UTC));
    }
    if (date.isValid() && time.isValid()) {
        c.routerTime = QDateTime(date, time, Qt::OffsetFromUTC, c.utcOffsetSeconds);
        c.skewSeconds = localUtcNow.secsTo(c.routerTime);
    }
    return c;
}

RouterFile RouterFile::fromSentence(const Sentence &s)
{
    RouterFile f;
    f.id = str(s, ".id");
    f.name = str(s, "name");
    f.type = str(s, "type");
    f.size = number(s, "size").value_or(0);
    f.contents = text(s, "contents");
    return f;
}

} // namespace lango::routeros
