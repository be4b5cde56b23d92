#pragma once

#include "app/core/error.h"
#include "models/sessiontablemodel.h"

#include <QCoreApplication>
#include <QFuture>
#include <QStringList>

namespace lango::routeros {
struct ActiveSession;
}

namespace lango::app {

class Office;
class RouterDirectory;

// Who is online on every router right now: the routers' active hotspot
// sessions, each joined to the grant (and package) that lets it be there.
class LiveSessions final
{
    Q_DECLARE_TR_FUNCTIONS(LiveSessions)

public:
    struct Snapshot
    {
        QList<models::LiveSession> sessions;
        QStringList unreachable;   // "ofisi: did not answer within 10 s."
        int routers = 0;
    };

    // On the services thread: asks every router in the pool at once and
    // answers when the last one has (or failed).
    [[nodiscard]] static QFuture<Snapshot> collect(RouterDirectory &routers);
    // On the services thread: ends every session of `user` on the router
    // (the device may log in again while its grant lasts). The number kicked.
    [[nodiscard]] static QFuture<Result<int>> kick(RouterDirectory &routers, qint64 routerId, const QString &user);
    // On the database thread: fills in package and expiry from live grants.
    [[nodiscard]] static Result<void> attachGrants(Office &office, QList<models::LiveSession> &sessions);

    // A session's row id: the router id in the high half, the router's own
    // number (".id" *1A is hex 1A) in the low half, so ids never collide
    // across routers and stay the same from one poll to the next.
    static qint64 rowId(qint64 routerId, const QString &sessionId);
    static models::LiveSession fromRouter(qint64 routerId, const QString &routerName, const routeros::ActiveSession &session);
};

} // namespace lango::app
