#include "app/routers/profilesync.h"

#include "app/routers/routerprofiles.h"
#include "routeros/hotspotapi.h"

#include <QPromise>

#include <memory>

namespace lango::app {

QFuture<ProfileSyncSummary> ProfileSync::run(routeros::HotspotApi &api, const QList<models::Package> &packages)
{
    struct State
    {
        QPromise<ProfileSyncSummary> promise;
        ProfileSyncSummary summary;
        int remaining = 0;
    };
    auto state = std::make_shared<State>();
    state->promise.start();
    auto future = state->promise.future();
    state->remaining = int(packages.size());
    if (packages.isEmpty()) {
        state->promise.addResult(state->summary);
        state->promise.finish();
        return future;
    }
    // All profiles are ensured at once: pipelined on the one connection.
    for (const models::Package &package : packages) {
        const QString name = package.profileName();
        api.ensureProfile(RouterProfiles::profileFor(package)).then([state, name](routeros::Result<routeros::EnsureOutcome> outcome) {
            if (!outcome)
                state->summary.failed << name + QStringLiteral(": ") + outcome.error().message;
            else if (*outcome == routeros::EnsureOutcome::Created)
                state->summary.created << name;
            else if (*outcome == routeros::EnsureOutcome::Updated)
                state->summary.updated << name;
            else
                state->summary.unchanged << name;
            if (--state->remaining == 0) {
                state->promise.addResult(state->summary);
                state->promise.finish();
            }
        });
    }
    return future;
}

} // namespace lango::app
