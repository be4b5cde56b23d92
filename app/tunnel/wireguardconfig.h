#pragma once

#include "app/core/error.h"

#include <QCoreApplication>
#include <QStringList>

namespace lango::app::tunnel {

// The server's WireGuard file in wg-quick's format (/etc/wireguard/lango.conf).
// Lango owns the [Interface] keys it writes and the peers that carry its
// marker comment ("# lango router NAME"); every other line and peer is the
// admin's and comes back out exactly as it went in.
class WireGuardConfig final
{
    Q_DECLARE_TR_FUNCTIONS(WireGuardConfig)

public:
    static constexpr qsizetype kMaxBytes = 4 * 1024 * 1024;

    struct Peer
    {
        QString routerName;     // empty: not one of Lango's
        QString publicKey;
        QString allowedIps;
    };

    [[nodiscard]] static Result<WireGuardConfig> parse(const QString &text);

    QString interfaceValue(const QString &key) const;
    void setInterfaceValue(const QString &key, const QString &value);
    QList<Peer> peers() const;
    // Replaces Lango's peers by `managed` (in that order, after the others);
    // a managed peer whose key an admin's peer already has is left out, so
    // the file never names one key twice. Returns the left-out routers.
    QStringList setManagedPeers(const QList<Peer> &managed);

    QString text() const;
    // Without wg-quick's own keys (Address, DNS, MTU, Table, Pre/PostUp…):
    // what `wg syncconf` accepts.
    QString strippedText() const;

private:
    struct Line
    {
        QString raw;
        QString key;     // lower case; empty for comments and blank lines
        QString value;
    };
    struct Block
    {
        QList<Line> lines;   // the section's own lines, header first
        QString routerName;  // Lango's marker, peers only
    };

    QString peerValue(const Block &block, const QString &key) const;

    QList<Line> m_preamble;   // before [Interface]
    Block m_interface;
    QList<Block> m_peers;
};

} // namespace lango::app::tunnel
