#pragma once

#include "app/portal/portalinstaller.h"
#include "models/auditlog.h"
#include "models/router.h"

#include <QObject>
#include <QPointer>

namespace lango::models {
class DbExecutor;
}

namespace lango::app {

class Office;

// "Install portal" for the desktop: renders on the database executor, then
// runs the installer over a connection of its own on this object's thread
// (the desk's services thread: app::LocalServices), where the router API
// is asynchronous. Emits finished() once; delete it after that.
class PortalInstallJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalInstallJob)

public:
    struct Outcome
    {
        bool ok = false;
        QString summary;            // what changed, or why it failed
        bool needsApiUrl = false;   // ask for the server's public address and start again with it
    };

    PortalInstallJob(Office &office, models::DbExecutor &db, models::Router router, models::AuditEntry audit,
                     QObject *parent = nullptr);

    // The address Lango's own HTTP server serves the portal at (the desk's
    // services know it: the demo's, or [http] public_url); used unless
    // start() is given one, so the desk does not ask for it.
    void setPublicUrl(const QString &url) { m_publicUrl = url; }
    // `apiUrl` non-empty: kept as the office setting portal.api_url first.
    void start(const QString &apiUrl = {});
    void cancel();

Q_SIGNALS:
    void progressed(int done, int total, const QString &step);
    // `summary`: what changed, or why it failed. `needsApiUrl`: ask for the
    // server's public address and start again with it.
    void finished(bool ok, const QString &summary, bool needsApiUrl);

private:
    void run(const PortalBundle &bundle);
    void done(const Result<PortalInstallReport> &report);

    Office &m_office;
    models::DbExecutor &m_db;
    models::Router m_router;
    models::AuditEntry m_audit;
    QString m_publicUrl;
    QPointer<PortalInstaller> m_installer;
    bool m_cancelled = false;
};

} // namespace lango::app
