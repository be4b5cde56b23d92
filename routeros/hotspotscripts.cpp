#include "routeros/hotspotscripts.h"

#include "routeros/routertime.h"

namespace lango::routeros {

namespace {

// Lines of the expiry script after its two per-user lines; they only use $u.
const QString ExpireBody = QStringLiteral(
    "/ip hotspot user remove [find name=$u]\r\n"
    "/ip hotspot active remove [find user=$u]\r\n"
    "/ip hotspot cookie remove [find user=$u]\r\n"
    "/system scheduler remove [find name=(\"lango-exp-\" . $u)]\r\n");

QString firstLine(QStringView script)
{
    const qsizetype end = script.indexOf(QLatin1Char('\n'));
    QStringView line = end < 0 ? script : script.first(end);
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line.toString();
}

} // namespace

QString HotspotScripts::expireEntryName(const QString &username)
{
    return ExpirePrefix.toString() + username;
}

QString HotspotScripts::expireScript(const QString &username)
{
    return QStringLiteral("# lango:expire user=%1\r\n:local u %2\r\n").arg(username, quote(username)) + ExpireBody;
}

SchedulerEntry HotspotScripts::expireEntry(const QString &username, qint64 secondsLeft)
{
    SchedulerEntry entry;
    entry.name = expireEntryName(username);
    entry.interval = std::max<qint64>(1, secondsLeft);
    entry.onEvent = expireScript(username);
    entry.policy = QStringLiteral("read,write,test");
    entry.comment = QStringLiteral("lango");
    return entry;
}

QString HotspotScripts::onLoginScript(const OnLoginSpec &spec)
{
    if (spec.expireSeconds <= 0 && !spec.bindMac)
        return {};
    QString s = QStringLiteral("# lango:on-login expire=%1 bind-mac=%2\r\n:local u $user\r\n")
                    .arg(spec.expireSeconds)
                    .arg(spec.bindMac ? QStringLiteral("yes") : QStringLiteral("no"));
    if (spec.expireSeconds > 0) {
        // The same text as expireScript(), assembled on the router from $u
        // (names are script-safe, see isScriptSafeName()): the constant
        // pieces as string literals, joined with $u.
        const QString hole = QStringLiteral("\x01");
        const QStringList parts = expireScript(hole).split(hole);
        QStringList pieces;
        for (const QString &part : parts)
            pieces.append(quote(part));
        s += QStringLiteral(":local n (\"lango-exp-\" . $u)\r\n"
                            ":if ([:len [/system scheduler find name=$n]] = 0) do={\r\n"
                            "  /system scheduler add name=$n interval=%1 policy=read,write,test comment=lango "
                            "on-event=(%2)\r\n"
                            "}\r\n")
                 .arg(RouterTime::formatDuration(spec.expireSeconds), pieces.join(QStringLiteral(" . $u . ")));
    }
    if (spec.bindMac) {
        s += QStringLiteral(":local mac [/ip hotspot user get [find name=$u] mac-address]\r\n"
                            ":if (([:len $mac] = 0) || ($mac = \"00:00:00:00:00:00\")) do={\r\n"
                            "  /ip hotspot user set [find name=$u] mac-address=$\"mac-address\"\r\n"
                            "}\r\n");
    }
    return s;
}

bool HotspotScripts::isScriptSafeName(const QString &username)
{
    if (username.isEmpty() || username.size() > 64)
        return false;
    for (const QChar c : username) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') || c == QLatin1Char('_')
            || c == QLatin1Char('-') || c == QLatin1Char('@') || c == QLatin1Char('+');
        if (!ok)
            return false;
    }
    return true;
}

QString HotspotScripts::quote(QStringView text)
{
    QString out;
    out.reserve(text.size() + 8);
    out.append(QLatin1Char('"'));
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\': out.append(QStringLiteral("\\\\")); break;
        case '"': out.append(QStringLiteral("\\\"")); break;
        case '$': out.append(QStringLiteral("\\$")); break;
        case '?': out.append(QStringLiteral("\\?")); break;
        case '\n': out.append(QStringLiteral("\\n")); break;
        case '\r': out.append(QStringLiteral("\\r")); break;
        case '\t': out.append(QStringLiteral("\\t")); break;
        default: out.append(c); break;
        }
    }
    out.append(QLatin1Char('"'));
    return out;
}

std::optional<QString> HotspotScripts::parseExpireMarker(QStringView script)
{
    const QString line = firstLine(script);
    const QString prefix = QStringLiteral("# lango:expire user=");
    if (!line.startsWith(prefix) || line.size() == prefix.size())
        return std::nullopt;
    return line.mid(prefix.size());
}

std::optional<OnLoginSpec> HotspotScripts::parseOnLoginMarker(QStringView script)
{
    const QString line = firstLine(script);
    const QString prefix = QStringLiteral("# lango:on-login");
    if (!line.startsWith(prefix))
        return std::nullopt;
    OnLoginSpec spec;
    const auto fields = QStringView(line).sliced(prefix.size()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QStringView field : fields) {
        if (field.startsWith(u"expire="))
            spec.expireSeconds = RouterTime::parseDuration(field.sliced(7)).value_or(0);
        else if (field.startsWith(u"bind-mac="))
            spec.bindMac = field.sliced(9) == u"yes";
    }
    return spec;
}

} // namespace lango::routeros
