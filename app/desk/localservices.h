#pragma once

#include "app/server/billingengine.h"
#include "app/core/error.h"
#include "app/routers/routerdirectory.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <functional>
#include <memory>
#include <type_traits>

namespace lango::routeros {
struct RouterHealth;
}

namespace lango::models {
class DbExecutor;
}

namespace lango::app::mpesa {
class DarajaClient;
}

namespace lango::app {

class BillingService;
class DemoWorld;
class Office;
class VoucherService;

// The desktop's services, on a thread of their own so the GUI never waits
// for a router or M-Pesa: the router connections (health, tests, live
// sessions) always; the billing engine too when this desk is the whole
// office (one computer, SQLite) or in the demo. Construct on the GUI
// thread; it moves itself to its thread and builds everything there.
class LocalServices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalServices)

public:
    struct Options
    {
        bool runBilling = false;          // provisioning, expiry, reconciliation, HTTP
        bool demo = false;                // with the emulated router, M-Pesa and customers
        BillingEngine::Options engine;
    };

    LocalServices(Office &office, Options options);
    ~LocalServices() override;

    // Starts the thread and the services; started() or failed() answers.
    void start();
    bool runsBilling() const { return m_options.runBilling; }
    // Where phones and routers reach Lango's HTTP server, as these services
    // know it: the engine's [http] public_url (the demo's own address), or
    // the office setting http.public_url the server published. Empty when
    // unknown. Services thread only (inside run()).
    QString publicUrl() const { return m_publicUrl; }

    // Runs `work` on the services thread with the router directory and the
    // billing service (null when M-Pesa is not set up for this desk) and
    // hands its future's result back; continue with .then(guiObject, ...).
    template <typename T>
    QFuture<T> run(std::function<QFuture<T>(RouterDirectory &, BillingService *)> work)
    {
        auto promise = std::make_shared<QPromise<T>>();
        promise->start();
        QFuture<T> future = promise->future();
        QMetaObject::invokeMethod(this, [this, work = std::move(work), promise] {
            if (!m_directory) {
                refuse(*promise);   // did not start (or stopping): say so, never leave the caller waiting
                return;
            }
            work(*m_directory, m_billingService).then(this, [promise](T value) {
                promise->addResult(std::move(value));
                promise->finish();
            });
        }, Qt::QueuedConnection);
        return future;
    }

    template <typename T>
    QFuture<T> withRouters(std::function<QFuture<T>(RouterDirectory &)> work)
    {
        return run<T>([work = std::move(work)](RouterDirectory &routers, BillingService *) { return work(routers); });
    }

    // The same for voucher work: the service lives on the services thread
    // with the routers it pushes to.
    template <typename T>
    QFuture<T> withVouchers(std::function<QFuture<T>(VoucherService &)> work)
    {
        return run<T>([this, work = std::move(work)](RouterDirectory &, BillingService *) {
            if (!m_voucherService) {
                auto promise = std::make_shared<QPromise<T>>();
                promise->start();
                refuse(*promise);
                return promise->future();
            }
            return work(*m_voucherService);
        });
    }

    // Why work is refused: the services did not start (with the reason) or
    // are stopping. A whole sentence for staff.
    Error notRunning() const;

Q_SIGNALS:
    void started(const QString &summary);
    void failed(const QString &message);
    void problemRecorded(const QString &message);
    void routerHealthChanged(const QString &name, bool up, const QString &summary, const QString &detail);
    // The facts behind the summary, for columns and warnings (skew: router clock minus ours; skewKnown false when unread).
    void routerFactsChanged(const QString &name, bool up, const QString &identity, const QString &version, qint64 skewSeconds,
                            bool skewKnown);
    void routersReloaded();

public Q_SLOTS:
    // The routers table changed: reconnect to what it says now.
    void reloadRouters();

private:
    // Finishes a refused call: an error Result when T can carry one (every
    // Result<...>), else a cancelled future (continuations do not run).
    template <typename T>
    void refuse(QPromise<T> &promise) const
    {
        if constexpr (std::is_constructible_v<T, Error>)
            promise.addResult(T(notRunning()));
        else
            promise.future().cancel();
        promise.finish();
    }
    void fail(const QString &message);
    void startOnThread();
    void forwardHealth(const QString &name, const routeros::RouterHealth &health);

    Office &m_office;
    Options m_options;
    QThread m_thread;
    std::unique_ptr<DemoWorld> m_demo;
    std::unique_ptr<BillingEngine> m_engine;
    std::unique_ptr<RouterDirectory> m_ownDirectory;   // when billing does not run here
    std::unique_ptr<BillingService> m_deskBilling;
    std::unique_ptr<models::DbExecutor> m_voucherDb;   // when billing does not run here
    std::unique_ptr<VoucherService> m_deskVouchers;
    RouterDirectory *m_directory = nullptr;
    BillingService *m_billingService = nullptr;
    VoucherService *m_voucherService = nullptr;
    QString m_failure;   // why startOnThread() stopped; services thread only
    QString m_publicUrl;
};

} // namespace lango::app
