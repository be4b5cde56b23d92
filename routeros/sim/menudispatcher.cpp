#include "routeros/sim/menudispatcher.h"

#include "common/x25519.h"
#include "routeros/routertime.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace lango::routeros::sim {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

DispatchOutcome reply(QList<Words> sentences)
{
    DispatchOutcome out;
    out.sentences = std::move(sentences);
    return out;
}

DispatchOutcome trapped(const QString &message, std::optional<int> category = std::nullopt)
{
    return reply({MenuDispatcher::trap(message, category), MenuDispatcher::done()});
}

QByteArray attribute(const QString &name, const QString &value)
{
    return '=' + name.toUtf8() + '=' + value.toUtf8();
}

} // namespace

MenuDispatcher::MenuDispatcher(RouterState &state, HotspotEngine &engine) : m_state(state), m_engine(engine) {}

Words MenuDispatcher::trap(const QString &message, std::optional<int> category)
{
    Words words{QByteArrayLiteral("!trap")};
    if (category)
        words.append(attribute(key("category"), QString::number(*category)));
    words.append(attribute(key("message"), message));
    return words;
}

Words MenuDispatcher::done(const QString &ret)
{
    Words words{QByteArrayLiteral("!done")};
    if (!ret.isEmpty())
        words.append(attribute(key("ret"), ret));
    return words;
}

Words MenuDispatcher::item(const Properties &view, const QStringList &proplist)
{
    Words words{QByteArrayLiteral("!re")};
    words.reserve(view.size() + 1);
    if (view.contains(key(".id")) && (proplist.isEmpty() || proplist.contains(key(".id"))))
        words.append(attribute(key(".id"), view.value(key(".id"))));
    for (auto it = view.cbegin(); it != view.cend(); ++it) {
        if (it.key() != QLatin1String(".id") && (proplist.isEmpty() || proplist.contains(it.key())))
            words.append(attribute(it.key(), it.value()));
    }
    return words;
}

DispatchOutcome MenuDispatcher::execute(const Sentence &command)
{
    m_engine.tickIfStale();
    const QString path = Sentence::decode(command.first());
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    const QString menu = path.left(slash);
    const QString verb = path.mid(slash + 1);
    const MenuSpec *spec = MenuSchema::find(menu);
    if (!spec || ((spec->path == MenuSchema::WireGuard || spec->path == MenuSchema::WireGuardPeers) && !hasWireGuard()))
        return trapped(QStringLiteral("no such command prefix"), 0);
    const Properties attrs = command.attributes();
    if (spec->singleton)
        return singleton(*spec, verb, attrs, command);
    if (verb == QLatin1String("print"))
        return print(*spec, command, false);
    if (verb == QLatin1String("listen"))
        return print(*spec, command, true);
    if (verb == QLatin1String("add") && spec->canAdd)
        return add(*spec, attrs);
    if (verb == QLatin1String("set") && spec->canSet)
        return set(*spec, attrs);
    if (verb == QLatin1String("remove") && spec->canRemove)
        return remove(*spec, attrs);
    if (verb == QLatin1String("unset") && spec->canSet)
        return unset(*spec, attrs);
    if ((verb == QLatin1String("enable") || verb == QLatin1String("disable")) && spec->boolProps.contains(key("disabled"))) {
        Properties changes = attrs;
        changes.insert(key("disabled"), verb == QLatin1String("disable") ? key("true") : key("false"));
        return set(*spec, changes);
    }
    if (spec->path == MenuSchema::Active && verb == QLatin1String("login"))
        return activeLogin(attrs);
    if (spec->path == MenuSchema::Files && verb == QLatin1String("read"))
        return readFile(attrs);
    if (spec->path == MenuSchema::Users && verb == QLatin1String("reset-counters")) {
        const auto ids = targets(*spec, attrs);
        if (!ids)
            return trapped(QStringLiteral("no such item"));
        for (const quint32 id : *ids)
            m_state.counters.remove(id);
        return reply({done()});
    }
    return trapped(QStringLiteral("no such command"), 0);
}

