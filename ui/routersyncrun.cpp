#include "ui/routersyncrun.h"

#include "app/desk/localservices.h"
#include "ui/desk.h"

#include <QProgressDialog>

namespace lango::ui {

RouterSyncRun::RouterSyncRun(Desk &desk, QWidget *parent)
    : QObject(parent)
    , m_desk(desk)
    , m_parent(parent)
{
}

void RouterSyncRun::start()
{
    if (!m_desk.services) {
        Q_EMIT finished(false, {tr("The router services are still starting; try again in a moment.")});
        deleteLater();
        return;
    }
    m_progress = new QProgressDialog(tr("Reading which packages each router sells…"), tr("Cancel"), 0, 0, m_parent);
    m_progress->setWindowTitle(tr("Sync to routers"));
    m_progress->setMinimumDuration(500);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_progress, &QProgressDialog::canceled, this, [this] { m_cancelled = true; });
    app::Office &office = m_desk.office;
    m_desk.run(this, [&office] { return app::RouterSync::plan(office); }, [this](app::Result<QList<app::RouterSync::Plan>> plans) {
        if (!plans) {
            m_allOk = false;
            m_lines << plans.error().message;
            finish();
            return;
        }
        m_plans = *plans;
        if (m_plans.isEmpty())
            m_lines << tr("No router is enabled: add one in Routers first.");
        if (m_progress)
            m_progress->setMaximum(int(m_plans.size()));
        next();
    });
}

void RouterSyncRun::next()
{
    if (m_cancelled) {
        m_allOk = false;
        m_lines << tr("Stopped; routers not synced: %1.").arg(int(m_plans.size()) - m_index);
        finish();
        return;
    }
    if (m_index >= m_plans.size()) {
        finish();
        return;
    }
    const app::RouterSync::Plan plan = m_plans.at(m_index);
    if (m_progress) {
        m_progress->setValue(m_index);
        m_progress->setLabelText(tr("Syncing %1 package profiles to %2…").arg(plan.packages.size()).arg(plan.router));
    }
    m_desk.services->withRouters<app::RouterSync::Outcome>([plan](app::RouterDirectory &routers) {
        return app::RouterSync::run(routers, plan);
    }).then(this, [this](app::RouterSync::Outcome outcome) {
        m_allOk = m_allOk && outcome.reached && outcome.summary.ok();
        m_lines << outcome.text();
        ++m_index;
        next();
    });
}

void RouterSyncRun::finish()
{
    if (m_progress)
        m_progress->close();
    // Who synced what goes to the audit log with the outcome.
    app::Office &office = m_desk.office;
    models::AuditEntry entry = m_desk.audit(QStringLiteral("package.sync"), QStringLiteral("router"), 0, m_lines.join(QStringLiteral("; ")));
    m_desk.run(this, [&office, entry] { return office.audit.record(entry); }, [](models::Result<void>) {});
    Q_EMIT finished(m_allOk, m_lines);
    deleteLater();
}

} // namespace lango::ui
