#pragma once

#include "models/clock.h"
#include "models/database.h"
#include "models/voucher.h"

#include <functional>

namespace lango::models {

// A new voucher before it is stored: the code and, for PIN batches, the
// sealed PIN.
struct NewVoucher
{
    QString code;
    QString pinSealed;
};

struct VoucherBatchFilter
{
    qint64 sellerId = 0;          // 0 = every seller's batches
    bool includeRetired = true;
};

// Voucher batches and their vouchers (STYLE.md 2.8). Codes are unique in the
// database; a batch of 10,000 is stored in one transaction with multi-row
// inserts. Sales totals live in VoucherSales.
class VoucherStore final
{
    Q_DECLARE_TR_FUNCTIONS(VoucherStore)

public:
    using CodeSource = std::function<NewVoucher()>;

    VoucherStore(const Database &db, const Clock &clock);

    // Stores the batch and batch.count vouchers drawn from `next`, drawing
    // again for codes that clash with stored ones. Joins the caller's
    // transaction (or runs its own). Returns the batch id.
    [[nodiscard]] Result<qint64> createBatch(const VoucherBatch &batch, const CodeSource &next) const;

    [[nodiscard]] Result<VoucherBatch> batch(qint64 id) const;
    [[nodiscard]] Result<QList<VoucherBatch>> batches(const VoucherBatchFilter &filter = {}) const;
    // A batch's vouchers, optionally only those in one state.
    [[nodiscard]] Result<QList<Voucher>> vouchers(qint64 batchId, std::optional<VoucherState> state = {}) const;
    [[nodiscard]] Result<Voucher> byCode(const QString &code) const;

    // Unused vouchers of the batch that are not yet on `routerId`.
    [[nodiscard]] Result<QList<Voucher>> unpushed(qint64 batchId, qint64 routerId) const;
    [[nodiscard]] Result<void> markPushed(qint64 routerId, const QList<qint64> &voucherIds) const;
    [[nodiscard]] Result<void> unmarkPushed(qint64 routerId, const QList<qint64> &voucherIds) const;
    // Every voucher Lango put on `routerId` and has not seen removed.
    [[nodiscard]] Result<QList<Voucher>> onRouter(qint64 routerId) const;
    // Routers holding vouchers of the batch.
    [[nodiscard]] Result<QList<qint64>> routersOf(qint64 batchId) const;

    // Records who sold it and when; Conflict when it was sold already.
    [[nodiscard]] Result<Voucher> markSold(const QString &code, qint64 staffId) const;
    // A paybill sale: takes an unsold voucher of the package from a batch
    // kept for paybill sales (one on a router already first, oldest first)
    // and marks it sold to `phone`. Empty when there is none.
    [[nodiscard]] Result<std::optional<Voucher>> takeForPaybill(qint64 packageId, const QString &phone) const;
    // Marks a voucher just made for a paybill sale as sold to `phone`.
    [[nodiscard]] Result<Voucher> markSoldTo(qint64 voucherId, const QString &phone) const;
    // Writes what the router said; only changes rows whose values differ.
    [[nodiscard]] Result<int> applyUsage(const QList<VoucherUsage> &usage) const;
    // Retires the batch and its unused vouchers; returns those vouchers.
    [[nodiscard]] Result<QList<Voucher>> retireBatch(qint64 batchId) const;

private:
    Result<int> insertChunk(qint64 batchId, const QList<NewVoucher> &chunk, qint64 now) const;
    Result<QList<Voucher>> select(const QString &where, const QVariantList &args) const;

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace lango::models
