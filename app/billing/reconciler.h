#pragma once

#include <QList>
#include <QObject>

#include <functional>
#include <QSet>
#include <QTimer>

#include "models/jobqueue.h"
#include "models/purchase.h"

namespace lango::app::mpesa {
class DarajaClient;
}

namespace lango::app {

class BillingService;
class Office;
class RouterDirectory;

// Makes the database and the world agree when messages were lost:
// - a purchase with no callback after the wait is asked about (STK Query)
//   and finished the way a callback would, exactly once;
// - a success callback is confirmed with STK Query before it counts as
//   revenue; what M-Pesa refutes, or does not confirm in time, is revoked;
// - a callback nobody could match for long is shown to staff;
// - each router's users are compared with the grants: a grant whose user is
//   missing is provisioned again; a user with Lango's comment that no live
//   grant explains is removed and reported.
class Reconciler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Reconciler)

public:
    struct Options
    {
        QString worker;
        int queryIntervalMs = 5000;
        int routerIntervalMs = 5 * 60 * 1000;
        qint64 giveUpAfterSeconds = 10 * 60;       // no final word from M-Pesa by then: failed, and a problem
        qint64 slowQuerySeconds = 30 * 60;         // then asked this often, for a day
        qint64 parkedProblemAfterSeconds = 10 * 60;
        qint64 confirmWithinSeconds = 5 * 60;      // a success not confirmed by then is revoked
        int queryGapMs = 250;                      // STK Queries spaced: Daraja's spike arrest (500.003.02)
    };

    Reconciler(Office &office, BillingService &billing, RouterDirectory &routers, mpesa::DarajaClient *daraja,
               Options options, QObject *parent = nullptr);

    void setDaraja(mpesa::DarajaClient *daraja) { m_daraja = daraja; }
    void start();
    void stop();

public Q_SLOTS:
    void queryDuePurchases();
    void confirmPaidPurchases();
    void reconcileRouters();
    void reconcileRouter(qint64 routerId);

Q_SIGNALS:
    void jobClaimed(const lango::models::Job &job);
    void routerReconciled(qint64 routerId, int reprovisioned, int removed);
    void problemRecorded(const QString &message);

private:
    void reportLongParkedCallbacks();
    void revoke(qint64 purchaseId, const QString &resultCode, const QString &why);
    void giveUp(const models::Purchase &purchase);
    // Runs `query` when the last STK Query is at least queryGapMs old.
    void paced(std::function<void()> query);
    void sendNextQuery();
    static qint64 queryBackoffSeconds(int attempts);
    static qint64 confirmBackoffSeconds(int attempts);

    Office &m_office;
    BillingService &m_billing;
    RouterDirectory &m_routers;
    mpesa::DarajaClient *m_daraja = nullptr;   // owned by the engine; null when M-Pesa is not set up
    Options m_options;
    QTimer m_queryTimer;
    QTimer m_routerTimer;
    QTimer m_pacer;
    QList<std::function<void()>> m_queries;   // waiting for their turn
    QSet<qint64> m_querying;
    QSet<qint64> m_confirming;
    QSet<qint64> m_reconciling;
};

} // namespace lango::app
