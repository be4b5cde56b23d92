#pragma once

#include "app/portalinstaller.h"
#include "models/auditlog.h"
#include "models/router.h"

#include <QObject>
#include <QPointer>

namespace lango::models {
class DbExecutor;
}

namespace lango::app {

class Office;

// "Install portal" for the desktop, never blocking the calling (GUI)
// thread: renders on the database executor, then runs the installer over a
// connection of its own on this thread, where the router API is
// asynchronous. Emits finished() once; delete it after that.
class PortalInstallJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalInstallJob)

public:
    PortalInstallJob(Office &office, models::DbExecutor &db, models::Router router, models::AuditEntry audit,
                     QObject *parent = nullptr);

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
    QPointer<PortalInstaller> m_installer;
    bool m_cancelled = false;
};

} // namespace lango::app
