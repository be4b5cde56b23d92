#pragma once

#include "app/core/error.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QStringList>

#include <optional>

namespace lango::app::tunnel {

// The IPv4 network inside the tunnels ([tunnel] network, 10.77.0.0/24 by
// default): the server is its first host, each router gets the lowest free
// one after it.
class TunnelNetwork final
{
    Q_DECLARE_TR_FUNCTIONS(TunnelNetwork)

public:
    static constexpr auto kDefault = "10.77.0.0/24";

    // "10.77.0.0/24": IPv4 only (RouterOS and every peer speak it), a prefix
    // of /16 to /29, host bits zero.
    [[nodiscard]] static Result<TunnelNetwork> parse(const QString &text);

    QString text() const;                 // 10.77.0.0/24
    QString serverAddress() const;        // 10.77.0.1
    int prefixLength() const { return m_prefix; }
    bool contains(const QHostAddress &address) const;
    bool overlaps(const QHostAddress &network, int prefixLength) const;
    // The lowest router address not in `used`; an error when all are taken.
    [[nodiscard]] Result<QString> allocate(const QStringList &used) const;

    // "192.168.88.1/24" (RouterOS /ip/address) -> its network, or nullopt.
    [[nodiscard]] static std::optional<std::pair<QHostAddress, int>> parseInterfaceAddress(const QString &text);

private:
    TunnelNetwork(quint32 base, int prefix) : m_base(base), m_prefix(prefix) {}
    quint32 mask() const { return m_prefix == 0 ? 0 : ~quint32(0) << (32 - m_prefix); }

    quint32 m_base = 0;
    int m_prefix = 24;
};

} // namespace lango::app::tunnel
