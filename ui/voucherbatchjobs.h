#pragma once

#include "app/voucherissuer.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QProgressDialog;
class QWidget;

namespace lango::app {
class RouterDirectory;
class VoucherService;
}

namespace lango::ui {

struct Desk;

// The Vouchers panel's long jobs, each behind a progress dialog: generate
// and push a batch (cancellable), resume a push, retire a batch, read the
// routers back, mark vouchers sold. Router work goes through a
// RouterDirectory owned here, on the GUI thread; database work through the
// desk's executor, so the GUI never waits.
class VoucherBatchJobs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoucherBatchJobs)

public:
    VoucherBatchJobs(Desk &desk, QWidget *window);
    ~VoucherBatchJobs() override;

    void generate(const app::GenerateRequest &request);
    void push(qint64 batchId);
    void retire(qint64 batchId);
    void syncRouters();
    void sell(const QStringList &codes);
    void recordPrint(qint64 batchId, int cards);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    void changed(qint64 batchId);   // 0 = several batches

private:
    app::VoucherService *service(bool reloadRouters = true);
    app::VoucherActor actor() const;
    void startPush(qint64 batchId, QProgressDialog *progress);
    void syncNext(QList<qint64> routerIds, QStringList lines);

    Desk &m_desk;
    QPointer<QWidget> m_window;
    std::unique_ptr<app::RouterDirectory> m_routers;
    std::unique_ptr<app::VoucherService> m_service;
    bool m_busy = false;
};

} // namespace lango::ui
