#pragma once

#include "app/core/error.h"
#include "app/portal/portalrenderer.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QPromise>

#include <functional>
#include <memory>
#include <optional>

namespace lango::routeros {
class ApiConnection;
class Command;
class HotspotApi;
class SystemApi;
struct Reply;
}

namespace lango::app {

// What a router holds of the portal, read in one pass.
struct PortalInspection
{
    QStringList profiles;                      // server profiles the hotspot servers use
    QHash<QString, QString> htmlDirectories;   // profile -> html-directory
    QHash<QString, QString> loginBy;           // profile -> login-by
    QHash<QString, QString> dnsNames;          // profile -> dns-name (the hotspot's own web name)
    QString directory;                         // where Lango's portal lives, or will
    QHash<QString, QString> sizes;             // files in `directory` -> size as printed
    std::optional<PortalMarker> marker;
    QStringList gardenHosts;                   // /ip/hotspot/walled-garden dst-host
    QStringList gardenIpHosts;                 // /ip/hotspot/walled-garden/ip dst-host and dst-address
};

enum class PortalState { NoHotspot, Missing, Outdated, Current };

struct PortalVerdict
{
    PortalState state = PortalState::Missing;
    QStringList reasons;   // what differs, one sentence each
};

struct PortalInstallReport
{
    QString router;
    QString directory;
    QStringList changes;   // one sentence per change; empty when nothing changed
    QStringList notes;     // warnings for staff
    // The hotspot's login page by the server profile's DNS name
    // ("http://login.wifi/login"), for voucher QR codes; empty when no
    // profile has a DNS name (a note then says what to do).
    QString loginUrl;
    bool changed() const { return !changes.isEmpty(); }
};

// Puts a rendered portal on a router and points the hotspot at it, through
// the RouterOS API. Files travel by /tool/fetch: the router downloads each
// one from Lango's GET /portal/{router}/{file}, because /file contents
// written through the API are limited (~4 KB); a file whose fetch fails is
// written through the API instead when it is small enough. Then the sizes
// are checked, then each file's contents are read back and compared (a
// same-size replacement fails the install), a marker file records what is installed, the server profiles
// get html-directory and login-by, and the walled garden lets phones reach
// the portal API. Every step first looks, so a second run changes nothing.
class PortalInstaller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalInstaller)

public:
    static constexpr int ApiWriteLimit = 4000;
    static QStringList requiredLoginBy();

    PortalInstaller(routeros::ApiConnection *connection, PortalBundle bundle, QObject *parent = nullptr);
    ~PortalInstaller() override;

    [[nodiscard]] QFuture<Result<PortalInspection>> inspect();
    [[nodiscard]] QFuture<Result<PortalInstallReport>> install();
    // Stops before the next step; the router keeps showing its old pages.
    void cancel() { m_cancelled = true; }

    // The login page address from the profiles' DNS names; empty when none has one.
    static QString loginUrlOf(const PortalInspection &inspection);
    // What differs between the router and `bundle` (null: the marker alone).
    static PortalVerdict judge(const PortalInspection &inspection, const PortalBundle *bundle);
    // A size as /file/print shows it ("5321", or "12.3KiB" on some builds).
    static bool sizeMatches(const QString &printed, qint64 bytes);

Q_SIGNALS:
    void progressed(int done, int total, const QString &step);

private:
    using Handler = std::function<void(const routeros::Reply &)>;
    void ask(const routeros::Command &command, Handler handler);
    void fail(const Error &error);
    void startInspection(std::function<void()> done);
    void readProfiles(std::function<void()> done);
    void readFiles(std::function<void()> done);
    void readGarden(std::function<void()> done);
    void plan();
    void step(const QString &text);
    bool stopped();
    void sendNext();
    void sendByApi(const PortalFile &file, const QString &why);
    void verify();
    // Reads each sent file back (/file/read; /file/print contents on older
    // RouterOS) and compares it byte for byte with what Lango rendered.
    void verifyContents();
    void readBack(const PortalFile &file, qint64 offset, QByteArray soFar);
    void compareContents(const PortalFile &file, const QByteArray &onRouter);
    void writeMarker();
    void setProfiles();
    void ensureGarden();
    void ensureGardenIp();
    void finish();

    QPointer<routeros::ApiConnection> m_connection;
    routeros::HotspotApi *m_hotspot;
    routeros::SystemApi *m_system;
    PortalBundle m_bundle;
    PortalInspection m_seen;
    PortalInstallReport m_report;
    std::function<void(const Error &)> m_onError;
    std::shared_ptr<QPromise<Result<PortalInstallReport>>> m_promise;
    QList<PortalFile> m_toSend;
    QList<PortalFile> m_sent;
    QStringList m_viaApi;
    QList<PortalFile> m_toCheck;
    QStringList m_unverified;   // no way to read them back on this RouterOS
    QHash<QString, QMap<QString, QString>> m_profileChanges;
    bool m_markerStale = false;
    bool m_gardenMissing = false;
    bool m_gardenIpMissing = false;
    int m_done = 0;
    int m_total = 0;
    bool m_cancelled = false;
};

} // namespace lango::app
