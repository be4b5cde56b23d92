#include "app/routers/livesessions.h"

#include "app/core/office.h"
#include "app/routers/routerdirectory.h"
#include "app/routers/routerprofiles.h"
#include "routeros/hotspotapi.h"
#include "routeros/hotspottypes.h"

#include <QHash>
#include <QPromise>

#include <memory>

namespace lango::app {

qint64 LiveSessions::rowId(qint64 routerId, const QString &sessionId)
{
    bool ok = false;
    qint64 number = sessionId.startsWith(QLatin1Char('*')) ? sessionId.mid(1).toLongLong(&ok, 16) : 0;
    if (!ok)
        number = qHash(sessionId) & 0x7fffffff;
    return (routerId << 32) | (number & 0xffffffff);
}

models::LiveSession LiveSessions::fromRouter(qint64 routerId, const QString &routerName, const routeros::ActiveSession &s)
{
    models::LiveSession row;
    row.id = rowId(routerId, s.id);
    row.routerId = routerId;
    row.routerName = routerName;
    row.sessionId = s.id;
    row.user = s.user;
    row.mac = s.macAddress;
    row.ip = s.address;
    row.uptime = s.uptime;
    row.bytesIn = s.bytesIn;
    row.bytesOut = s.bytesOut;
    return row;
}

QFuture<LiveSessions::Snapshot> LiveSessions::collect(RouterDirectory &routers)
{
    struct State
    {
        QPromise<Snapshot> promise;
        Snapshot snapshot;
        int remaining = 0;
    };
    auto state = std::make_shared<State>();
    state->promise.start();
    QFuture<Snapshot> future = state->promise.future();
    const QStringList names = routers.pool().routerNames();
    state->remaining = int(names.size());
    state->snapshot.routers = int(names.size());
    if (names.isEmpty()) {
        state->promise.addResult(state->snapshot);
        state->promise.finish();
        return future;
    }
    for (const QString &name : names) {
        routeros::HotspotApi *api = routers.pool().hotspot(name);
        const qint64 routerId = routers.idOf(name);
        auto settle = [state] {
            if (--state->remaining == 0) {
                state->promise.addResult(state->snapshot);
                state->promise.finish();
            }
        };
        if (!api) {
            state->snapshot.unreachable << name;
            settle();
            continue;
        }
        api->activeSessions().then(&routers, [state, name, routerId, settle](routeros::Result<QList<routeros::ActiveSession>> sessions) {
            if (!sessions) {
                state->snapshot.unreachable << name + QStringLiteral(": ") + sessions.error().message;
            } else {
                for (const routeros::ActiveSession &session : *sessions)
                    state->snapshot.sessions << fromRouter(routerId, name, session);
            }
            settle();
        });
    }
    return future;
}

QFuture<Result<int>> LiveSessions::kick(RouterDirectory &routers, qint64 routerId, const QString &user)
{
    routeros::HotspotApi *api = routers.hotspot(routerId);
    if (!api)
        return QtFuture::makeReadyFuture(Result<int>(routers.unknownRouter(routerId)));
    return api->kickUser(user).then([](routeros::Result<int> kicked) -> Result<int> {
        if (!kicked)
            return fromRouteros(kicked.error());
        return *kicked;
    });
}

Result<void> LiveSessions::attachGrants(Office &office, QList<models::LiveSession> &sessions)
{
    if (sessions.isEmpty())
        return {};
    auto grants = office.grants.live();
    if (!grants)
        return fromModels(grants.error());
    auto packages = office.packages.list(true);
    if (!packages)
        return fromModels(packages.error());
    QHash<qint64, QString> packageNames;
    for (const models::Package &package : *packages)
        packageNames.insert(package.id, package.name);
    QHash<QString, const models::Grant *> byUser;   // "<router id>/<username>"
    for (const models::Grant &grant : *grants)
        byUser.insert(QString::number(grant.routerId) + QLatin1Char('/') + grant.username, &grant);
    for (models::LiveSession &session : sessions) {
        const models::Grant *grant = byUser.value(QString::number(session.routerId) + QLatin1Char('/') + session.user);
        if (!grant)
            continue;
        session.grantId = grant->id;
        session.expiresAt = grant->expiresAt;
        session.packageName = packageNames.value(grant->packageId);
    }
    return {};
}

} // namespace lango::app
