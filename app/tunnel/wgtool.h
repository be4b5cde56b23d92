#pragma once

#include "app/core/error.h"

#include <QCoreApplication>
#include <QFuture>

namespace lango::app::tunnel {

// One peer as `wg show IFACE dump` prints it.
struct WgPeerState
{
    QString publicKey;
    QString endpoint;          // "(none)" becomes empty
    qint64 latestHandshake = 0;
    qint64 rxBytes = 0;
    qint64 txBytes = 0;
};

// The system's `wg` (wireguard-tools), run without blocking: applies the
// peers of a config and reads the interface's state. Its failures become
// errors that say what the admin must do.
class WgTool final
{
    Q_DECLARE_TR_FUNCTIONS(WgTool)

public:
    explicit WgTool(QString interfaceName, QString program = QStringLiteral("wg"))
        : m_interface(std::move(interfaceName)), m_program(std::move(program)) {}

    // `wg syncconf IFACE /dev/stdin`: peers added, changed and removed to
    // match `strippedConfig`, others' sessions untouched.
    [[nodiscard]] QFuture<Result<void>> syncConfig(const QByteArray &strippedConfig) const;
    [[nodiscard]] QFuture<Result<QList<WgPeerState>>> peers() const;

    [[nodiscard]] static Result<QList<WgPeerState>> parseDump(const QByteArray &dump);
    // What the admin should do about `wg`'s stderr (no such device, no permission…).
    [[nodiscard]] Error explain(const QByteArray &stderrText, int exitCode, bool started) const;

private:
    QFuture<Result<QByteArray>> run(const QStringList &arguments, const QByteArray &input) const;

    QString m_interface;
    QString m_program;
};

} // namespace lango::app::tunnel
