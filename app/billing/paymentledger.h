#pragma once

#include "app/billing/billingtypes.h"
#include "app/core/error.h"
#include "models/auditlog.h"
#include "models/grantstore.h"
#include "models/jobqueue.h"
#include "models/package.h"
#include "models/purchase.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace lango::app {

class Office;

// The ledger of the money path: applies M-Pesa's final word about a
// payment exactly once (callbacks, STK Query answers, paybill payments of a
// purchase), gives access (a grant, or more time on a live one) and takes it
// back when M-Pesa does not confirm. Every decision that needs router work
// writes its job in the same transaction (outbox), born claimed by this
// process's provisioner; the rest of the app hears of it only after the
// commit, through the signals.
class PaymentLedger final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentLedger)

public:
    struct Options
    {
        QString worker;   // this process's provisioner
        // Texts to customers: a receipt to each paying customer ([sms]).
        bool receipts = false;
        QString language = QStringLiteral("en");   // when the customer's is not known
    };

    PaymentLedger(Office &office, Options options, QObject *parent = nullptr);
    void setReceipts(bool receipts, const QString &language)
    {
        m_options.receipts = receipts;
        m_options.language = language;
    }

    // What applying one payment decided, for the rest of the app to hear
    // only once the transaction that decided it committed.
    struct Decided
    {
        std::optional<StkOutcome> outcome;
        bool viaQuery = false;
        QString parked;                       // a callback for a purchase not known yet
        QList<qint64> changedPurchases;
        QStringList problems;
        QList<models::Job> claimed;           // router jobs born claimed by this process
        // Written by the caller in the same transaction (a group writes
        // all its entries in one statement).
        QList<models::AuditEntry> audit;
    };
    // What a group of callbacks read together, for each payment to use:
    // packages' terms, and the live grants of the paying devices (kept up to
    // date as the group's own payments make and extend grants).
    struct GroupReads
    {
        QHash<qint64, models::Package> terms;
        std::optional<QHash<QPair<qint64, QString>, models::Grant>> live;
    };
    struct CallbackBatch
    {
        QList<Result<StkOutcome>> outcomes;   // one per body, in order
        QList<Decided> decided;
    };

    // The one place a callback or a query's answer changes a purchase.
    [[nodiscard]] Result<StkOutcome> applyStkResult(const StkResult &result);
    // Parses and records an STK callback body, then applies it.
    [[nodiscard]] Result<StkOutcome> handleStkCallback(const QByteArray &body);
    // Several callbacks that arrived together, in one transaction (one
    // durable commit), each applied on its own; outcomes in the same order.
    [[nodiscard]] QList<Result<StkOutcome>> handleStkCallbacks(const QList<QByteArray> &bodies);
    // handleStkCallbacks in two halves: the database work, which any thread
    // may do on its own connection (it emits nothing), then, on this
    // object's thread after the commit, telling the app what was decided.
    [[nodiscard]] CallbackBatch applyStkCallbacks(const QList<QByteArray> &bodies) const;
    // Opens the calling thread's database connection now and prepares the
    // statements a group of up to `mostCallbacks` payments writes, so that
    // a thread's first groups do not wait for them (SQLite takes
    // milliseconds to prepare a 32-row insert).
    [[nodiscard]] bool prepareForGroups(qsizetype mostCallbacks) const;
    void announce(const CallbackBatch &batch);
    void announce(const Decided &decided);

    // Inside the caller's transaction (a paybill payment of a purchase);
    // the caller writes decided.audit before it commits. known: the
    // purchase as the caller just read it in the same transaction; reads:
    // what the caller's group read already.
    [[nodiscard]] Result<StkOutcome> applyInTransaction(const StkResult &result, Decided &decided,
                                                        std::optional<models::Purchase> known = std::nullopt,
                                                        GroupReads *reads = nullptr) const;
    // Callbacks that beat their purchase's checkout id being stored.
    void applyParked(const QString &checkoutRequestId);

    // A success M-Pesa did not confirm (STK Query said otherwise, or
    // nothing in time): the purchase fails, its grant's time is taken back
    // (expiry then removes the user, kicks its sessions and cookies), staff
    // get a problem. False when it was confirmed or revoked meanwhile.
    [[nodiscard]] Result<bool> revokeUnconfirmed(qint64 purchaseId, const QString &resultCode, const QString &why);

    // Records a problem about a purchase for staff and tells the app now.
    void recordProblem(const QString &kind, qint64 purchaseId, const QString &message, const QString &detail);

Q_SIGNALS:
    // A job this process claimed at birth: the provisioner runs it now.
    void jobClaimed(const lango::models::Job &job);
    void purchaseChanged(qint64 purchaseId);
    void problemRecorded(const QString &message);
    void stkApplied(lango::app::StkOutcome outcome, bool viaQuery);

private:
    // A payment that gives access, and what grantAccess gave it.
    struct Access
    {
        models::Purchase purchase;
        models::Package package;
        qint64 grantId = 0;
        qint64 expiresAt = 0;
        bool extended = false;
        QList<models::Job> claimed;   // its router job, born claimed by this process
    };
    // Grants, or more time on live ones, with their router jobs, for
    // payments of distinct devices and customers (customerKeys), in a few statements;
    // attach: the purchases get their grants (else the caller sets them).
    Result<void> grantAccess(QList<Access> &payments, GroupReads *reads, bool attach = true) const;
    // One group in one transaction; together: its common payments with
    // payTogether. False when those failed: nothing was written then.
    bool applyGroup(const QList<QByteArray> &bodies, const QList<StkResult> &results, const QStringList &checkoutIds,
                    CallbackBatch &batch, bool together) const;
    // The group's common payments (isPlainFirstPayment), written together:
    // granted, marked paid and their jobs queued in one statement each.
    // False when the database did not take them as they were read (a
    // receipt another purchase holds, a purchase paid meanwhile): the
    // group's transaction is spoilt then.
    bool payTogether(const QList<qsizetype> &common, const QList<StkResult> &results,
                     const QHash<QString, models::Purchase> &purchases, CallbackBatch &batch, GroupReads &reads) const;
    // The same success again for a paid purchase: nothing to write.
    static bool isRepeat(const StkResult &result, const models::Purchase &purchase);
    // A waiting purchase's first success at its price, which needs none of
    // applyInTransaction's problem branches.
    static bool isPlainFirstPayment(const StkResult &result, const models::Purchase &purchase);
    static QList<QPair<qint64, QString>> customerKeys(const models::Purchase &purchase);
    static qint64 amountOf(const StkResult &result, const models::Purchase &purchase);
    qint64 confirmAtFor(const StkResult &result) const;
    Result<models::Package> termsOf(qint64 packageId, GroupReads *reads) const;
    models::AuditEntry paymentAudit(const models::Purchase &purchase, const StkResult &result, qint64 amount) const;
    void logPaid(const Access &paid, const StkResult &result) const;
    // In the payment's transaction; a failure is logged, never undoes the payment.
    void queueReceipt(const Access &paid, const QString &receipt, qint64 amountCents) const;
    // Records a problem that `decided` announces after its commit.
    void recordProblem(Decided &decided, const QString &kind, qint64 purchaseId, const QString &message, const QString &detail) const;
    void writeProblem(const QString &kind, qint64 purchaseId, const QString &message, const QString &detail) const;

    Office &m_office;
    Options m_options;
};

} // namespace lango::app
