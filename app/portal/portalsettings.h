#pragma once

#include "app/portal/portalrenderer.h"

#include <QCoreApplication>

namespace lango::app {

class Office;

// Where the portal's branding and address come from: office settings
// ("office.name", "office.phone", "office.logo" (PNG, base64),
// "office.color") and the address phones reach Lango at: [http] public_url
// of the configuration, else the office setting "portal.api_url" (a desk has
// no configuration file). Also the hotspot's login page that voucher QR
// codes open ("hotspot.login_url"), learnt from the router when the portal
// is installed. Blocking database reads: call off the GUI thread.
class PortalSettings final
{
    Q_DECLARE_TR_FUNCTIONS(PortalSettings)

public:
    static QString apiUrlKey() { return QStringLiteral("portal.api_url"); }
    static QString loginUrlKey() { return QStringLiteral("hotspot.login_url"); }

    [[nodiscard]] static Result<PortalBranding> branding(Office &office);
    [[nodiscard]] static Result<QString> apiUrl(Office &office, const QString &publicUrl);
    // Checks and stores the office setting portal.api_url.
    [[nodiscard]] static Result<void> setApiUrl(Office &office, const QString &url);
    // Checks and stores hotspot.login_url (empty: the default); an
    // http(s) address with a host, such as http://login.wifi/login.
    [[nodiscard]] static Result<void> setLoginUrl(Office &office, const QString &url);
    [[nodiscard]] static Result<PortalBundle> render(Office &office, const QString &publicUrl, const QString &routerName);
};

} // namespace lango::app
