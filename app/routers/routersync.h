#pragma once

#include "app/core/error.h"
#include "app/routers/profilesync.h"

#include <QCoreApplication>
#include <QFuture>

namespace lango::app {

class Office;
class RouterDirectory;

// "Sync to routers": makes each router's lango-* profiles match the
// packages it sells, one router at a time so staff see progress per router.
class RouterSync final
{
    Q_DECLARE_TR_FUNCTIONS(RouterSync)

public:
    struct Plan
    {
        qint64 routerId = 0;
        QString router;
        QList<models::Package> packages;   // live packages sold on it
    };
    struct Outcome
    {
        QString router;
        bool reached = false;
        ProfileSyncSummary summary;
        QString error;       // why it was not reached
        QString text() const;   // one line for staff
    };

    // On the database thread: what each enabled router should sell.
    [[nodiscard]] static Result<QList<Plan>> plan(Office &office);
    // On the services thread.
    [[nodiscard]] static QFuture<Outcome> run(RouterDirectory &routers, const Plan &plan);
};

} // namespace lango::app
