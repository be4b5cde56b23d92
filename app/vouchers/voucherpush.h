#pragma once

#include "app/core/error.h"
#include "models/package.h"
#include "routeros/hotspottypes.h"
#include "routeros/userpusher.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace lango::models {
class DbExecutor;
}

namespace lango::app {

class Office;
class RouterDirectory;

struct VoucherPushReport
{
    qint64 batchId = 0;
    int total = 0;          // vouchers that were not yet on their router(s)
    int added = 0;
    int existed = 0;        // already there with this batch's comment: counted as pushed
    int failed = 0;
    bool cancelled = false;
    QStringList problems;   // one sentence per router that failed; never a code
    std::optional<Error> error;   // the push could not start (no such batch, retired)

    bool complete() const { return !error && !cancelled && failed == 0 && problems.isEmpty() && pushed() == total; }
    int pushed() const { return added + existed; }
};

// Puts a batch's vouchers on its router (or on every router selling the
// package): ensures the package's profile, then pipelines the user adds
// with progress and cancel, then marks what is on the router in the
// database. Only vouchers not yet marked are sent, and "already exists"
// with this batch's comment counts as pushed, so a push cut short by a
// dropped connection resumes without duplicates. Lives on the thread of
// the RouterDirectory; database work runs on the executor. On a seller's
// desk, which holds no router secrets, the server does the pushing and
// this only follows it.
class VoucherPush final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoucherPush)

public:
    VoucherPush(Office &office, RouterDirectory &routers, models::DbExecutor &db, qint64 batchId, QObject *parent = nullptr);

    void setMaxInFlight(int count) { m_maxInFlight = count; }
    void start();
    // Stops sending; adds in flight finish and are recorded, then finished().
    void cancel();
    const VoucherPushReport &report() const { return m_report; }

Q_SIGNALS:
    void progressed(int done, int total);
    void finished(const lango::app::VoucherPushReport &report);

public:
    struct Target
    {
        qint64 routerId = 0;
        QString routerName;
        QList<routeros::HotspotUser> users;
        QHash<QString, qint64> voucherIds;   // by code
    };
    struct Plan
    {
        Result<models::Package> package;
        QList<Target> targets;
    };

private:
    // A seller's desk has no router passwords: the server pushes the batch
    // (job "voucher_push") and this follows it until it is done.
    void startOnServer();
    void followServer(qint64 jobId);
    void onPlan(const Plan &plan);
    void nextTarget();
    void pushTarget(const Target &target);
    void onPushed(const Target &target, const routeros::PushReport &report);
    void record(const Target &target, const QList<qint64> &ids, int failed);
    void failTarget(const Target &target, const QString &problem);
    void finish();

    Office &m_office;
    RouterDirectory &m_routers;
    models::DbExecutor &m_db;
    VoucherPushReport m_report;
    models::Package m_package;
    QList<Target> m_targets;
    QPointer<routeros::UserPusher> m_pusher;
    int m_maxInFlight = 64;
    int m_doneBefore = 0;
    bool m_cancelled = false;
    bool m_started = false;
    QTimer *m_follow = nullptr;
};

} // namespace lango::app
