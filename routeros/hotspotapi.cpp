#include "routeros/hotspotapi.h"

#include "routeros/apiconnection.h"
#include "routeros/hotspotscripts.h"
#include "routeros/menuops.h"
#include "routeros/routererrors.h"
#include "routeros/sessionwatch.h"
#include "routeros/userpusher.h"

#include <memory>

namespace lango::routeros {

namespace {

const QString UserMenu = QStringLiteral("/ip/hotspot/user");
const QString ProfileMenu = QStringLiteral("/ip/hotspot/user/profile");
const QString ActiveMenu = QStringLiteral("/ip/hotspot/active");
const QString CookieMenu = QStringLiteral("/ip/hotspot/cookie");
const QString HostMenu = QStringLiteral("/ip/hotspot/host");
const QString GardenMenu = QStringLiteral("/ip/hotspot/walled-garden");

Command print(const QString &menu)
{
    return Command(QString(menu + QStringLiteral("/print")));
}

} // namespace

HotspotApi::HotspotApi(ApiConnection *connection, QObject *parent) : QObject(parent), m_connection(connection) {}

ApiConnection *HotspotApi::connection() const
{
    return m_connection;
}

QFuture<Result<QString>> HotspotApi::addUser(const HotspotUser &user, const CommandOptions &options)
{
    Command add(u"/ip/hotspot/user/add");
    user.addAttributes(add);
    SharedPromise<Result<QString>> promise;
    MenuOps::submit(m_connection, add, [promise](const Result<Reply> &reply) {
        promise.finish(reply ? Result<QString>(reply->ret) : Result<QString>(reply.error()));
    }, options);
    return promise.future();
}

QFuture<Result<std::optional<HotspotUser>>> HotspotApi::findUser(const QString &name)
{
    return MenuOps::first<HotspotUser>(m_connection, print(UserMenu).where(u"name", name), &HotspotUser::fromSentence);
}

QFuture<Result<QList<HotspotUser>>> HotspotApi::users()
{
    return MenuOps::list<HotspotUser>(m_connection, print(UserMenu), &HotspotUser::fromSentence);
}

QFuture<Result<void>> HotspotApi::applyToUser(const QString &name, const QString &verb, const QList<QByteArray> &extra)
{
    SharedPromise<Result<void>> promise;
    const QString router = m_connection ? m_connection->routerName() : QString();
    MenuOps::applyWhere(m_connection, UserMenu, QStringLiteral("name"), name, verb, extra,
                        [promise, router, name](const Result<int> &count) {
                            if (!count)
                                promise.finish(count.error());
                            else if (*count == 0)
                                promise.finish(RouterErrors::notFound(router, tr("hotspot user named %1").arg(name)));
                            else
                                promise.finish({});
                        });
    return promise.future();
}

QFuture<Result<void>> HotspotApi::updateUser(const QString &name, const HotspotUser &changes)
{
    HotspotUser fields = changes;
    fields.name.clear();  // look up by `name`; renaming is not a Lango operation
    Command words(u"/x");
    fields.addAttributes(words);
    return applyToUser(name, QStringLiteral("set"), words.words().mid(1));
}

QFuture<Result<bool>> HotspotApi::removeUser(const QString &name)
{
    SharedPromise<Result<bool>> promise;
    MenuOps::applyWhere(m_connection, UserMenu, QStringLiteral("name"), name, QStringLiteral("remove"), {},
                        [promise](const Result<int> &count) {
                            promise.finish(count ? Result<bool>(*count > 0) : Result<bool>(count.error()));
                        });
    return promise.future();
}

QFuture<Result<void>> HotspotApi::enableUser(const QString &name)
{
    return applyToUser(name, QStringLiteral("enable"), {});
}

QFuture<Result<void>> HotspotApi::disableUser(const QString &name)
{
    return applyToUser(name, QStringLiteral("disable"), {});
}

QFuture<Result<void>> HotspotApi::revokeUser(const QString &name)
{
    // The four removals are independent: send them together, report the first failure.
    struct State
    {
        int left = 4;
        std::optional<Error> error;
    };
    auto state = std::make_shared<State>();
    SharedPromise<Result<void>> promise;
    const auto step = [state, promise](const Result<int> &result) {
        if (!result && !state->error)
            state->error = result.error();
        if (--state->left == 0)
            promise.finish(state->error ? Result<void>(*state->error) : Result<void>());
    };
    // User first, so a cookie cannot log the device back in between the steps.
    MenuOps::applyWhere(m_connection, UserMenu, QStringLiteral("name"), name, QStringLiteral("remove"), {}, step);
    MenuOps::applyWhere(m_connection, ActiveMenu, QStringLiteral("user"), name, QStringLiteral("remove"), {}, step);
    MenuOps::applyWhere(m_connection, CookieMenu, QStringLiteral("user"), name, QStringLiteral("remove"), {}, step);
    MenuOps::applyWhere(m_connection, QStringLiteral("/system/scheduler"), QStringLiteral("name"),
                        HotspotScripts::expireEntryName(name), QStringLiteral("remove"), {}, step);
    return promise.future();
}

UserPusher *HotspotApi::addUsers(const QList<HotspotUser> &users, QObject *parent)
{
    return new UserPusher(m_connection, users, parent);
}

QFuture<Result<QList<UserProfile>>> HotspotApi::profiles()
{
    return MenuOps::list<UserProfile>(m_connection, print(ProfileMenu), &UserProfile::fromSentence);
}

QFuture<Result<std::optional<UserProfile>>> HotspotApi::findProfile(const QString &name)
{
    return MenuOps::first<UserProfile>(m_connection, print(ProfileMenu).where(u"name", name),
                                       &UserProfile::fromSentence);
}

namespace {

// Print, then add or set. When another client (a second server, a parallel
// job) adds the same profile between our print and our add, the add says
// "already exists": look again and set instead, once.
void ensureProfileOn(QPointer<ApiConnection> connection, const ProfileSpec &spec,
                     SharedPromise<Result<EnsureOutcome>> promise, bool retried)
{
    MenuOps::submit(connection, print(ProfileMenu).where(u"name", spec.name), [promise, connection, spec, retried](const Result<Reply> &reply) {
        if (!reply) {
            promise.finish(reply.error());
            return;
        }
        Command command(reply->items.isEmpty() ? u"/ip/hotspot/user/profile/add" : u"/ip/hotspot/user/profile/set");
        EnsureOutcome outcome = EnsureOutcome::Created;
        if (reply->items.isEmpty()) {
            spec.addAttributes(command);
        } else {
            const UserProfile current = UserProfile::fromSentence(reply->items.first());
            int changes = 0;
            command.id(current.id);
            UserProfile::addDifferences(command, current, spec, &changes);
            if (changes == 0) {
                promise.finish(EnsureOutcome::Unchanged);
                return;
            }
            outcome = EnsureOutcome::Updated;
        }
        MenuOps::submit(connection, command, [promise, outcome, connection, spec, retried](const Result<Reply> &done) {
            if (!done && done.error().code == ErrorCode::AlreadyExists && !retried) {
                ensureProfileOn(connection, spec, promise, true);
                return;
            }
            promise.finish(done ? Result<EnsureOutcome>(outcome) : Result<EnsureOutcome>(done.error()));
        });
    });
}

} // namespace

QFuture<Result<EnsureOutcome>> HotspotApi::ensureProfile(const ProfileSpec &spec)
{
    SharedPromise<Result<EnsureOutcome>> promise;
    ensureProfileOn(m_connection, spec, promise, false);
    return promise.future();
}

QFuture<Result<bool>> HotspotApi::removeProfile(const QString &name)
{
    SharedPromise<Result<bool>> promise;
    MenuOps::applyWhere(m_connection, ProfileMenu, QStringLiteral("name"), name, QStringLiteral("remove"), {},
                        [promise](const Result<int> &count) {
                            promise.finish(count ? Result<bool>(*count > 0) : Result<bool>(count.error()));
                        });
    return promise.future();
}

QFuture<Result<QList<ActiveSession>>> HotspotApi::activeSessions(const QString &user)
{
    Command command = print(ActiveMenu);
    if (!user.isEmpty())
        command.where(u"user", user);
    return MenuOps::list<ActiveSession>(m_connection, command, &ActiveSession::fromSentence);
}

QFuture<Result<QList<HotspotHost>>> HotspotApi::hosts(const QString &macAddress)
{
    Command command = print(HostMenu);
    if (!macAddress.isEmpty())
        command.where(u"mac-address", macAddress);
    return MenuOps::list<HotspotHost>(m_connection, command, &HotspotHost::fromSentence);
}

QFuture<Result<void>> HotspotApi::kickSession(const QString &id)
{
    return MenuOps::run(m_connection, Command(u"/ip/hotspot/active/remove").id(id));
}

QFuture<Result<int>> HotspotApi::kickUser(const QString &user)
{
    SharedPromise<Result<int>> promise;
    MenuOps::applyWhere(m_connection, ActiveMenu, QStringLiteral("user"), user, QStringLiteral("remove"), {},
                        [promise](const Result<int> &count) { promise.finish(count); });
    return promise.future();
}

QFuture<Result<void>> HotspotApi::loginDevice(const DeviceLogin &login)
{
    Command command(u"/ip/hotspot/active/login");
    command.attr(u"user", login.user).attr(u"password", login.password);
    command.attr(u"mac-address", login.macAddress).attr(u"ip", login.ip);
    return MenuOps::run(m_connection, command);
}

SessionWatch *HotspotApi::watchSessions(QObject *parent)
{
    return new SessionWatch(m_connection, parent);
}

QFuture<Result<QList<MacCookie>>> HotspotApi::cookies(const QString &user)
{
    Command command = print(CookieMenu);
    if (!user.isEmpty())
        command.where(u"user", user);
    return MenuOps::list<MacCookie>(m_connection, command, &MacCookie::fromSentence);
}

QFuture<Result<int>> HotspotApi::removeCookies(const QString &user)
{
    SharedPromise<Result<int>> promise;
    MenuOps::applyWhere(m_connection, CookieMenu, QStringLiteral("user"), user, QStringLiteral("remove"), {},
                        [promise](const Result<int> &count) { promise.finish(count); });
    return promise.future();
}

QFuture<Result<QList<WalledGardenEntry>>> HotspotApi::walledGarden()
{
    return MenuOps::list<WalledGardenEntry>(m_connection, print(GardenMenu), &WalledGardenEntry::fromSentence);
}

QFuture<Result<int>> HotspotApi::ensureWalledGarden(const QList<WalledGardenEntry> &entries)
{
    SharedPromise<Result<int>> promise;
    QPointer<ApiConnection> connection = m_connection;
    MenuOps::submit(connection, print(GardenMenu).proplist({QStringLiteral("dst-host")}),
                    [promise, connection, entries](const Result<Reply> &reply) {
        if (!reply) {
            promise.finish(reply.error());
            return;
        }
        QSet<QString> present;
        for (const Sentence &s : reply->items)
            present.insert(s.attribute("dst-host"));
        QList<WalledGardenEntry> missing;
        for (const WalledGardenEntry &e : entries) {
            if (!present.contains(e.dstHost)) {
                present.insert(e.dstHost);
                missing.append(e);
            }
        }
        if (missing.isEmpty()) {
            promise.finish(0);
            return;
        }
        struct State
        {
            int left = 0;
            std::optional<Error> error;
        };
        auto state = std::make_shared<State>();
        state->left = static_cast<int>(missing.size());
        const int added = state->left;
        for (const WalledGardenEntry &e : missing) {
            Command add(u"/ip/hotspot/walled-garden/add");
            e.addAttributes(add);
            MenuOps::submit(connection, add, [promise, state, added](const Result<Reply> &done) {
                if (!done && !state->error)
                    state->error = done.error();
                if (--state->left == 0)
                    promise.finish(state->error ? Result<int>(*state->error) : Result<int>(added));
            });
        }
    });
    return promise.future();
}

QFuture<Result<QList<HotspotServer>>> HotspotApi::servers()
{
    return MenuOps::list<HotspotServer>(m_connection, Command(u"/ip/hotspot/print"), &HotspotServer::fromSentence);
}

QFuture<Result<QList<ServerProfile>>> HotspotApi::serverProfiles()
{
    return MenuOps::list<ServerProfile>(m_connection, Command(u"/ip/hotspot/profile/print"),
                                        &ServerProfile::fromSentence);
}

QFuture<Result<void>> HotspotApi::setServerProfile(const QString &name, const QMap<QString, QString> &properties)
{
    QList<QByteArray> extra;
    for (auto it = properties.cbegin(); it != properties.cend(); ++it)
        extra.append('=' + it.key().toUtf8() + '=' + it.value().toUtf8());
    SharedPromise<Result<void>> promise;
    const QString router = m_connection ? m_connection->routerName() : QString();
    MenuOps::applyWhere(m_connection, QStringLiteral("/ip/hotspot/profile"), QStringLiteral("name"), name,
                        QStringLiteral("set"), extra, [promise, router, name](const Result<int> &count) {
                            if (!count)
                                promise.finish(count.error());
                            else if (*count == 0)
                                promise.finish(RouterErrors::notFound(router, tr("hotspot server profile named %1").arg(name)));
                            else
                                promise.finish({});
                        });
    return promise.future();
}

} // namespace lango::routeros
