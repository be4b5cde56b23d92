#include "app/routers/routerprofiles.h"

#include "app/core/office.h"
#include "routeros/hotspotscripts.h"

namespace lango::app {

namespace {
const QString kGrantPrefix = QStringLiteral("lango:grant:");
const QString kVoucherPrefix = QStringLiteral("lango:voucher:");
} // namespace

routeros::ProfileSpec RouterProfiles::profileFor(const models::Package &package)
{
    routeros::ProfileSpec spec;
    spec.name = package.profileName();
    spec.rateLimit = package.rateLimit();
    spec.sharedUsers = package.devices;
    // The router starts the clock at first login when Lango has not (vouchers),
    // and binds single-device packages to the first MAC: both hold while
    // Lango is down.
    routeros::OnLoginSpec onLogin;
    onLogin.expireSeconds = package.durationSeconds;
    onLogin.bindMac = package.devices == 1;
    spec.onLogin = routeros::HotspotScripts::onLoginScript(onLogin);
    // A MAC cookie brings a phone back online by itself after it drops off
    // the WiFi, for as long as the package lasts.
    spec.addMacCookie = true;
    spec.macCookieTimeout = package.durationSeconds;
    return spec;
}

routeros::HotspotUser RouterProfiles::userFor(const models::Package &package, const QString &hotspotServer, const QString &name,
                                             const QString &password, const QString &comment)
{
    routeros::HotspotUser user;
    user.name = name;
    user.password = password;
    user.profile = package.profileName();
    user.comment = comment;
    if (!hotspotServer.isEmpty() && hotspotServer != QLatin1String("all"))
        user.server = hotspotServer;
    if (package.uptimeSeconds)
        user.limitUptime = *package.uptimeSeconds;
    if (package.dataBytes)
        user.limitBytesTotal = *package.dataBytes;
    return user;
}

QString RouterProfiles::grantComment(qint64 grantId)
{
    return kGrantPrefix + QString::number(grantId);
}

QString RouterProfiles::voucherComment(qint64 batchId)
{
    return kVoucherPrefix + QString::number(batchId);
}

qint64 RouterProfiles::grantIdFromComment(const QString &comment)
{
    if (!comment.startsWith(kGrantPrefix))
        return 0;
    bool ok = false;
    const qint64 id = comment.mid(kGrantPrefix.size()).toLongLong(&ok);
    return ok ? id : 0;
}

bool RouterProfiles::isVoucherComment(const QString &comment)
{
    return comment.startsWith(kVoucherPrefix);
}

Result<routeros::ConnectionConfig> RouterProfiles::connectionFor(const models::Router &router, const models::SecretBox &box)
{
    auto password = box.open(router.apiPasswordSealed);
    if (!password)
        return fromModels(password.error());
    routeros::ConnectionConfig config;
    config.name = router.name;
    config.host = router.host;
    config.port = static_cast<quint16>(router.port);
    config.tls = router.useTls;
    config.fingerprintSha256 = router.tlsFingerprint;
    config.insecure = router.tlsInsecure;
    config.user = router.apiUser;
    config.password = *password;
    return config;
}

Error fromRouteros(const routeros::Error &error)
{
    ErrorCode code = ErrorCode::Upstream;
    switch (error.code) {
    case routeros::ErrorCode::InvalidInput: code = ErrorCode::BadInput; break;
    case routeros::ErrorCode::NotFound:
    case routeros::ErrorCode::UnknownRouter: code = ErrorCode::NotFound; break;
    case routeros::ErrorCode::AlreadyExists: code = ErrorCode::Conflict; break;
    case routeros::ErrorCode::Refused:
    case routeros::ErrorCode::HostNotFound:
    case routeros::ErrorCode::Unreachable:
    case routeros::ErrorCode::Timeout:
    case routeros::ErrorCode::Disconnected: code = ErrorCode::Unavailable; break;
    default: break;
    }
    return Error{code, error.message, error.detail};
}

} // namespace lango::app
