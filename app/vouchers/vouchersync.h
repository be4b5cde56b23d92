#pragma once

#include "app/core/error.h"
#include "app/vouchers/voucherusage.h"
#include "routeros/sharedpromise.h"

#include <QCoreApplication>
#include <QFuture>
#include <QObject>

namespace lango::models {
class DbExecutor;
}

namespace lango::app {

class Office;
class RouterDirectory;

struct VoucherSyncReport
{
    qint64 routerId = 0;
    QString routerName;
    int onRouter = 0;        // vouchers Lango put there and had not seen go
    int inUse = 0;
    int newlyInUse = 0;      // first login seen by this sync
    int expired = 0;         // newly expired
    int vanished = 0;        // gone while Lango never saw them in use
    int removed = 0;         // retired, spent or used-elsewhere copies taken off
    int grantsCreated = 0;
};

// Reads a router's voucher users, their lango-exp-<code> entries, live
// sessions and clock, and writes first use, MAC, expiry and state back;
// a voucher first seen in use gets an active Grant (voucherId set, username =
// code, expiresAt from the router's entry) so expiry and the live views treat
// it like any other grant. Copies that must not stay (retired, spent, used
// on another router) are removed from the router. Deletes itself when done.
class VoucherSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoucherSync)

public:
    [[nodiscard]] static QFuture<Result<VoucherSyncReport>> run(Office &office, RouterDirectory &routers, models::DbExecutor &db,
                                                                qint64 routerId, QObject *parent);

    struct Loaded
    {
        models::Result<QList<models::Voucher>> vouchers;
        QHash<qint64, models::Package> packages;
        std::optional<models::Error> error;
    };

private:
    VoucherSync(Office &office, RouterDirectory &routers, models::DbExecutor &db, qint64 routerId, QObject *parent);
    void start();
    void readRouter();
    void onRouterRead();
    void removeCopies();
    void apply(const QList<qint64> &removedIds);
    void finish(const Result<VoucherSyncReport> &result);

    Office &m_office;
    RouterDirectory &m_routers;
    models::DbExecutor &m_db;
    routeros::SharedPromise<Result<VoucherSyncReport>> m_promise;
    VoucherSyncReport m_report;
    QList<models::Voucher> m_vouchers;
    QHash<qint64, models::Package> m_packages;
    RouterVoucherView m_view;
    VoucherUsagePlan m_plan;
    int m_reads = 0;
    std::optional<Error> m_readError;
};

} // namespace lango::app
