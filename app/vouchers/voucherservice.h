#pragma once

#include "app/core/error.h"
#include "app/vouchers/voucherissuer.h"
#include "app/vouchers/voucherpush.h"
#include "app/vouchers/vouchersync.h"
#include "models/staffstore.h"
#include "models/voucher.h"

#include <QFuture>
#include <QObject>

#include <functional>

namespace lango::models {
class DbExecutor;
}

namespace lango::app {

class Office;
class RouterDirectory;

struct VoucherRetireReport
{
    int retired = 0;         // vouchers of the batch now retired
    int removed = 0;         // their users taken off routers
    QStringList problems;    // routers that could not be reached: their copies go at the next sync
};

// Vouchers end to end for every face (CLI, desk, billing engine): make a
// batch, push it to routers, read first use / MAC / expiry back, sell and
// retire. Lives on the thread of the RouterDirectory (the GUI's on a desk);
// database work runs on the executor, so nothing here blocks that thread.
class VoucherService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoucherService)

public:
    VoucherService(Office &office, RouterDirectory &routers, models::DbExecutor &db, QObject *parent = nullptr);

    // Stores a new batch (nothing on routers yet); its id. A seller makes
    // batches for themselves only (Unauthorized otherwise).
    [[nodiscard]] QFuture<Result<qint64>> generate(const GenerateRequest &request, const VoucherActor &actor);
    // Puts the batch's vouchers not yet on its router(s) there; call start().
    // Owned by `parent` (the service when null).
    [[nodiscard]] VoucherPush *push(qint64 batchId, QObject *parent = nullptr);
    // Reads one router's voucher users back (the billing engine calls this
    // periodically; the CLI and the panel on request).
    [[nodiscard]] QFuture<Result<VoucherSyncReport>> syncFromRouter(qint64 routerId);
    // Retires the batch's unused vouchers and removes them from the routers.
    // Each router is read first, so a voucher used a moment ago is kept.
    [[nodiscard]] QFuture<Result<VoucherRetireReport>> retire(qint64 batchId, const VoucherActor &actor);
    // Records the sale (who and when); the voucher as now stored. A seller
    // sells only vouchers of their own batches (Unauthorized otherwise).
    [[nodiscard]] QFuture<Result<models::Voucher>> sell(const QString &code, const VoucherActor &actor);
    // Marks several sold in one transaction; how many were newly sold
    // (vouchers sold before or retired are skipped). A seller's codes must all
    // be from their own batches, or nothing is marked (Unauthorized).
    [[nodiscard]] QFuture<Result<int>> sellAll(const QStringList &codes, const VoucherActor &actor);
    // The audit entry for printed cards.
    [[nodiscard]] QFuture<Result<void>> recordPrint(qint64 batchId, int cards, const VoucherActor &actor);

    // The role the actor acts in: staff 0 (a one-desk office without logins,
    // the CLI) acts as admin. Blocking: on a database thread.
    [[nodiscard]] static Result<models::Role> roleOf(Office &office, const VoucherActor &actor);

private:
    static Result<void> checkMayGenerate(Office &office, const GenerateRequest &request, const VoucherActor &actor);
    static Result<void> checkMaySell(Office &office, const QStringList &codes, const VoucherActor &actor);
    void syncEach(const QList<qint64> &routerIds, std::function<void(QStringList problems, int removed)> done);
    static Result<int> retireInDatabase(Office &office, qint64 batchId, const VoucherActor &actor);

    Office &m_office;
    RouterDirectory &m_routers;
    models::DbExecutor &m_db;
};

} // namespace lango::app
