#include "app/tunnel/tunnelnetwork.h"

#include <QSet>

namespace lango::app::tunnel {

namespace {

quint32 maskOf(int prefix)
{
    return prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
}

} // namespace

std::optional<std::pair<QHostAddress, int>> TunnelNetwork::parseInterfaceAddress(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('/'));
    if (parts.size() > 2)
        return std::nullopt;
    QHostAddress address;
    if (!address.setAddress(parts.at(0)) || address.protocol() != QAbstractSocket::IPv4Protocol)
        return std::nullopt;
    int prefix = 32;
    if (parts.size() == 2) {
        bool ok = false;
        prefix = parts.at(1).toInt(&ok);
        if (!ok || prefix < 0 || prefix > 32)
            return std::nullopt;
    }
    return std::make_pair(QHostAddress(address.toIPv4Address() & maskOf(prefix)), prefix);
}

Result<TunnelNetwork> TunnelNetwork::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QStringList parts = trimmed.split(QLatin1Char('/'));
    QHostAddress address;
    bool prefixOk = false;
    const int prefix = parts.value(1).toInt(&prefixOk);
    if (parts.size() != 2 || !address.setAddress(parts.at(0)) || address.protocol() != QAbstractSocket::IPv4Protocol
        || !prefixOk)
        return Error{ErrorCode::BadInput,
                     tr("The tunnel network \"%1\" is not an IPv4 network such as 10.77.0.0/24.").arg(trimmed), {}};
    if (prefix < 16 || prefix > 29)
        return Error{ErrorCode::BadInput,
                     tr("The tunnel network \"%1\" must be between /16 and /29 (the default is %2).")
                         .arg(trimmed, QLatin1String(kDefault)), {}};
    const quint32 base = address.toIPv4Address();
    if ((base & ~maskOf(prefix)) != 0)
        return Error{ErrorCode::BadInput,
                     tr("The tunnel network \"%1\" has host bits set; did you mean %2/%3?")
                         .arg(trimmed, QHostAddress(base & maskOf(prefix)).toString()).arg(prefix), {}};
    return TunnelNetwork(base, prefix);
}

QString TunnelNetwork::text() const
{
    return QStringLiteral("%1/%2").arg(QHostAddress(m_base).toString()).arg(m_prefix);
}

QString TunnelNetwork::serverAddress() const
{
    return QHostAddress(m_base + 1).toString();
}

bool TunnelNetwork::contains(const QHostAddress &address) const
{
    return address.protocol() == QAbstractSocket::IPv4Protocol && (address.toIPv4Address() & mask()) == m_base;
}

bool TunnelNetwork::overlaps(const QHostAddress &network, int prefixLength) const
{
    if (network.protocol() != QAbstractSocket::IPv4Protocol)
        return false;
    // Two networks overlap when the shorter prefix contains the other's base.
    const quint32 shorter = maskOf(qMin(m_prefix, prefixLength));
    return (network.toIPv4Address() & shorter) == (m_base & shorter);
}

Result<QString> TunnelNetwork::allocate(const QStringList &used) const
{
    QSet<quint32> taken;
    for (const QString &text : used) {
        QHostAddress address;
        if (address.setAddress(text) && address.protocol() == QAbstractSocket::IPv4Protocol)
            taken.insert(address.toIPv4Address());
    }
    const quint32 broadcast = m_base | ~mask();
    for (quint32 candidate = m_base + 2; candidate < broadcast; ++candidate) {   // .1 is the server
        if (!taken.contains(candidate))
            return QHostAddress(candidate).toString();
    }
    return Error{ErrorCode::Conflict,
                 tr("The tunnel network %1 is full (%2 routers). Choose a larger [tunnel] network, such as a /16.")
                     .arg(text()).arg(taken.size()), {}};
}

} // namespace lango::app::tunnel