DispatchOutcome MenuDispatcher::readFile(const Properties &attrs)
{
    static const QRegularExpression leading(QStringLiteral("^(\\d+)\\.(\\d+)"));
    const auto version = leading.match(m_state.version);
    if (!version.hasMatch() || version.captured(1).toInt() * 100 + version.captured(2).toInt() < 713)
        return trapped(QStringLiteral("no such command"), 0);
    constexpr qint64 kMaxChunk = 32768;
    bool offsetOk = false;
    bool chunkOk = false;
    const qint64 offset = attrs.value(key("offset"), QStringLiteral("0")).toLongLong(&offsetOk);
    const qint64 chunk = attrs.value(key("chunk-size"), QString::number(kMaxChunk)).toLongLong(&chunkOk);
    if (!offsetOk || !chunkOk || offset < 0 || chunk < 1 || chunk > kMaxChunk)
        return trapped(QStringLiteral("invalid value for argument chunk-size or offset"));
    const ItemTable *files = m_state.table(MenuSchema::Files);
    const auto ids = files->findBy(key("name"), attrs.value(key("file")));
    if (ids.isEmpty())
        return trapped(QStringLiteral("no such file"));
    const quint32 id = ids.first();
    const QByteArray bytes = m_state.fileBytes.contains(id) ? m_state.fileBytes.value(id)
                                                            : files->item(id)->props.value(key("contents")).toUtf8();
    Words data{QByteArrayLiteral("!re")};
    data.append(QByteArrayLiteral("=data=") + bytes.mid(offset, chunk));
    data.append(attribute(key("offset"), QString::number(std::min<qint64>(bytes.size(), offset + chunk))));
    return reply({data, done()});
}

DispatchOutcome MenuDispatcher::print(const MenuSpec &spec, const Sentence &command, bool listen)
{
    const QStringList proplist =
        command.attribute(".proplist").split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QueryMatcher matcher(command.queries());
    if (!matcher.isValid())
        return trapped(QStringLiteral("invalid query"));
    const bool followOnly = listen || command.hasAttribute("follow-only");
    const bool follow = followOnly || command.hasAttribute("follow");
    const ItemTable *table = m_state.table(spec.path);
    QList<Words> sentences;
    int count = 0;
    if (!followOnly) {
        // A router with thousands of users answers `?name=x` from its index;
        // so does this one, or its own CPU would weigh on every benchmark.
        const auto equality = matcher.requiredEquality();
        const QList<quint32> candidates = equality && RouterState::printsAsStored(spec, equality->first)
                                              ? table->findBy(equality->first, equality->second)
                                              : table->ids();
        for (const quint32 id : candidates) {
            const Properties view = m_state.view(spec, *table->item(id));
            if (!matcher.matches(view))
                continue;
            ++count;
            if (!command.hasAttribute("count-only"))
                sentences.append(item(view, proplist));
        }
    }
    if (follow) {
        DispatchOutcome out;
        out.kind = DispatchOutcome::Kind::Stream;
        out.sentences = std::move(sentences);
        out.menu = spec.path;
        out.queries = command.queries();
        out.proplist = proplist;
        return out;
    }
    if (command.hasAttribute("count-only"))
        return reply({done(QString::number(count))});
    if (count == 0 && m_emptyReplies)
        sentences.append(Words{QByteArrayLiteral("!empty")});
    sentences.append(done());
    return reply(std::move(sentences));
}

std::optional<Words> MenuDispatcher::streamItem(const QString &menu, quint32 id, bool removed,
                                                const QueryMatcher &matcher, const QStringList &proplist) const
{
    if (removed)
        return Words{QByteArrayLiteral("!re"), attribute(key(".id"), ItemTable::formatId(id)),
                     QByteArrayLiteral("=.dead=yes")};
    const MenuSpec *spec = MenuSchema::find(menu);
    const Item *it = m_state.table(menu)->item(id);
    if (!spec || !it)
        return std::nullopt;
    const Properties view = m_state.view(*spec, *it);
    if (!matcher.matches(view))
        return std::nullopt;
    return item(view, proplist);
}

