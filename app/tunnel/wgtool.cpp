#include "app/tunnel/wgtool.h"

#include <QProcess>
#include <QPromise>
#include <QTimer>

#include <memory>

namespace lango::app::tunnel {

namespace {

constexpr int kTimeoutMs = 15000;
constexpr qsizetype kMaxOutput = 8 * 1024 * 1024;   // 8 MiB: tens of thousands of peers

} // namespace

QFuture<Result<QByteArray>> WgTool::run(const QStringList &arguments, const QByteArray &input) const
{
    auto promise = std::make_shared<QPromise<Result<QByteArray>>>();
    promise->start();
    auto *process = new QProcess;
    auto output = std::make_shared<QByteArray>();
    auto finish = [promise, process](Result<QByteArray> result) {
        if (promise->future().isFinished())
            return;
        promise->addResult(std::move(result));
        promise->finish();
        process->deleteLater();
    };
    QObject::connect(process, &QProcess::readyReadStandardOutput, process, [process, output, finish] {
        *output += process->readAllStandardOutput();
        if (output->size() > kMaxOutput) {
            process->kill();
            finish(Error{ErrorCode::Internal, tr("`wg` printed more than 8 MiB; stopped reading it."), {}});
        }
    });
    QObject::connect(process, &QProcess::finished, process, [process, output, finish, tool = *this](int exitCode, QProcess::ExitStatus status) {
        *output += process->readAllStandardOutput();
        if (status != QProcess::NormalExit || exitCode != 0) {
            finish(tool.explain(process->readAllStandardError(), exitCode, true));
            return;
        }
        finish(*output);
    });
    QObject::connect(process, &QProcess::errorOccurred, process, [process, finish, tool = *this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(tool.explain({}, -1, false));
        else if (error == QProcess::Timedout)
            process->kill();
    });
    QTimer::singleShot(kTimeoutMs, process, [process, finish] {
        process->kill();
        finish(Error{ErrorCode::Unavailable, tr("`wg` did not finish within %1 s.").arg(kTimeoutMs / 1000), {}});
    });
    process->start(m_program, arguments);
    if (!input.isEmpty() || arguments.contains(QStringLiteral("/dev/stdin")))
        process->write(input);
    process->closeWriteChannel();
    return promise->future();
}

Error WgTool::explain(const QByteArray &stderrText, int exitCode, bool started) const
{
    const QString said = QString::fromUtf8(stderrText).trimmed().left(500);
    if (!started)
        return Error{ErrorCode::Unavailable,
                     tr("`%1` could not be started: install wireguard-tools on this server (apt install wireguard-tools).")
                         .arg(m_program), {}};
    const bool denied = said.contains(QLatin1String("not permitted")) || said.contains(QLatin1String("Permission denied"));
    if (!denied && (said.contains(QLatin1String("No such device")) || said.contains(QLatin1String("does not exist"))
                    || said.contains(QLatin1String("Unable to access interface"))
                    || said.contains(QLatin1String("Protocol not supported"))))   // no such interface, and no kernel module
        return Error{ErrorCode::Unavailable,
                     tr("The WireGuard interface %1 is not up. Bring it up once with `systemctl enable --now wg-quick@%1` "
                        "(it reads the file Lango keeps).").arg(m_interface), said};
    if (denied)
        return Error{ErrorCode::Unauthorized,
                     tr("Lango may not change the WireGuard interface %1: give the service CAP_NET_ADMIN "
                        "(resources/lango-tunnel.conf, README › Routers behind NAT), or apply the peers yourself after "
                        "each change with `wg syncconf %1 <(wg-quick strip %1)`.").arg(m_interface), said};
    return Error{ErrorCode::Upstream, tr("`wg` failed (exit %1): %2").arg(exitCode).arg(said), {}};
}

QFuture<Result<void>> WgTool::syncConfig(const QByteArray &strippedConfig) const
{
    return run({QStringLiteral("syncconf"), m_interface, QStringLiteral("/dev/stdin")}, strippedConfig)
        .then([](const Result<QByteArray> &result) -> Result<void> {
            if (!result)
                return result.error();
            return {};
        });
}

QFuture<Result<QList<WgPeerState>>> WgTool::peers() const
{
    return run({QStringLiteral("show"), m_interface, QStringLiteral("dump")}, {})
        .then([](const Result<QByteArray> &result) -> Result<QList<WgPeerState>> {
            if (!result)
                return result.error();
            return parseDump(*result);
        });
}

Result<QList<WgPeerState>> WgTool::parseDump(const QByteArray &dump)
{
    QList<WgPeerState> peers;
    const QList<QByteArray> lines = dump.split('\n');
    bool first = true;
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const QList<QByteArray> fields = line.split('\t');
        if (first) {   // the interface: private key, public key, port, fwmark
            first = false;
            if (fields.size() != 4)
                return Error{ErrorCode::Upstream, tr("`wg show dump` printed an interface line Lango does not know."), {}};
            continue;
        }
        // public key, preshared key, endpoint, allowed ips, handshake, rx, tx, keepalive
        if (fields.size() != 8)
            return Error{ErrorCode::Upstream, tr("`wg show dump` printed a peer line Lango does not know."), {}};
        WgPeerState peer;
        peer.publicKey = QString::fromLatin1(fields.at(0));
        peer.endpoint = fields.at(2) == "(none)" ? QString() : QString::fromLatin1(fields.at(2));
        peer.latestHandshake = fields.at(4).toLongLong();
        peer.rxBytes = fields.at(5).toLongLong();
        peer.txBytes = fields.at(6).toLongLong();
        peers << peer;
    }
    return peers;
}

} // namespace lango::app::tunnel
