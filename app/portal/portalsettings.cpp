#include "app/portal/portalsettings.h"

#include "app/core/office.h"

#include <QUrl>

namespace lango::app {

Result<PortalBranding> PortalSettings::branding(Office &office)
{
    PortalBranding branding;
    const std::pair<const char *, QString *> text[] = {
        {"office.name", &branding.officeName}, {"office.phone", &branding.phone}, {"office.color", &branding.color}};
    for (const auto &[key, target] : text) {
        auto value = office.settings.value(QString::fromLatin1(key));
        if (!value)
            return fromModels(value.error());
        *target = *value;
    }
    auto logo = office.settings.value(QStringLiteral("office.logo"));
    if (!logo)
        return fromModels(logo.error());
    branding.logoPng = QByteArray::fromBase64(logo->toLatin1());
    return branding;
}

Result<QString> PortalSettings::apiUrl(Office &office, const QString &publicUrl)
{
    if (!publicUrl.trimmed().isEmpty())
        return publicUrl.trimmed();
    auto stored = office.settings.value(apiUrlKey());
    if (!stored)
        return fromModels(stored.error());
    if (!stored->trimmed().isEmpty())
        return stored->trimmed();
    return Error{ErrorCode::BadInput,
                 tr("Lango does not know the address phones and routers reach it at. On the server, set [http] public_url "
                    "in the configuration file; on a desk, give it once: `lango router install-portal NAME "
                    "https://hotspot.example.co.ke` keeps it as the office setting portal.api_url."), apiUrlKey()};
}

Result<void> PortalSettings::setApiUrl(Office &office, const QString &url)
{
    const QUrl parsed(url.trimmed());
    if (!parsed.isValid() || parsed.host().isEmpty()
        || (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https")))
        return Error{ErrorCode::BadInput,
                     tr("\"%1\" is not a web address. Give the Lango server's public address, such as "
                        "https://hotspot.example.co.ke.").arg(url), {}};
    QString clean = parsed.toString(QUrl::StripTrailingSlash);
    if (auto stored = office.settings.setValue(apiUrlKey(), clean); !stored)
        return fromModels(stored.error());
    return {};
}

Result<void> PortalSettings::setLoginUrl(Office &office, const QString &url)
{
    QString clean;
    if (!url.trimmed().isEmpty()) {
        const QUrl parsed(url.trimmed());
        if (!parsed.isValid() || parsed.host().isEmpty()
            || (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https")))
            return Error{ErrorCode::BadInput,
                         tr("\"%1\" is not a web address. Give the hotspot's login page as phones on the WiFi open it, "
                            "such as http://login.wifi/login.").arg(url), {}};
        clean = parsed.toString();
    }
    if (auto stored = office.settings.setValue(loginUrlKey(), clean); !stored)
        return fromModels(stored.error());
    return {};
}

Result<PortalBundle> PortalSettings::render(Office &office, const QString &publicUrl, const QString &routerName)
{
    auto url = apiUrl(office, publicUrl);
    if (!url)
        return url.error();
    auto look = branding(office);
    if (!look)
        return look.error();
    return PortalRenderer::render(*look, *url, routerName);
}

} // namespace lango::app