std::optional<Properties> MenuDispatcher::writable(const MenuSpec &spec, const Properties &attrs,
                                                   QString *error) const
{
    Properties props;
    for (auto it = attrs.cbegin(); it != attrs.cend(); ++it) {
        if (it.key().startsWith(QLatin1Char('.')) || it.key() == QLatin1String("numbers"))
            continue;
        if (!spec.writable.contains(it.key())) {
            *error = QStringLiteral("unknown parameter %1").arg(it.key());
            return std::nullopt;
        }
        const auto value = MenuSchema::normalise(spec, it.key(), it.value(), error);
        if (!value)
            return std::nullopt;
        props.insert(it.key(), *value);
    }
    return props;
}

bool MenuDispatcher::hasWireGuard() const
{
    static const QRegularExpression leading(QStringLiteral("^(\\d+)\\."));
    const auto version = leading.match(m_state.version);
    return version.hasMatch() && version.captured(1).toInt() >= 7;
}

QString MenuDispatcher::derive(const MenuSpec &spec, Properties &props, bool adding) const
{
    if (spec.path == MenuSchema::WireGuard) {
        if (adding && !props.contains(key("private-key")))
            props.insert(key("private-key"), x25519::toBase64(x25519::generatePrivateKey()));
        if (props.contains(key("private-key"))) {
            const auto privateKey = x25519::fromBase64(props.value(key("private-key")));
            if (!privateKey)
                return QStringLiteral("invalid value for argument private-key");
            props.insert(key("public-key"), x25519::toBase64(x25519::publicKey(*privateKey)));
        }
    } else if (spec.path == MenuSchema::WireGuardPeers) {
        if (adding && !props.contains(key("public-key")))
            return QStringLiteral("failure: public-key must be set");
        if (props.contains(key("public-key")) && !x25519::fromBase64(props.value(key("public-key"))))
            return QStringLiteral("invalid value for argument public-key");
    } else if (spec.path == MenuSchema::Addresses && props.contains(key("address"))) {
        static const QRegularExpression cidr(QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(/(\\d{1,2}))?$"));
        const auto match = cidr.match(props.value(key("address")));
        const int prefix = match.captured(6).isEmpty() ? 32 : match.captured(6).toInt();
        quint32 ip = 0;
        for (int i = 1; match.hasMatch() && i <= 4; ++i) {
            if (match.captured(i).toInt() > 255)
                return QStringLiteral("invalid value for argument address");
            ip = (ip << 8) | quint32(match.captured(i).toInt());
        }
        if (!match.hasMatch() || prefix > 32)
            return QStringLiteral("invalid value for argument address");
        const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
        const quint32 network = ip & mask;
        props.insert(key("network"), QStringLiteral("%1.%2.%3.%4").arg(network >> 24).arg((network >> 16) & 255)
                                         .arg((network >> 8) & 255).arg(network & 255));
    } else if (spec.path == MenuSchema::FirewallFilter && props.contains(key("place-before"))) {
        // Where a rule goes is not modelled; a missing anchor is refused as the router does.
        bool ok = false;
        const QString anchor = props.take(key("place-before"));
        const quint32 id = anchor.startsWith(QLatin1Char('*')) ? anchor.mid(1).toUInt(&ok, 16) : 0;
        if (!ok || !m_state.table(spec.path)->item(id))
            return QStringLiteral("no such item");
    }
    return {};
}

QString MenuDispatcher::checkReferences(const MenuSpec &spec, const Properties &props) const
{
    if (spec.path == MenuSchema::WireGuardPeers && props.contains(key("interface"))
        && m_state.table(MenuSchema::WireGuard)->findByKey(props.value(key("interface"))).isEmpty())
        return QStringLiteral("input does not match any value of interface");
    if (spec.path != MenuSchema::Users)
        return {};
    if (props.contains(key("profile")) && m_state.table(MenuSchema::Profiles)->findByKey(props.value(key("profile"))).isEmpty())
        return QStringLiteral("input does not match any value of profile");
    const QString server = props.value(key("server"));
    if (!server.isEmpty() && server != QLatin1String("all")
        && m_state.table(MenuSchema::Servers)->findByKey(server).isEmpty())
        return QStringLiteral("input does not match any value of server");
    return {};
}

QString MenuDispatcher::checkDuplicate(const MenuSpec &spec, const Properties &props, quint32 self) const
{
    if (spec.key.isEmpty() || !props.contains(spec.key))
        return {};
    const ItemTable *table = m_state.table(spec.path);
    for (const quint32 id : table->findByKey(props.value(spec.key))) {
        if (id == self)
            continue;
        if (spec.path == MenuSchema::Users) {
            // Names are unique per server, and "all" clashes with every server.
            const QString mine = props.value(key("server"), key("all"));
            const QString theirs = table->item(id)->props.value(key("server"), key("all"));
            if (mine != theirs && mine != QLatin1String("all") && theirs != QLatin1String("all"))
                continue;
        }
        return spec.duplicateText;
    }
    return {};
}

std::optional<QList<quint32>> MenuDispatcher::targets(const MenuSpec &spec, const Properties &attrs) const
{
    const QString list = attrs.contains(key(".id")) ? attrs.value(key(".id")) : attrs.value(key("numbers"));
    if (list.isEmpty())
        return std::nullopt;
    const ItemTable *table = m_state.table(spec.path);
    QList<quint32> ids;
    for (const QString &token : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const auto id = ItemTable::parseId(token)) {
            if (!table->item(*id))
                return std::nullopt;
            ids.append(*id);
        } else {
            const auto byKey = table->findByKey(token);  // some menus take a name in place of the id
            if (byKey.isEmpty())
                return std::nullopt;
            ids.append(byKey);
        }
    }
    return ids;
}

