#include "app/http/clientaddress.h"

#include <QStringList>

namespace lango::app::http {

namespace {

// An IPv4 peer reached through an IPv6 socket shows as ::ffff:a.b.c.d.
QHostAddress plain(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

} // namespace

bool ClientAddress::parseSubnets(const QString &text, QList<Subnet> &subnets, QString &error)
{
    subnets.clear();
    const QStringList entries = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &raw : entries) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty())
            continue;
        Subnet subnet = entry.contains(QLatin1Char('/')) ? QHostAddress::parseSubnet(entry) : Subnet{QHostAddress(entry), -1};
        if (subnet.first.isNull()) {
            error = entry;
            return false;
        }
        if (subnet.second < 0)
            subnet.second = subnet.first.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
        subnets << subnet;
    }
    return true;
}

bool ClientAddress::contains(const QList<Subnet> &subnets, const QHostAddress &address)
{
    const QHostAddress candidate = plain(address);
    for (const Subnet &subnet : subnets) {
        if (candidate.isInSubnet(subnet))
            return true;
    }
    return false;
}

QHostAddress ClientAddress::resolve(const QHostAddress &peer, const QByteArray &forwardedFor, const QList<Subnet> &trustedProxies)
{
    const QHostAddress direct = plain(peer);
    if (forwardedFor.isEmpty() || !contains(trustedProxies, direct))
        return direct;
    const QList<QByteArray> hops = forwardedFor.split(',');
    QHostAddress hop;
    for (qsizetype i = hops.size() - 1; i >= 0; --i) {
        if (!hop.setAddress(QString::fromLatin1(hops.at(i).trimmed())))
            return direct;   // malformed: believe nothing in it
        hop = plain(hop);
        if (!contains(trustedProxies, hop))
            return hop;
    }
    return hop;   // every hop is one of ours: the first one asked
}

} // namespace lango::app::http
