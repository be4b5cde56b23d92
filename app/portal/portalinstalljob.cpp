#include "app/portal/portalinstalljob.h"

#include "app/core/office.h"
#include "app/portal/portalsettings.h"
#include "app/routers/routerprofiles.h"
#include "models/dbexecutor.h"
#include "routeros/apiconnection.h"

namespace lango::app {

PortalInstallJob::PortalInstallJob(Office &office, models::DbExecutor &db, models::Router router, models::AuditEntry audit,
                                   QObject *parent)
    : QObject(parent)
    , m_office(office)
    , m_db(db)
    , m_router(std::move(router))
    , m_audit(std::move(audit))
{
}

void PortalInstallJob::start(const QString &apiUrl)
{
    Office &office = m_office;
    const QString name = m_router.name;
    // A given address is kept and used; else the one the services know; else the kept one.
    const QString known = apiUrl.isEmpty() ? m_publicUrl : QString();
    Q_EMIT progressed(0, 0, tr("Preparing the pages for %1…").arg(name));
    m_db.run([&office, name, apiUrl, known]() -> Result<PortalBundle> {
            if (!apiUrl.isEmpty()) {
                if (auto saved = PortalSettings::setApiUrl(office, apiUrl); !saved)
                    return saved.error();
            }
            return PortalSettings::render(office, known, name);
        })
        .then(this, [this](const Result<PortalBundle> &bundle) {
            if (!bundle) {
                Q_EMIT finished(false, bundle.error().message, bundle.error().detail == PortalSettings::apiUrlKey());
                return;
            }
            run(*bundle);
        });
}

void PortalInstallJob::run(const PortalBundle &bundle)
{
    if (m_cancelled) {
        Q_EMIT finished(false, tr("Cancelled; nothing was changed on router %1.").arg(m_router.name), false);
        return;
    }
    auto config = RouterProfiles::connectionFor(m_router, m_office.box());
    if (!config) {
        Q_EMIT finished(false, config.error().message, false);
        return;
    }
    config->autoReconnect = false;
    auto *connection = new routeros::ApiConnection(*config, this);
    m_installer = new PortalInstaller(connection, bundle, this);
    connect(m_installer, &PortalInstaller::progressed, this, &PortalInstallJob::progressed);
    m_installer->install().then(this, [this](const Result<PortalInstallReport> &report) { done(report); });
}

void PortalInstallJob::done(const Result<PortalInstallReport> &report)
{
    if (!report) {
        Q_EMIT finished(false, report.error().message, false);
        return;
    }
    QStringList lines = report->changes;
    // Voucher QR codes open the hotspot's login page by the name the router gives it.
    if (!report->loginUrl.isEmpty()) {
        Office &office = m_office;
        const QString loginUrl = report->loginUrl;
        m_db.run([&office, loginUrl] { return PortalSettings::setLoginUrl(office, loginUrl); });
        lines << tr("Voucher QR codes open %1.").arg(loginUrl);
    }
    if (report->changed()) {
        models::AuditEntry audit = m_audit;
        audit.action = QStringLiteral("router.install_portal");
        audit.entity = QStringLiteral("router");
        audit.entityId = m_router.id;
        audit.detail = report->changes.join(QStringLiteral("; "));
        Office &office = m_office;
        m_db.run([&office, audit] { return office.audit.record(audit); });
        lines.prepend(tr("Router %1 now shows Lango's portal from %2.").arg(m_router.name, report->directory));
    } else {
        lines.prepend(tr("Router %1 already shows the current portal from %2; nothing changed.").arg(m_router.name, report->directory));
    }
    for (const QString &note : report->notes)
        lines << tr("Note: %1").arg(note);
    Q_EMIT finished(true, lines.join(QLatin1Char('\n')), false);
}

void PortalInstallJob::cancel()
{
    m_cancelled = true;
    if (m_installer)
        m_installer->cancel();
}

} // namespace lango::app
