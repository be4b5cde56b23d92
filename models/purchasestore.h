#pragma once

#include "models/clock.h"
#include "models/database.h"
#include "models/package.h"
#include "models/purchase.h"

#include <QHash>
#include <QSet>

namespace lango::models {

struct PurchaseFilter
{
    std::optional<PurchaseState> state;
    qint64 routerId = 0;
    QString phone;            // exact, normalised
    QString mac;              // exact, any case
    qint64 from = 0;          // created_at >= from
    qint64 to = 0;            // created_at < to (0 = no bound)
    int limit = 500;
};

// Purchases (one STK Push each) and the customers who make them. State
// changes are conditional updates, so a repeated or racing callback changes
// a purchase once and only once.
class PurchaseStore final
{
    Q_DECLARE_TR_FUNCTIONS(PurchaseStore)

public:
    static constexpr qint64 kNoConfirmation = -1;

    PurchaseStore(const Database &db, const Clock &clock);

    // Records a pending purchase (and its customer); returns it with id and public id.
    [[nodiscard]] Result<Purchase> create(Purchase purchase) const;
    [[nodiscard]] Result<Purchase> byId(qint64 id) const;
    [[nodiscard]] Result<Purchase> byPublicId(const QString &publicId) const;
    [[nodiscard]] Result<Purchase> byCheckoutId(const QString &checkoutRequestId) const;
    // What a group of callbacks reads, in one statement: the purchases of
    // several checkout ids (ids that name none are left out), their
    // packages' terms (without routerIds), and the live grant of each
    // purchase's device, if any (the one activeForDevice would pick).
    struct CheckoutReads
    {
        QHash<QString, Purchase> purchases;   // by checkout id
        QHash<qint64, Package> terms;         // by package id
        QHash<QPair<qint64, QString>, Grant> live;   // by (router id, MAC)
    };
    [[nodiscard]] Result<CheckoutReads> byCheckoutIds(const QStringList &checkoutRequestIds) const;
    // Prepares, on this thread's connection, the statements a group of
    // payments uses (byCheckoutIds, markPaidMany) in every shape up to
    // `mostRows` rows, so that its first groups do not wait for them.
    void prepareGroupStatements(qsizetype mostRows) const;
    [[nodiscard]] Result<QList<Purchase>> list(const PurchaseFilter &filter) const;
    [[nodiscard]] Result<QList<Purchase>> forGrant(qint64 grantId) const;

    [[nodiscard]] Result<void> setCheckout(qint64 id, const QString &checkoutRequestId, const QString &merchantRequestId,
                                           qint64 firstQueryAt) const;
    // pending|failed -> paid. False when it was already paid (a repeat).
    // `confirmAt` > 0: the word came from a callback, which STK Query must
    // confirm from then on; 0: M-Pesa itself answered (a query), confirmed;
    // kNoConfirmation: a paybill payment, which STK Query cannot see.
    [[nodiscard]] Result<bool> markPaid(qint64 id, const QString &receipt, qint64 paidCents, const QString &resultCode,
                                        const QString &resultDesc, qint64 confirmAt = 0) const;
    struct PaidMark
    {
        qint64 id = 0;
        QString receipt;
        qint64 paidCents = 0;
        QString resultCode;
        QString resultDesc;
        qint64 confirmAt = 0;   // as markPaid's
        qint64 grantId = 0;     // attached in the same statement (0: as it is)
    };
    // markPaid for several purchases in one statement: the ids it marked.
    // A receipt that another purchase holds fails it all (Conflict).
    [[nodiscard]] Result<QSet<qint64>> markPaidMany(const QList<PaidMark> &marks) const;
    // Purchases whose prompt never went out (no checkout id) long after they
    // were made: a server that died before the push, or never took a desk's
    // queued sale. Marked failed so nobody waits on them. Returns how many.
    [[nodiscard]] Result<int> failUnsent(qint64 olderThan) const;
    // Paid purchases whose success still waits for STK Query to confirm it.
    [[nodiscard]] Result<QList<Purchase>> dueForConfirmation(int limit = 20) const;
    [[nodiscard]] Result<bool> markConfirmed(qint64 id) const;
    [[nodiscard]] Result<void> scheduleConfirmation(qint64 id, qint64 nextAt) const;
    // unconfirmed -> refuted, and the purchase failed: the success was not real.
    [[nodiscard]] Result<bool> markRefuted(qint64 id, const QString &resultCode, const QString &resultDesc) const;
    // How many other paid purchases hold the same grant (it was extended).
    [[nodiscard]] Result<int> otherPaidForGrant(qint64 grantId, qint64 exceptPurchaseId) const;
    // pending -> failed. False when it was not pending (paid stays paid).
    [[nodiscard]] Result<bool> markFailed(qint64 id, const QString &resultCode, const QString &resultDesc) const;
    [[nodiscard]] Result<void> attachGrant(qint64 id, qint64 grantId) const;
    // attachGrant for several (purchase id, grant id) in one statement.
    [[nodiscard]] Result<void> attachGrants(const QList<QPair<qint64, qint64>> &purchaseGrants) const;
    // paid -> active for every purchase of the grant, stamping online_at once.
    [[nodiscard]] Result<int> markOnline(qint64 grantId) const;
    [[nodiscard]] Result<int> markOnlineMany(const QList<qint64> &grantIds) const;
    [[nodiscard]] Result<int> markExpired(qint64 grantId) const;
    // The same for several ended grants in one statement.
    [[nodiscard]] Result<int> markExpiredMany(const QList<qint64> &grantIds) const;
    [[nodiscard]] Result<void> scheduleQuery(qint64 id, qint64 nextQueryAt) const;

    // The receipt of a purchase paid before it was known (STK Query gives
    // none; the callback that follows does). False when it had one.
    [[nodiscard]] Result<bool> fillReceipt(qint64 id, const QString &receipt) const;
    // Purchases with a checkout id whose next STK Query is due: pending ones,
    // and those given up for lack of an answer (asked slowly for a day).
    [[nodiscard]] Result<QList<Purchase>> dueForQuery(int limit = 50) const;
    // How many purchases a phone or a device started since a time (rate limits).
    [[nodiscard]] Result<int> countSince(const QString &column, const QString &value, qint64 since) const;
    // Counts by state, for the dashboard and /metrics.
    [[nodiscard]] Result<QHash<QString, int>> countByState() const;

    [[nodiscard]] Result<qint64> upsertCustomer(const QString &phone) const;

private:
    Result<Purchase> one(const QString &where, const QVariant &key) const;
    static QString byCheckoutIdsSql(qsizetype rows);
    static QString markPaidManySql(qsizetype rows);

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace lango::models
