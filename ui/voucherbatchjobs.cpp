#include "ui/voucherbatchjobs.h"

#include "app/desk/localservices.h"
#include "app/routers/routerdirectory.h"
#include "app/vouchers/voucherservice.h"
#include "ui/desk.h"

#include <QMessageBox>
#include <QProgressDialog>
#include <QPromise>
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

bool VoucherBatchJobs::servicesReady()
{
    if (m_desk.services)
        return true;
    Q_EMIT statusMessage(tr("The router services are still starting; try again in a moment."));
    return false;
}

void VoucherBatchJobs::tell(QMessageBox::Icon icon, const QString &title, const QString &text)
{
    // Opened, not exec()'d: these run in future continuations, where a
    // nested event loop would let other continuations run underneath.
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Close, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

app::VoucherActor VoucherBatchJobs::actor() const
{
    return {m_desk.actor, m_desk.staffId};
}

void VoucherBatchJobs::generate(const app::GenerateRequest &request)
{
    if (!servicesReady())
        return;
    m_busy = true;
    QPointer<QProgressDialog> progress = busyDialog(m_window, tr("Making %n voucher(s)…", nullptr, request.count));
    const app::VoucherActor who = actor();
    m_desk.services->withVouchers<app::Result<qint64>>([request, who](app::VoucherService &vouchers) {
        return vouchers.generate(request, who);
    }).then(this, [this, progress](app::Result<qint64> batchId) {
        if (!batchId) {
            m_busy = false;
            if (progress)
                progress->close();
            tell(QMessageBox::Warning, tr("Vouchers not made"), batchId.error().message);
            return;
        }
        Q_EMIT changed(*batchId);
        startPush(*batchId, progress ? progress.data() : busyDialog(m_window, QString()));
    });
}

void VoucherBatchJobs::push(qint64 batchId)
{
    if (!servicesReady())
        return;
    m_busy = true;
    startPush(batchId, busyDialog(m_window, tr("Putting vouchers on the router…")));
}

void VoucherBatchJobs::startPush(qint64 batchId, QProgressDialog *dialog)
{
    // The dialog deletes itself when closed, even by Esc: hold it weakly.
    QPointer<QProgressDialog> progress(dialog);
    progress->setLabelText(tr("Putting the vouchers of batch %1 on the router…").arg(batchId));
    progress->setCancelButtonText(tr("Cancel"));
    // The push job is made and runs on the services thread; its signals
    // reach this (GUI) thread queued, and cancel() goes back the same way.
    m_desk.services->withVouchers<app::Result<app::VoucherPush *>>([batchId](app::VoucherService &vouchers) {
        QPromise<app::Result<app::VoucherPush *>> made;
        made.start();
        made.addResult(app::Result<app::VoucherPush *>(vouchers.push(batchId)));
        made.finish();
        return made.future();
    }).then(this, [this, progress, batchId](app::Result<app::VoucherPush *> made) {
        if (!made) {
            m_busy = false;
            if (progress)
                progress->close();
            tell(QMessageBox::Warning, tr("Vouchers not put on the router"),
                                 tr("Batch %1 is saved, but its vouchers could not be sent.\n\n%2").arg(batchId).arg(made.error().message));
            return;
        }
        app::VoucherPush *job = *made;
        if (progress)
            connect(progress, &QProgressDialog::canceled, job, &app::VoucherPush::cancel);
        connect(job, &app::VoucherPush::progressed, this, [progress](int done, int total) {
            if (!progress)
                return;
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
            tell(QMessageBox::Warning, tr("Not all vouchers are on the router"),
                                 tr("Batch %1 is saved: %2 of %3 vouchers are on the router.\n\n%4\n\n"
                                    "When the router is reachable, choose \"Put on router\" to finish.")
                                     .arg(batchId).arg(report.pushed()).arg(report.total).arg(why));
        });
        QMetaObject::invokeMethod(job, &app::VoucherPush::start, Qt::QueuedConnection);
    });
}

void VoucherBatchJobs::retire(qint64 batchId)
{
    if (!servicesReady())
        return;
    m_busy = true;
    QPointer<QProgressDialog> progress = busyDialog(m_window, tr("Retiring batch %1 and removing its vouchers from the router…").arg(batchId));
    const app::VoucherActor who = actor();
    m_desk.services->withVouchers<app::Result<app::VoucherRetireReport>>([batchId, who](app::VoucherService &vouchers) {
        return vouchers.retire(batchId, who);
    }).then(this, [this, progress, batchId](app::Result<app::VoucherRetireReport> report) {
        if (progress)
            progress->close();
        m_busy = false;
        Q_EMIT changed(batchId);
        if (!report) {
            tell(QMessageBox::Warning, tr("Batch not retired"), report.error().message);
            return;
        }
        Q_EMIT statusMessage(tr("Batch %1 retired: %2 voucher(s) retired, %3 removed from routers.")
                                 .arg(batchId).arg(report->retired).arg(report->removed));
        if (!report->problems.isEmpty())
            tell(QMessageBox::Information, tr("Some routers were not reached"),
                                     report->problems.join(QLatin1Char('\n'))
                                         + tr("\n\nTheir copies are removed the next time Lango reads those routers."));
    });
}

void VoucherBatchJobs::syncRouters()
{
    if (!servicesReady())
        return;
    m_busy = true;
    using Routers = QList<QPair<qint64, QString>>;   // id, name
    m_desk.services->withRouters<app::Result<Routers>>([](app::RouterDirectory &routers) {
        Routers listed;
        const QStringList names = routers.pool().routerNames();
        for (const QString &name : names)
            listed << qMakePair(routers.idOf(name), name);
        QPromise<app::Result<Routers>> promise;
        promise.start();
        promise.addResult(app::Result<Routers>(listed));
        promise.finish();
        return promise.future();
    }).then(this, [this](app::Result<Routers> routers) {
        if (!routers) {
            m_busy = false;
            tell(QMessageBox::Warning, tr("Routers not read"), routers.error().message);
            return;
        }
        if (routers->isEmpty()) {
            m_busy = false;
            Q_EMIT statusMessage(tr("There is no enabled router to read."));
            return;
        }
        syncNext(*routers, {});
    });
}

void VoucherBatchJobs::syncNext(QList<QPair<qint64, QString>> routers, QStringList lines)
{
    if (routers.isEmpty()) {
        m_busy = false;
        Q_EMIT changed(0);
        Q_EMIT statusMessage(lines.join(QStringLiteral("  ")));
        return;
    }
    const qint64 routerId = routers.first().first;
    const QString routerName = routers.takeFirst().second;
    m_desk.services->withVouchers<app::Result<app::VoucherSyncReport>>([routerId](app::VoucherService &vouchers) {
        return vouchers.syncFromRouter(routerId);
    }).then(this, [this, routers, lines, routerName](app::Result<app::VoucherSyncReport> report) mutable {
        if (report)
            lines << tr("%1: %2 in use (%3 new), %4 expired.").arg(report->routerName).arg(report->inUse).arg(report->newlyInUse)
                         .arg(report->expired);
        else
            lines << tr("%1: %2").arg(routerName, report.error().message);
        syncNext(routers, lines);
    });
}

void VoucherBatchJobs::sell(const QStringList &codes)
{
    if (!servicesReady())
        return;
    const app::VoucherActor who = actor();
    m_desk.services->withVouchers<app::Result<int>>([codes, who](app::VoucherService &vouchers) {
        return vouchers.sellAll(codes, who);
    }).then(this, [this, count = codes.size()](app::Result<int> sold) {
        if (!sold) {
            tell(QMessageBox::Warning, tr("Not marked sold"), sold.error().message);
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
    if (!m_desk.services)
        return;
    const app::VoucherActor who = actor();
    (void)m_desk.services->withVouchers<app::Result<void>>([batchId, cards, who](app::VoucherService &vouchers) {
        return vouchers.recordPrint(batchId, cards, who);
    });
}

} // namespace lango::ui