DispatchOutcome MenuDispatcher::add(const MenuSpec &spec, const Properties &attrs)
{
    QString error;
    const auto props = writable(spec, attrs, &error);
    if (!props)
        return trapped(error);
    if (!spec.key.isEmpty() && props->value(spec.key).isEmpty())
        return trapped(QStringLiteral("failure: %1 must be set").arg(spec.key));
    error = checkReferences(spec, *props);
    if (error.isEmpty())
        error = checkDuplicate(spec, *props, 0);
    Properties item = *props;
    if (error.isEmpty())
        error = derive(spec, item, true);
    if (!error.isEmpty())
        return trapped(error);
    const quint32 id = m_state.table(spec.path)->insert(item);
    if (spec.path == MenuSchema::Scheduler)
        m_engine.reschedule(id);
    return reply({done(ItemTable::formatId(id))});
}

DispatchOutcome MenuDispatcher::set(const MenuSpec &spec, const Properties &attrs)
{
    const auto ids = targets(spec, attrs);
    if (!ids)
        return trapped(QStringLiteral("no such item"));
    QString error;
    auto props = writable(spec, attrs, &error);
    if (!props)
        return trapped(error);
    error = checkReferences(spec, *props);
    if (error.isEmpty())
        error = derive(spec, *props, false);
    ItemTable *table = m_state.table(spec.path);
    for (const quint32 id : *ids) {
        if (error.isEmpty()) {
            Properties merged = table->item(id)->props;
            for (auto it = props->cbegin(); it != props->cend(); ++it)
                merged.insert(it.key(), it.value());
            error = props->contains(spec.key) || props->contains(key("server")) ? checkDuplicate(spec, merged, id)
                                                                                 : QString();
        }
    }
    if (!error.isEmpty())
        return trapped(error);
    for (const quint32 id : *ids) {
        table->update(id, *props);
        if (spec.path == MenuSchema::Files && props->contains(key("contents")))
            m_state.fileBytes.remove(id);   // new text replaces what a fetch saved
        if (spec.path == MenuSchema::Scheduler)
            m_engine.reschedule(id);
    }
    return reply({done()});
}

