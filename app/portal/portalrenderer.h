#pragma once

#include "app/core/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

class QJsonObject;

namespace lango::app {

// What the captive portal shows of the office (office settings).
struct PortalBranding
{
    QString officeName;
    QString phone;        // support number, shown as a tel: link
    QString color;        // "#1b7f3b"; empty or invalid: the default
    QByteArray logoPng;   // empty: no logo
};

struct PortalFile
{
    QString name;            // "login.html", as on the router
    QByteArray contents;
    QByteArray contentType;  // for the HTTP route the router fetches from
    QString sha256() const;
};

// The marker file on the router: which rendering is installed.
struct PortalMarker
{
    QString version;                   // Lango's
    QString hash;                      // over every file, as PortalBundle::hash
    QString apiUrl;
    QString router;
    QHash<QString, QString> files;     // name -> sha256
};

// The portal rendered for one router: the pages with branding, API address
// and router name filled in, the router's own $(...) variables untouched.
struct PortalBundle
{
    QString router;
    QString apiUrl;
    QList<PortalFile> files;   // without the marker
    QString hash;
    QStringList warnings;      // sentences for staff, e.g. the logo was left out

    const PortalFile *file(const QString &name) const;
    // Bytes a phone may load: every file, the office's logo included (every
    // page shows it).
    qint64 pageWeight() const;
    QByteArray marker() const;
};

class PortalRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(PortalRenderer)

public:
    static QString markerName() { return QStringLiteral("lango-portal.txt"); }
    // Phones on weak links load every page with the logo: pages, scripts and
    // logo together stay under MaxPageWeight (the pages are about 44 KB).
    static constexpr qint64 MaxPageWeight = 60 * 1024;
    static constexpr qint64 MaxLogoBytes = 12 * 1024;
    static QString defaultColor() { return QStringLiteral("#1b7f3b"); }

    [[nodiscard]] static Result<PortalBundle> render(const PortalBranding &branding, const QString &apiUrl,
                                                     const QString &routerName);
    static PortalMarker parseMarker(const QString &text);

    // Text made safe for HTML, where the router would also expand "$(".
    static QString escapeHtml(const QString &text);
    // JSON for an inline <script>: no "</script>", no "$(" for the router.
    static QByteArray scriptJson(const QJsonObject &object);
};

} // namespace lango::app
