#include "app/portal/portalinstaller.h"

#include "app/routers/routerprofiles.h"
#include "routeros/apiconnection.h"
#include "routeros/command.h"
#include "routeros/hotspotapi.h"
#include "routeros/sentence.h"
#include "routeros/systemapi.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace lango::app {

namespace {

const int kFetchTimeoutMs = 60000;   // a page over a slow uplink
const int kReadChunkBytes = 32768;   // the most /file/read gives per call

QString apiHost(const PortalBundle &bundle)
{
    return QUrl(bundle.apiUrl).host();
}

bool isHttps(const PortalBundle &bundle)
{
    return QUrl(bundle.apiUrl).scheme() == QLatin1String("https");
}

// Where Lango's pages go: next to the router's own (flash/ on routers whose
// files live on flash, RouterOS 7), or where an earlier install put them.
QString chooseDirectory(const PortalInspection &in, const QStringList &fileNames)
{
    bool flash = false;
    for (const QString &profile : in.profiles) {
        const QString dir = in.htmlDirectories.value(profile);
        if (dir == QLatin1String("lango") || dir.endsWith(QLatin1String("/lango")))
            return dir;
        flash = flash || dir.startsWith(QLatin1String("flash/"));
    }
    for (const QString &name : fileNames)
        flash = flash || name.startsWith(QLatin1String("flash/"));
    return flash ? QStringLiteral("flash/lango") : QStringLiteral("lango");
}

QStringList loginMethods(const QString &loginBy)
{
    return loginBy.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QList<PortalFile> filesToSend(const PortalInspection &in, const PortalBundle &bundle)
{
    QList<PortalFile> out;
    for (const PortalFile &f : bundle.files) {
        const bool same = in.sizes.contains(f.name) && PortalInstaller::sizeMatches(in.sizes.value(f.name), f.contents.size())
                          && in.marker && in.marker->files.value(f.name) == f.sha256();
        if (!same)
            out << f;
    }
    return out;
}

QHash<QString, QMap<QString, QString>> profileChanges(const PortalInspection &in)
{
    QHash<QString, QMap<QString, QString>> out;
    for (const QString &profile : in.profiles) {
        QMap<QString, QString> change;
        if (in.htmlDirectories.value(profile) != in.directory)
            change.insert(QStringLiteral("html-directory"), in.directory);
        QStringList methods = loginMethods(in.loginBy.value(profile));
        const QStringList before = methods;
        for (const QString &needed : PortalInstaller::requiredLoginBy()) {
            if (!methods.contains(needed))
                methods << needed;
        }
        if (methods != before)
            change.insert(QStringLiteral("login-by"), methods.join(QLatin1Char(',')));
        if (!change.isEmpty())
            out.insert(profile, change);
    }
    return out;
}

} // namespace

QStringList PortalInstaller::requiredLoginBy()
{
    // CHAP for the page's own form, PAP for voucher QR codes and browsers
    // without JavaScript, cookies so a paid device comes back by itself.
    return {QStringLiteral("http-chap"), QStringLiteral("http-pap"), QStringLiteral("cookie"), QStringLiteral("mac-cookie")};
}

PortalInstaller::PortalInstaller(routeros::ApiConnection *connection, PortalBundle bundle, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_hotspot(new routeros::HotspotApi(connection, this))
    , m_system(new routeros::SystemApi(connection, this))
    , m_bundle(std::move(bundle))
{
    m_report.router = m_bundle.router;
    m_report.notes = m_bundle.warnings;
}

PortalInstaller::~PortalInstaller() = default;

bool PortalInstaller::sizeMatches(const QString &printed, qint64 bytes)
{
    bool ok = false;
    const qint64 exact = printed.trimmed().toLongLong(&ok);
    if (ok)
        return exact == bytes;
    static const QRegularExpression unit(QStringLiteral("^([0-9.]+)\\s*(B|KiB|MiB)$"));
    const auto match = unit.match(printed.trimmed());
    if (!match.hasMatch())
        return false;
    const double scale = match.captured(2) == QLatin1String("MiB") ? 1048576.0 : match.captured(2) == QLatin1String("KiB") ? 1024.0 : 1.0;
    const double shown = match.captured(1).toDouble() * scale;
    return std::abs(shown - double(bytes)) <= std::max(0.05 * scale, 0.01 * double(bytes));   // one printed decimal
}

void PortalInstaller::ask(const routeros::Command &command, Handler handler)
{
    if (!m_connection) {
        fail(Error{ErrorCode::Unavailable, tr("The connection to router %1 is gone.").arg(m_bundle.router), {}});
        return;
    }
    m_connection->request(command).then(this, [this, handler](const routeros::Result<routeros::Reply> &reply) {
        if (!reply)
            fail(fromRouteros(reply.error()));
        else
            handler(*reply);
    });
}

void PortalInstaller::fail(const Error &error)
{
    if (auto onError = std::exchange(m_onError, nullptr))
        onError(error);
}

// --- reading ----------------------------------------------------------------

QFuture<Result<PortalInspection>> PortalInstaller::inspect()
{
    auto promise = std::make_shared<QPromise<Result<PortalInspection>>>();
    promise->start();
    m_onError = [promise](const Error &error) {
        promise->addResult(error);
        promise->finish();
    };
    startInspection([this, promise] {
        m_onError = nullptr;
        promise->addResult(m_seen);
        promise->finish();
    });
    return promise->future();
}

void PortalInstaller::startInspection(std::function<void()> done)
{
    m_seen = PortalInspection{};
    ask(routeros::Command(u"/ip/hotspot/print").proplist({QStringLiteral("name"), QStringLiteral("profile")}),
        [this, done](const routeros::Reply &reply) {
            for (const routeros::Sentence &server : reply.items) {
                const QString profile = server.attribute("profile", QStringLiteral("default"));
                if (!m_seen.profiles.contains(profile))
                    m_seen.profiles << profile;
            }
            readProfiles(done);
        });
}

void PortalInstaller::readProfiles(std::function<void()> done)
{
    ask(routeros::Command(u"/ip/hotspot/profile/print")
            .proplist({QStringLiteral("name"), QStringLiteral("html-directory"), QStringLiteral("login-by"),
                       QStringLiteral("dns-name")}),
        [this, done](const routeros::Reply &reply) {
            for (const routeros::Sentence &profile : reply.items) {
                const QString name = profile.attribute("name");
                m_seen.htmlDirectories.insert(name, profile.attribute("html-directory"));
                m_seen.loginBy.insert(name, profile.attribute("login-by"));
                m_seen.dnsNames.insert(name, profile.attribute("dns-name").trimmed());
            }
            readFiles(done);
        });
}

void PortalInstaller::readFiles(std::function<void()> done)
{
    ask(routeros::Command(u"/file/print").proplist({QStringLiteral("name"), QStringLiteral("size")}),
        [this, done](const routeros::Reply &reply) {
            QStringList names;
            for (const routeros::Sentence &file : reply.items)
                names << file.attribute("name");
            m_seen.directory = chooseDirectory(m_seen, names);
            const QString prefix = m_seen.directory + QLatin1Char('/');
            for (const routeros::Sentence &file : reply.items) {
                const QString name = file.attribute("name");
                if (name.startsWith(prefix))
                    m_seen.sizes.insert(name.mid(prefix.size()), file.attribute("size"));
            }
            const QString marker = prefix + PortalRenderer::markerName();
            ask(routeros::Command(u"/file/print").where(u"name", marker).proplist({QStringLiteral("contents")}),
                [this, done](const routeros::Reply &markerReply) {
                    if (!markerReply.items.isEmpty())
                        m_seen.marker = PortalRenderer::parseMarker(markerReply.items.first().attribute("contents"));
                    readGarden(done);
                });
        });
}

void PortalInstaller::readGarden(std::function<void()> done)
{
    ask(routeros::Command(u"/ip/hotspot/walled-garden/print").proplist({QStringLiteral("dst-host")}),
        [this, done](const routeros::Reply &reply) {
            for (const routeros::Sentence &entry : reply.items)
                m_seen.gardenHosts << entry.attribute("dst-host");
            ask(routeros::Command(u"/ip/hotspot/walled-garden/ip/print")
                    .proplist({QStringLiteral("dst-host"), QStringLiteral("dst-address")}),
                [this, done](const routeros::Reply &ipReply) {
                    for (const routeros::Sentence &entry : ipReply.items)
                        m_seen.gardenIpHosts << entry.attribute("dst-host") << entry.attribute("dst-address");
                    done();
                });
        });
}

QString PortalInstaller::loginUrlOf(const PortalInspection &in)
{
    for (const QString &profile : in.profiles) {
        const QString dnsName = in.dnsNames.value(profile);
        if (!dnsName.isEmpty())
            return QStringLiteral("http://%1/login").arg(dnsName);
    }
    return {};
}

PortalVerdict PortalInstaller::judge(const PortalInspection &in, const PortalBundle *bundle)
{
    PortalVerdict verdict;
    if (in.profiles.isEmpty()) {
        verdict.state = PortalState::NoHotspot;
        verdict.reasons << tr("The router has no hotspot server. Run IP > Hotspot > Hotspot Setup on the router first.");
        return verdict;
    }
    if (!in.marker) {
        verdict.state = PortalState::Missing;
        verdict.reasons << tr("Lango's portal is not installed in %1.").arg(in.directory);
        return verdict;
    }
    if (bundle && in.marker->hash != bundle->hash)
        verdict.reasons << tr("The pages on the router (Lango %1) differ from what Lango renders now; office settings, the "
                              "portal address or Lango itself changed.").arg(in.marker->version);
    const QStringList expected = bundle ? [&] { QStringList n; for (const auto &f : bundle->files) n << f.name; return n; }()
                                        : in.marker->files.keys();
    for (const QString &name : expected) {
        if (!in.sizes.contains(name))
            verdict.reasons << tr("%1/%2 is missing on the router.").arg(in.directory, name);
    }
    const auto changes = profileChanges(in);
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (it->contains(QStringLiteral("html-directory")))
            verdict.reasons << tr("Server profile %1 shows pages from %2, not %3.")
                                   .arg(it.key(), in.htmlDirectories.value(it.key()), in.directory);
        if (it->contains(QStringLiteral("login-by")))
            verdict.reasons << tr("Server profile %1 allows login by %2; the portal needs %3.")
                                   .arg(it.key(), in.loginBy.value(it.key()), requiredLoginBy().join(QLatin1Char(',')));
    }
    if (bundle && (!in.gardenHosts.contains(apiHost(*bundle)) || (isHttps(*bundle) && !in.gardenIpHosts.contains(apiHost(*bundle)))))
        verdict.reasons << tr("The walled garden does not let phones reach %1 before they log in.").arg(apiHost(*bundle));
    verdict.state = verdict.reasons.isEmpty() ? PortalState::Current : PortalState::Outdated;
    return verdict;
}

// --- installing -------------------------------------------------------------

QFuture<Result<PortalInstallReport>> PortalInstaller::install()
{
    m_promise = std::make_shared<QPromise<Result<PortalInstallReport>>>();
    m_promise->start();
    auto promise = m_promise;
    m_onError = [promise](const Error &error) {
        promise->addResult(error);
        promise->finish();
    };
    Q_EMIT progressed(0, 0, tr("Reading router %1…").arg(m_bundle.router));
    startInspection([this] { plan(); });
    return m_promise->future();
}

void PortalInstaller::plan()
{
    if (m_seen.profiles.isEmpty()) {
        fail(Error{ErrorCode::Conflict, tr("Router %1 has no hotspot server, so there is nothing to show the portal. Run IP > "
                                           "Hotspot > Hotspot Setup on the router, then install the portal again.")
                                            .arg(m_bundle.router), {}});
        return;
    }
    m_report.directory = m_seen.directory;
    m_report.loginUrl = loginUrlOf(m_seen);
    if (m_report.loginUrl.isEmpty())
        m_report.notes << tr("The hotspot server profile %1 has no DNS name, so voucher QR codes cannot name the router's login "
                             "page. Set one on the router (IP > Hotspot > Server Profiles > DNS Name, e.g. login.wifi) and "
                             "install the portal again; until then the cards point at %2.")
                              .arg(m_seen.profiles.join(QStringLiteral(", ")), QStringLiteral("http://login.wifi/login"));
    m_toSend = filesToSend(m_seen, m_bundle);
    m_markerStale = !m_toSend.isEmpty() || !m_seen.marker || m_seen.marker->hash != m_bundle.hash;
    m_profileChanges = profileChanges(m_seen);
    m_gardenMissing = !m_seen.gardenHosts.contains(apiHost(m_bundle));
    // HTTPS is not seen by the hotspot's HTTP walled garden: it needs an IP-level entry.
    m_gardenIpMissing = isHttps(m_bundle) && !m_seen.gardenIpHosts.contains(apiHost(m_bundle));
    // One step per file, the size check, the marker, each profile and each garden entry.
    m_total = int(m_toSend.size()) + (m_toSend.isEmpty() ? 0 : 1) + (m_markerStale ? 1 : 0) + int(m_profileChanges.size())
              + (m_gardenMissing ? 1 : 0) + (m_gardenIpMissing ? 1 : 0);
    sendNext();
}

void PortalInstaller::step(const QString &text)
{
    Q_EMIT progressed(m_done++, m_total, text);
}

bool PortalInstaller::stopped()
{
    if (!m_cancelled)
        return false;
    fail(Error{ErrorCode::Conflict, tr("Installing the portal on router %1 was cancelled. The hotspot still shows the pages it "
                                       "showed before.").arg(m_bundle.router), {}});
    return true;
}

void PortalInstaller::sendNext()
{
    if (stopped())
        return;
    if (m_toSend.isEmpty()) {
        verify();
        return;
    }
    const PortalFile file = m_toSend.takeFirst();
    m_sent << file;
    step(tr("Router %1 is downloading %2…").arg(m_bundle.router, file.name));
    const QString url = m_bundle.apiUrl + QStringLiteral("/portal/") + QString::fromLatin1(QUrl::toPercentEncoding(m_bundle.router))
                        + QLatin1Char('/') + file.name;
    routeros::Command fetch(u"/tool/fetch");
    fetch.attr(u"url", url).attr(u"dst-path", m_seen.directory + QLatin1Char('/') + file.name);
    if (isHttps(m_bundle))
        fetch.attr(u"check-certificate", u"no");   // routers rarely hold CA certificates; sizes are checked after
    routeros::CommandOptions options;
    options.timeoutMs = kFetchTimeoutMs;
    m_connection->request(fetch, options).then(this, [this, file](const routeros::Result<routeros::Reply> &reply) {
        if (reply) {
            sendNext();
            return;
        }
        sendByApi(file, reply.error().detail.isEmpty() ? reply.error().message : reply.error().detail);
    });
}

void PortalInstaller::sendByApi(const PortalFile &file, const QString &why)
{
    const bool text = !file.name.endsWith(QLatin1String(".png"));
    if (!text || file.contents.size() > ApiWriteLimit) {
        fail(Error{ErrorCode::Upstream,
                   tr("Router %1 could not download %2 from %3 (%4). Check that the Lango server is running at that address and "
                      "that the router reaches it: in the router's terminal, /tool fetch url=%3/portal/%1/%2 must work.")
                       .arg(m_bundle.router, file.name, m_bundle.apiUrl, why), {}});
        return;
    }
    m_viaApi << file.name;
    m_system->putFile(m_seen.directory + QLatin1Char('/') + file.name, QString::fromUtf8(file.contents))
        .then(this, [this](const routeros::Result<void> &written) {
            if (!written)
                fail(fromRouteros(written.error()));
            else
                sendNext();
        });
}

void PortalInstaller::verify()
{
    if (m_sent.isEmpty()) {
        writeMarker();
        return;
    }
    step(tr("Checking the files on router %1…").arg(m_bundle.router));
    ask(routeros::Command(u"/file/print").proplist({QStringLiteral("name"), QStringLiteral("size")}),
        [this](const routeros::Reply &reply) {
            QHash<QString, QString> sizes;
            for (const routeros::Sentence &file : reply.items)
                sizes.insert(file.attribute("name"), file.attribute("size"));
            for (const PortalFile &file : std::as_const(m_sent)) {
                const QString path = m_seen.directory + QLatin1Char('/') + file.name;
                if (!sizeMatches(sizes.value(path), file.contents.size())) {
                    fail(Error{ErrorCode::Conflict,
                               tr("Router %1 holds %2 bytes of %3 where Lango rendered %4. The server at %5 serves other pages "
                                  "(another Lango version, or other office settings): update it, then install again.")
                                   .arg(m_bundle.router, sizes.value(path, QStringLiteral("0")), path)
                                   .arg(file.contents.size()).arg(m_bundle.apiUrl), {}});
                    return;
                }
            }
            m_toCheck = m_sent;
            verifyContents();
        });
}

void PortalInstaller::verifyContents()
{
    if (stopped())
        return;
    if (m_toCheck.isEmpty()) {
        const int fetched = int(m_sent.size() - m_viaApi.size());
        m_report.changes << tr("%n file(s) downloaded by the router from %1/portal/%2/", nullptr, fetched)
                                .arg(m_bundle.apiUrl, m_bundle.router);
        if (!m_viaApi.isEmpty())
            m_report.changes << tr("written through the API because the download failed: %1").arg(m_viaApi.join(QStringLiteral(", ")));
        if (!m_unverified.isEmpty())
            m_report.notes << tr("RouterOS on %1 cannot show the contents of larger files (RouterOS 7.13 or newer can), so only the "
                                 "size of %2 was checked.").arg(m_bundle.router, m_unverified.join(QStringLiteral(", ")));
        writeMarker();
        return;
    }
    readBack(m_toCheck.takeFirst(), 0, {});
}

void PortalInstaller::readBack(const PortalFile &file, qint64 offset, QByteArray soFar)
{
    const QString path = m_seen.directory + QLatin1Char('/') + file.name;
    routeros::Command read(u"/file/read");
    read.attr(u"file", path).attr(u"offset", QString::number(offset)).attr(u"chunk-size", QString::number(kReadChunkBytes));
    m_connection->request(read).then(this, [this, file, offset, soFar, path](const routeros::Result<routeros::Reply> &reply) mutable {
        if (stopped())
            return;
        if (!reply) {
            if (!reply.error().detail.contains(QLatin1String("no such command"))) {
                fail(fromRouteros(reply.error()));
                return;
            }
            // Older RouterOS: /file/print shows the contents of small text files.
            if (file.name.endsWith(QLatin1String(".png"))) {
                m_unverified << file.name;
                verifyContents();
                return;
            }
            ask(routeros::Command(u"/file/print").where(u"name", path).proplist({QStringLiteral("contents")}),
                [this, file](const routeros::Reply &printed) {
                    const auto contents = printed.items.isEmpty() ? std::nullopt : printed.items.first().rawAttribute("contents");
                    if (!contents || (contents->isEmpty() && !file.contents.isEmpty())) {
                        m_unverified << file.name;
                        verifyContents();
                        return;
                    }
                    compareContents(file, *contents);
                });
            return;
        }
        const auto data = reply->items.isEmpty() ? std::nullopt : reply->items.first().rawAttribute("data");
        if (data)
            soFar += *data;
        // More than rendered is as wrong as different: stop reading there.
        if (data && !data->isEmpty() && soFar.size() <= file.contents.size()) {
            readBack(file, offset + data->size(), std::move(soFar));
            return;
        }
        compareContents(file, soFar);
    });
}

void PortalInstaller::compareContents(const PortalFile &file, const QByteArray &onRouter)
{
    if (onRouter != file.contents) {
        fail(Error{ErrorCode::Conflict,
                   tr("Router %1 holds a different %2 than Lango rendered, though of the same size. Someone or something between "
                      "the router and %3 changed it: check the server's address and its HTTPS, then install again.")
                       .arg(m_bundle.router, file.name, m_bundle.apiUrl), {}});
        return;
    }
    verifyContents();
}

void PortalInstaller::writeMarker()
{
    if (stopped())
        return;
    if (!m_markerStale) {
        setProfiles();
        return;
    }
    step(tr("Recording the installed version…"));
    const QString path = m_seen.directory + QLatin1Char('/') + PortalRenderer::markerName();
    m_system->putFile(path, QString::fromUtf8(m_bundle.marker())).then(this, [this, path](const routeros::Result<void> &written) {
        if (!written) {
            fail(fromRouteros(written.error()));
            return;
        }
        m_report.changes << tr("%1 records the installed pages").arg(path);
        setProfiles();
    });
}

void PortalInstaller::setProfiles()
{
    if (stopped())
        return;
    if (m_profileChanges.isEmpty()) {
        ensureGarden();
        return;
    }
    const QString profile = m_profileChanges.begin().key();
    const QMap<QString, QString> change = m_profileChanges.take(profile);
    step(tr("Pointing hotspot profile %1 at the portal…").arg(profile));
    m_hotspot->setServerProfile(profile, change).then(this, [this, profile, change](const routeros::Result<void> &set) {
        if (!set) {
            fail(fromRouteros(set.error()));
            return;
        }
        for (auto it = change.cbegin(); it != change.cend(); ++it)
            m_report.changes << tr("server profile %1: %2 %3 (was %4)")
                                    .arg(profile, it.key(), it.value(),
                                         it.key() == QLatin1String("login-by") ? m_seen.loginBy.value(profile)
                                                                                : m_seen.htmlDirectories.value(profile));
        setProfiles();
    });
}

void PortalInstaller::ensureGarden()
{
    if (stopped())
        return;
    if (!m_gardenMissing) {
        ensureGardenIp();
        return;
    }
    step(tr("Letting phones reach %1 before they log in…").arg(apiHost(m_bundle)));
    routeros::WalledGardenEntry entry;
    entry.dstHost = apiHost(m_bundle);
    entry.comment = QStringLiteral("lango: portal API");
    m_hotspot->ensureWalledGarden({entry}).then(this, [this](const routeros::Result<int> &added) {
        if (!added) {
            fail(fromRouteros(added.error()));
            return;
        }
        m_report.changes << tr("walled garden: allows %1").arg(apiHost(m_bundle));
        ensureGardenIp();
    });
}

void PortalInstaller::ensureGardenIp()
{
    if (!m_gardenIpMissing) {
        finish();
        return;
    }
    const QString host = apiHost(m_bundle);
    step(tr("Letting phones reach %1 over HTTPS before they log in…").arg(host));
    routeros::Command add(u"/ip/hotspot/walled-garden/ip/add");
    add.attr(QHostAddress(host).isNull() ? u"dst-host" : u"dst-address", host)
        .attr(u"action", u"accept").attr(u"comment", u"lango: portal API (https)");
    ask(add, [this, host](const routeros::Reply &) {
        m_report.changes << tr("walled garden (IP): allows %1").arg(host);
        finish();
    });
}

void PortalInstaller::finish()
{
    m_onError = nullptr;
    Q_EMIT progressed(m_total, m_total, tr("Done."));
    m_promise->addResult(m_report);
    m_promise->finish();
}

} // namespace lango::app