DispatchOutcome MenuDispatcher::remove(const MenuSpec &spec, const Properties &attrs)
{
    const auto ids = targets(spec, attrs);
    if (!ids)
        return trapped(QStringLiteral("no such item"));
    ItemTable *table = m_state.table(spec.path);
    for (const quint32 id : *ids) {
        if (spec.path == MenuSchema::Active) {
            m_engine.endSession(id);  // "logged out: admin reset"
            continue;
        }
        table->remove(id);
        if (spec.path == MenuSchema::Users)
            m_state.counters.remove(id);
        else if (spec.path == MenuSchema::Cookies)
            m_state.cookies.remove(id);
        else if (spec.path == MenuSchema::Scheduler)
            m_state.schedules.remove(id);
        else if (spec.path == MenuSchema::Files)
            m_state.fileBytes.remove(id);
    }
    return reply({done()});
}

DispatchOutcome MenuDispatcher::unset(const MenuSpec &spec, const Properties &attrs)
{
    const auto ids = targets(spec, attrs);
    if (!ids)
        return trapped(QStringLiteral("no such item"));
    const QString property = attrs.value(key("value-name"));
    if (!spec.writable.contains(property) || property == spec.key)
        return trapped(QStringLiteral("unknown parameter %1").arg(property));
    for (const quint32 id : *ids)
        m_state.table(spec.path)->unset(id, property);
    return reply({done()});
}

DispatchOutcome MenuDispatcher::singleton(const MenuSpec &spec, const QString &verb, const Properties &attrs,
                                          const Sentence &command)
{
    if (verb == QLatin1String("print")) {
        const Properties view = m_state.singletonView(spec.path);
        const QStringList proplist = command.attribute(".proplist").split(QLatin1Char(','), Qt::SkipEmptyParts);
        return reply({item(view, proplist), done()});
    }
    if (verb != QLatin1String("set") || !spec.canSet)
        return trapped(QStringLiteral("no such command"), 0);
    QString error;
    const auto props = writable(spec, attrs, &error);
    if (!props)
        return trapped(error);
    if (spec.path == MenuSchema::Identity && props->contains(key("name")))
        m_state.identity = props->value(key("name"));
    if (spec.path == MenuSchema::Clock) {
        if (props->contains(key("time-zone-name")))
            m_state.timeZone = props->value(key("time-zone-name"));
        if (props->contains(key("time")) || props->contains(key("date"))) {
            // Setting the clock moves the router's wall time, i.e. its skew.
            const QDateTime now = m_state.routerLocal(m_state.nowMs());
            const QDate date = props->contains(key("date")) ? RouterTime::parseDate(props->value(key("date"))) : now.date();
            const QTime time = props->contains(key("time")) ? RouterTime::parseTime(props->value(key("time"))) : now.time();
            if (!date.isValid() || !time.isValid())
                return trapped(QStringLiteral("invalid value for argument time"));
            m_state.clockOffsetMs += now.msecsTo(QDateTime(date, time, now.timeZone()));
        }
    }
    return reply({done()});
}

DispatchOutcome MenuDispatcher::activeLogin(const Properties &attrs)
{
    const LoginOutcome outcome = m_engine.login(attrs.value(key("user")), attrs.value(key("password")),
                                                attrs.value(key("mac-address")), attrs.value(key("ip")),
                                                QStringLiteral("http-pap"));
    if (!outcome.ok())
        return trapped(outcome.error);
    return reply({done()});
}

} // namespace lango::routeros::sim
