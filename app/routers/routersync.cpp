#include "app/routers/routersync.h"

#include "app/core/office.h"
#include "app/routers/routerdirectory.h"

namespace lango::app {

QString RouterSync::Outcome::text() const
{
    if (!reached)
        return tr("%1: not reached. %2").arg(router, error);
    QString line = tr("%1: %2 created, %3 updated, %4 already right")
                       .arg(router)
                       .arg(summary.created.size())
                       .arg(summary.updated.size())
                       .arg(summary.unchanged.size());
    if (!summary.failed.isEmpty())
        line += tr("; failed: %1").arg(summary.failed.join(QStringLiteral("; ")));
    return line;
}

Result<QList<RouterSync::Plan>> RouterSync::plan(Office &office)
{
    auto routers = office.routers.list();
    if (!routers)
        return fromModels(routers.error());
    QList<Plan> plans;
    for (const models::Router &router : *routers) {
        if (!router.enabled)
            continue;
        auto packages = office.packages.forRouter(router.id);
        if (!packages)
            return fromModels(packages.error());
        plans << Plan{router.id, router.name, *packages};
    }
    return plans;
}

QFuture<RouterSync::Outcome> RouterSync::run(RouterDirectory &routers, const Plan &plan)
{
    routeros::HotspotApi *api = routers.hotspot(plan.routerId);
    if (!api) {
        Outcome outcome;
        outcome.router = plan.router;
        outcome.error = routers.unknownRouter(plan.routerId).message;
        return QtFuture::makeReadyFuture(outcome);
    }
    const QString name = plan.router;
    return ProfileSync::run(*api, plan.packages).then([name](ProfileSyncSummary summary) {
        Outcome outcome;
        outcome.router = name;
        outcome.reached = true;
        outcome.summary = summary;
        return outcome;
    });
}

} // namespace lango::app
