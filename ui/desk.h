#pragma once

#include "app/core/office.h"
#include "models/changefeed.h"
#include "models/dbexecutor.h"
#include "models/staffstore.h"

#include <QFuture>
#include <QPointer>

#include <type_traits>

namespace lango::app {
class LocalServices;
class SecretStore;
}

namespace lango::ui {

// What every panel works with: the office's stores (reached only through
// the executor, off the GUI thread), the change feed, and who is at the desk.
struct Desk
{
    app::Office &office;
    models::DbExecutor &db;
    models::ChangeFeed &changes;
    app::SecretStore &secrets;
    QString actor;        // for the audit log: "desk:<user>" or "staff:<name>"
    qint64 staffId = 0;   // 0: no staff login (a one-desk office), acting as admin
    bool demo = false;
    models::Role role = models::Role::Admin;   // what the person at the desk may see and do
    // Routers and billing services on their own thread (see app/localservices.h).
    app::LocalServices *services = nullptr;

    // Runs work on the database thread; done(result) runs on context's
    // (GUI) thread, and not at all if context died meanwhile.
    template <typename Work, typename Done>
    void run(QObject *context, Work &&work, Done &&done)
    {
        using R = std::invoke_result_t<std::decay_t<Work>>;
        QPointer<QObject> guard(context);
        db.run(std::forward<Work>(work)).then(context, [guard, done = std::forward<Done>(done)](R result) mutable {
            if (guard)
                done(std::move(result));
        });
    }

    models::AuditEntry audit(const QString &action, const QString &entity, qint64 entityId, const QString &detail) const
    {
        return {0, 0, staffId, actor, action, entity, entityId, detail};
    }
};

} // namespace lango::ui
