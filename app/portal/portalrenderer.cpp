#include "app/portal/portalrenderer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace lango::app {

namespace {

// The servlet pages and their helpers (routeros-api.md 8). flogin.html is
// left out on purpose: without it the router shows login.html with $(error).
const QStringList kTemplates{
    QStringLiteral("login.html"),  QStringLiteral("alogin.html"),    QStringLiteral("status.html"),
    QStringLiteral("logout.html"), QStringLiteral("error.html"),     QStringLiteral("rlogin.html"),
    QStringLiteral("redirect.html"), QStringLiteral("lango.css"),    QStringLiteral("lango.js"),
    QStringLiteral("md5.js"),
};

QByteArray resource(const QString &name)
{
    QFile file(QStringLiteral(":/portal/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray contentTypeOf(const QString &name)
{
    if (name.endsWith(QLatin1String(".html")))
        return QByteArrayLiteral("text/html; charset=utf-8");
    if (name.endsWith(QLatin1String(".js")))
        return QByteArrayLiteral("application/javascript; charset=utf-8");
    if (name.endsWith(QLatin1String(".css")))
        return QByteArrayLiteral("text/css; charset=utf-8");
    if (name.endsWith(QLatin1String(".png")))
        return QByteArrayLiteral("image/png");
    return QByteArrayLiteral("text/plain; charset=utf-8");
}

// The brand colour mixed with white: the background of a chosen package.
QString lighter(const QString &hex)
{
    QString out = QStringLiteral("#");
    for (int i = 1; i < 7; i += 2) {
        const int channel = hex.mid(i, 2).toInt(nullptr, 16);
        out += QStringLiteral("%1").arg(channel + (255 - channel) * 88 / 100, 2, 16, QLatin1Char('0'));
    }
    return out;
}

} // namespace

QString PortalFile::sha256() const
{
    return QString::fromLatin1(QCryptographicHash::hash(contents, QCryptographicHash::Sha256).toHex());
}

const PortalFile *PortalBundle::file(const QString &name) const
{
    for (const PortalFile &f : files) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

qint64 PortalBundle::pageWeight() const
{
    qint64 total = 0;
    for (const PortalFile &f : files)
        total += f.contents.size();
    return total;
}

QByteArray PortalBundle::marker() const
{
    QByteArray text = "# Lango captive portal, written by `lango router install-portal`. Do not edit.\n";
    text += "version=" LANGO_VERSION "\n";
    text += "router=" + router.toUtf8() + '\n';
    text += "api=" + apiUrl.toUtf8() + '\n';
    text += "hash=" + hash.toLatin1() + '\n';
    for (const PortalFile &f : files)
        text += "file=" + f.name.toUtf8() + ' ' + f.sha256().toLatin1() + ' ' + QByteArray::number(f.contents.size()) + '\n';
    return text;
}

PortalMarker PortalRenderer::parseMarker(const QString &text)
{
    PortalMarker marker;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (line.startsWith(QLatin1Char('#')) || eq < 0)
            continue;
        const QString key = line.left(eq);
        const QString value = line.mid(eq + 1);
        if (key == QLatin1String("version"))
            marker.version = value;
        else if (key == QLatin1String("hash"))
            marker.hash = value;
        else if (key == QLatin1String("api"))
            marker.apiUrl = value;
        else if (key == QLatin1String("router"))
            marker.router = value;
        else if (key == QLatin1String("file"))
            marker.files.insert(value.section(QLatin1Char(' '), 0, 0), value.section(QLatin1Char(' '), 1, 1));
    }
    return marker;
}

QString PortalRenderer::escapeHtml(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QLatin1Char('$'), QStringLiteral("&#36;"));
    return out;
}

QByteArray PortalRenderer::scriptJson(const QJsonObject &object)
{
    QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    json.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026").replace('$', "\\u0024");
    json.replace("\xe2\x80\xa8", "\\u2028").replace("\xe2\x80\xa9", "\\u2029");   // line breaks to old JS parsers
    return json;
}

Result<PortalBundle> PortalRenderer::render(const PortalBranding &branding, const QString &apiUrl, const QString &routerName)
{
    const QUrl api(apiUrl);
    if (!api.isValid() || api.host().isEmpty() || (api.scheme() != QLatin1String("http") && api.scheme() != QLatin1String("https")))
        return Error{ErrorCode::BadInput,
                     tr("\"%1\" is not an address phones can reach Lango at. Use the server's public address, such as "
                        "https://hotspot.example.co.ke.").arg(apiUrl), {}};
    if (routerName.trimmed().isEmpty())
        return Error{ErrorCode::BadInput, tr("Say which router the portal is for."), {}};

    PortalBundle bundle;
    bundle.router = routerName;
    bundle.apiUrl = apiUrl.endsWith(QLatin1Char('/')) ? apiUrl.chopped(1) : apiUrl;

    static const QRegularExpression hexColor(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    QString color = branding.color.trimmed().toLower();
    if (!hexColor.match(color).hasMatch()) {
        if (!color.isEmpty())
            bundle.warnings << tr("The office colour \"%1\" is not a colour like #1b7f3b; the portal uses its default.").arg(color);
        color = defaultColor();
    }
    QByteArray logoTag;
    bool withLogo = false;
    if (!branding.logoPng.isEmpty()) {
        if (!branding.logoPng.startsWith("\x89PNG\r\n\x1a\n")) {
            bundle.warnings << tr("The office logo is not a PNG picture; the portal shows no logo.");
        } else if (branding.logoPng.size() > MaxLogoBytes) {
            bundle.warnings << tr("The office logo is %1 KB; the portal shows logos up to %2 KB so pages load fast on weak "
                                  "connections. Save a smaller PNG as the office logo.")
                                   .arg((branding.logoPng.size() + 1023) / 1024).arg(MaxLogoBytes / 1024);
        } else {
            withLogo = true;
            logoTag = "<img class=\"logo\" src=\"/logo.png\" alt=\"\">";
        }
    }
    const QString officeName = branding.officeName.trimmed().isEmpty() ? tr("WiFi") : branding.officeName.trimmed();
    const QJsonObject config{{QStringLiteral("api"), bundle.apiUrl}, {QStringLiteral("router"), routerName},
                             {QStringLiteral("phone"), branding.phone.trimmed()}};
    const QList<std::pair<QByteArray, QByteArray>> fills{
        {"{{buy}}", resource(QStringLiteral("buy.part"))},   // first: the part has placeholders of its own
        {"{{office_name}}", escapeHtml(officeName).toUtf8()},
        {"{{phone}}", escapeHtml(branding.phone.trimmed()).toUtf8()},
        {"{{logo}}", logoTag},
        {"{{config}}", scriptJson(config)},
        {"{{color_light}}", lighter(color).toLatin1()},
        {"{{color}}", color.toLatin1()},
    };
    for (const QString &name : kTemplates) {
        QByteArray text = resource(name);
        if (text.isEmpty())
            return Error{ErrorCode::Internal, tr("The portal page %1 is missing from this Lango build.").arg(name), {}};
        for (const auto &[placeholder, value] : fills)
            text.replace(placeholder, value);
        if (text.contains("{{"))
            return Error{ErrorCode::Internal, tr("The portal page %1 has a placeholder Lango does not fill.").arg(name),
                         QString::fromUtf8(text.mid(text.indexOf("{{"), 40))};
        bundle.files << PortalFile{name, text, contentTypeOf(name)};
    }
    // The logo last: it goes only if pages and logo together stay light.
    if (withLogo) {
        if (bundle.pageWeight() + branding.logoPng.size() < MaxPageWeight) {
            bundle.files << PortalFile{QStringLiteral("logo.png"), branding.logoPng, contentTypeOf(QStringLiteral("logo.png"))};
        } else {
            bundle.warnings << tr("With the office logo the portal would weigh %1 KB; it must stay under %2 KB so pages load "
                                  "fast on weak connections. The portal shows no logo: save a smaller PNG as the office logo.")
                                   .arg((bundle.pageWeight() + branding.logoPng.size() + 1023) / 1024).arg(MaxPageWeight / 1024);
            for (PortalFile &f : bundle.files)
                f.contents.replace(logoTag, QByteArray());
        }
    }
    std::sort(bundle.files.begin(), bundle.files.end(), [](const PortalFile &a, const PortalFile &b) { return a.name < b.name; });
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const PortalFile &f : std::as_const(bundle.files)) {
        hash.addData(f.name.toUtf8() + '\0');
        hash.addData(f.contents + '\0');
    }
    bundle.hash = QString::fromLatin1(hash.result().toHex());
    return bundle;
}

} // namespace lango::app
