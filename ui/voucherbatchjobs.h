#pragma once

#include "app/vouchers/voucherissuer.h"

#include <QMessageBox>
#include <QObject>
#include <QPair>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace lango::ui {

struct Desk;

// The Vouchers panel's long jobs, each behind a progress dialog: generate
// and push a batch (cancellable), resume a push, retire a batch, read the
// routers back, mark vouchers sold. The work runs in the desk's services
// (app::LocalServices, their own thread): the GUI never waits.
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
    // False (and says so) while the desk's services are still starting.
    bool servicesReady();
    app::VoucherActor actor() const;
    void tell(QMessageBox::Icon icon, const QString &title, const QString &text);
    void startPush(qint64 batchId, QProgressDialog *progress);
    void syncNext(QList<QPair<qint64, QString>> routers, QStringList lines);   // id, name

    Desk &m_desk;
    QPointer<QWidget> m_window;
    bool m_busy = false;
};

} // namespace lango::ui
