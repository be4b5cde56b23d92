#include "app/cli/portalcli.h"

#include "app/cli/clicommand.h"
#include "app/cli/cliutil.h"
#include "app/cli/routeractions.h"
#include "app/core/office.h"
#include "app/portal/portalinstaller.h"
#include "app/portal/portalsettings.h"
#include "app/core/startup.h"
#include "routeros/apiconnection.h"

#include <QJsonArray>

namespace lango::app::cli {

Result<PortalBundle> PortalCli::bundleFor(const QString &routerName, const QString &givenUrl)
{
    auto office = m_context.office();
    if (!office)
        return office.error();
    if (auto known = (*office)->routers.byName(routerName); !known)
        return fromModels(known.error());
    QString url = givenUrl;
    if (url.isEmpty()) {
        auto environment = m_context.environment();
        if (!environment)
            return environment.error();
        url = environment->settings->config.publicUrl;
    } else if (auto saved = PortalSettings::setApiUrl(**office, url); !saved) {
        return saved.error();
    }
    return PortalSettings::render(**office, url, routerName);
}

int PortalCli::install(const QString &routerName, const QStringList &extraArgs, bool json)
{
    if (extraArgs.size() > 1)
        return m_context.usage(tr("Usage: lango router install-portal NAME [PUBLIC_URL] [--json]"),
                               tr("PUBLIC_URL is the address phones and the router reach Lango at, such as "
                                  "https://hotspot.example.co.ke; it is kept as the office setting portal.api_url.\n"));
    auto bundle = bundleFor(routerName, extraArgs.value(0));
    if (!bundle)
        return m_context.fail(bundle.error());
    auto config = cli::routerConnectionConfig(m_context, routerName);
    if (!config)
        return m_context.fail(config.error());
    routeros::ApiConnection connection(*config);
    PortalInstaller installer(&connection, *bundle);
    if (!json)
        QObject::connect(&installer, &PortalInstaller::progressed, [this](int, int, const QString &step) {
            m_context.err() << step << Qt::endl;
        });
    const auto report = await(installer.install());
    if (!report)
        return m_context.fail(report.error());
    auto office = m_context.office();
    if (!office)
        return m_context.fail(office.error());
    // Voucher QR codes open the hotspot's login page by the name the router gives it.
    if (!report->loginUrl.isEmpty()) {
        // The router is done already: a settings hiccup is a warning, not a failure.
        if (auto saved = PortalSettings::setLoginUrl(**office, report->loginUrl); !saved)
            m_context.err() << tr("warning: the QR login page %1 was not saved: %2").arg(report->loginUrl, saved.error().message)
                            << Qt::endl;
    }
    if (report->changed())
        (void)(*office)->audit.record({0, 0, 0, m_context.actor(), QStringLiteral("router.install_portal"), QStringLiteral("router"),
                                       (*office)->routers.byName(routerName)->id, report->changes.join(QStringLiteral("; "))});
    if (json) {
        cli::printJson(m_context.out(), QJsonObject{
            {QStringLiteral("router"), routerName}, {QStringLiteral("directory"), report->directory},
            {QStringLiteral("changed"), report->changed()}, {QStringLiteral("changes"), QJsonArray::fromStringList(report->changes)},
            {QStringLiteral("notes"), QJsonArray::fromStringList(report->notes)}, {QStringLiteral("hash"), bundle->hash},
            {QStringLiteral("page_weight"), bundle->pageWeight()}, {QStringLiteral("api_url"), bundle->apiUrl},
            {QStringLiteral("login_url"), report->loginUrl}});
        return cli::Ok;
    }
    QTextStream &out = m_context.out();
    for (const QString &change : report->changes)
        out << tr("changed   %1").arg(change) << Qt::endl;
    for (const QString &note : report->notes)
        m_context.err() << tr("warning: %1").arg(note) << Qt::endl;
    if (!report->loginUrl.isEmpty())
        out << tr("Voucher QR codes open %1.").arg(report->loginUrl) << Qt::endl;
    if (report->changed())
        out << tr("Router %1 now shows Lango's portal from %2 (%3 KB of pages; API %4).")
                   .arg(routerName, report->directory).arg(bundle->pageWeight() / 1024).arg(bundle->apiUrl) << Qt::endl;
    else
        out << tr("Router %1 already shows the current portal from %2; nothing changed.").arg(routerName, report->directory)
            << Qt::endl;
    return cli::Ok;
}

PortalCli::Check PortalCli::check(routeros::ApiConnection &connection, const QString &routerName)
{
    Check check;
    auto bundle = bundleFor(routerName, {});
    PortalInstaller installer(&connection, bundle ? *bundle : PortalBundle{});
    const auto seen = await(installer.inspect());
    if (!seen) {
        check.line = tr("portal: not read (%1)").arg(seen.error().message);
        check.json = QJsonObject{{QStringLiteral("state"), QStringLiteral("unknown")}, {QStringLiteral("error"), seen.error().message}};
        return check;
    }
    const PortalVerdict verdict = PortalInstaller::judge(*seen, bundle ? &*bundle : nullptr);
    static const char *const states[] = {"no_hotspot", "missing", "outdated", "current"};
    check.json = QJsonObject{{QStringLiteral("state"), QString::fromLatin1(states[int(verdict.state)])},
                             {QStringLiteral("directory"), seen->directory},
                             {QStringLiteral("version"), seen->marker ? seen->marker->version : QString()},
                             {QStringLiteral("reasons"), QJsonArray::fromStringList(verdict.reasons)}};
    const QString fix = tr("Run `lango router install-portal %1`.").arg(routerName);
    switch (verdict.state) {
    case PortalState::NoHotspot:
        check.line = tr("portal: no hotspot server to show it");
        break;
    case PortalState::Missing:
        check.line = tr("portal: missing");
        check.warning = tr("Lango's captive portal is not installed on this router. %1").arg(fix);
        break;
    case PortalState::Outdated:
        check.line = tr("portal: outdated (Lango %1 in %2)").arg(seen->marker->version, seen->directory);
        check.warning = tr("The captive portal on this router is outdated: %1 %2").arg(verdict.reasons.join(QLatin1Char(' ')), fix);
        break;
    case PortalState::Current:
        check.line = bundle ? tr("portal: up to date (Lango %1 in %2)").arg(seen->marker->version, seen->directory)
                            : tr("portal: installed (Lango %1 in %2); not compared: %3")
                                  .arg(seen->marker->version, seen->directory, bundle.error().message);
        break;
    }
    return check;
}

} // namespace lango::app::cli
