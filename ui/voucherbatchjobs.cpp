#include "ui/voucherbatchjobs.h"

#include "app/routerdirectory.h"
#include "app/voucherservice.h"
#include "ui/desk.h"

#include <QMessageBox>
#include <QProgressDialog>
#include <QWidget>

namespace lango::ui {

namespace {

QProgressDialog *busyDialog(QWidget *window, const QString &label)
{
    auto *progress = new QProgressDialog(label, QString(), 0, 0, window);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setAutoReset(false);
    progress->setAutoClose(false);
    return progress;
}

} // namespace

VoucherBatchJobs::VoucherBatchJobs(Desk &desk, QWidget *window)
    : QObject(window)
    , m_desk(desk)
    , m_window(window)
{
}

VoucherBatchJobs::~VoucherBatchJobs() = default;

app::VoucherService *VoucherBatchJobs::service(bool reloadRouters)
{
    if (!m_service) {
        m_routers = std::make_unique<app::RouterDirectory>(m_desk.office);
        m_service = std::make_unique<app::VoucherService>(m_desk.office, *m_routers, m_desk.db);
    }
    // Picks up routers added or changed since (a small read of the routers table).
    if (!reloadRouters)
        return m_service.get();
    if (auto loaded = m_routers->reload(); !loaded)
        Q_EMIT statusMessage(loaded.error().message);
    return m_service.get();
}

app::VoucherActor VoucherBatchJobs::actor() const
{
    return {m_desk.actor, m_desk.staffId};
}

void VoucherBatchJobs::generate(const app::GenerateRequest &request)
{
    m_busy = true;
    QPointer<QProgressDialog> progress = busyDialog(m_window, tr("Making %n voucher(s)…", nullptr, request.count));
    service()->generate(request, actor()).then(this, [this, progress](app::Result<qint64> batchId) {
        if (!batchId) {
            m_busy = false;
            if (progress)
                progress->close();
            QMessageBox::warning(m_window, tr("Vouchers not made"), batchId.error().message);
            return;
        }
        Q_EMIT changed(*batchId);
        startPush(*batchId, progress ? progress.data() : busyDialog(m_window, QString()));
    });
}

void VoucherBatchJobs::push(qint64 batchId)
{
    m_busy = true;
    startPush(batchId, busyDialog(m_window, tr("Putting vouchers on the router…")));
}

void VoucherBatchJobs::startPush(qint64 batchId, QProgressDialog *dialog)
{
    // The dialog deletes itself when closed, even by Esc: hold it weakly.
    QPointer<QProgressDialog> progress(dialog);
    app::VoucherPush *job = service()->push(batchId, this);
    progress->setLabelText(tr("Putting the vouchers of batch %1 on the router…").arg(batchId));
    progress->setCancelButtonText(tr("Cancel"));
    connect(progress, &QProgressDialog::canceled, job, &app::VoucherPush::cancel);
    connect(job, &app::VoucherPush::progressed, progress, [progress](int done, int total) {
        progress->setMaximum(std::max(1, total));
        progress->setValue(done);
    });
    connect(job, &app::VoucherPush::finished, this, [this, job, progress, batchId](const app::VoucherPushReport &report) {
        job->deleteLater();
        if (progress)
            progress->close();
        m_busy = false;
        Q_EMIT changed(batchId);
        if (report.complete()) {
            Q_EMIT statusMessage(tr("Batch %1: %n voucher(s) on the router, ready to print.", nullptr, report.pushed()).arg(batchId));
            return;
        }
        const QString why = report.error ? report.error->message : report.problems.join(QLatin1Char('\n'));
        QMessageBox::warning(m_window, tr("Not all vouchers are on the router"),
                             tr("Batch %1 is saved: %2 of %3 vouchers are on the router.\n\n%4\n\n"
                                "When the router is reachable, choose \"Put on router\" to finish.")
                                 .arg(batchId).arg(report.pushed()).arg(report.total).arg(why));
    });
    job->start();
}

void VoucherBatchJobs::retire(qint64 batchId)
{
    m_busy = true;
    QPointer<QProgressDialog> progress = busyDialog(m_window, tr("Retiring batch %1 and removing its vouchers from the router…").arg(batchId));
    service()->retire(batchId, actor()).then(this, [this, progress, batchId](app::Result<app::VoucherRetireReport> report) {
        if (progress)
            progress->close();
        m_busy = false;
        Q_EMIT changed(batchId);
        if (!report) {
            QMessageBox::warning(m_window, tr("Batch not retired"), report.error().message);
            return;
        }
        Q_EMIT statusMessage(tr("Batch %1 retired: %2 voucher(s) retired, %3 removed from routers.")
                                 .arg(batchId).arg(report->retired).arg(report->removed));
        if (!report->problems.isEmpty())
            QMessageBox::information(m_window, tr("Some routers were not reached"),
                                     report->problems.join(QLatin1Char('\n'))
                                         + tr("\n\nTheir copies are removed the next time Lango reads those routers."));
    });
}

void VoucherBatchJobs::syncRouters()
{
    app::VoucherService *svc = service();
    Q_UNUSED(svc)
    QList<qint64> ids;
    const QStringList names = m_routers->pool().routerNames();
    for (const QString &name : names)
        ids << m_routers->idOf(name);
    if (ids.isEmpty()) {
        Q_EMIT statusMessage(tr("There is no enabled router to read."));
        return;
    }
    m_busy = true;
    syncNext(ids, {});
}

void VoucherBatchJobs::syncNext(QList<qint64> routerIds, QStringList lines)
{
    if (routerIds.isEmpty()) {
        m_busy = false;
        Q_EMIT changed(0);
        Q_EMIT statusMessage(lines.join(QStringLiteral("  ")));
        return;
    }
    const qint64 routerId = routerIds.takeFirst();
    m_service->syncFromRouter(routerId).then(this, [this, routerIds, lines, routerId](app::Result<app::VoucherSyncReport> report) mutable {
        if (report)
            lines << tr("%1: %2 in use (%3 new), %4 expired.").arg(report->routerName).arg(report->inUse).arg(report->newlyInUse)
                         .arg(report->expired);
        else
            lines << tr("%1: %2").arg(m_routers->nameOf(routerId), report.error().message);
        syncNext(routerIds, lines);
    });
}

void VoucherBatchJobs::sell(const QStringList &codes)
{
    service(false)->sellAll(codes, actor()).then(this, [this, count = codes.size()](app::Result<int> sold) {
        if (!sold) {
            QMessageBox::warning(m_window, tr("Not marked sold"), sold.error().message);
            return;
        }
        Q_EMIT changed(0);
        Q_EMIT statusMessage(*sold == count ? tr("Marked %n voucher(s) sold.", nullptr, *sold)
                                            : tr("Marked %1 of %2 vouchers sold; the others were sold or retired before.")
                                                  .arg(*sold).arg(count));
    });
}

void VoucherBatchJobs::recordPrint(qint64 batchId, int cards)
{
    (void)service(false)->recordPrint(batchId, cards, actor());
}

} // namespace lango::ui
