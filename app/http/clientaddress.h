#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

#include <utility>

namespace lango::app::http {

// Who sent a request. Behind a reverse proxy every request comes from the
// proxy, which names the real client in X-Forwarded-For; that field is
// believed only from addresses an admin listed as trusted proxies, since
// anyone else can write anything in it.
class ClientAddress final
{
public:
    using Subnet = std::pair<QHostAddress, int>;

    ClientAddress() = delete;

    // Parses "127.0.0.1, 10.0.0.0/8, ::1" ([http] trusted_proxies); false
    // with `error` naming the bad entry.
    [[nodiscard]] static bool parseSubnets(const QString &text, QList<Subnet> &subnets, QString &error);
    [[nodiscard]] static bool contains(const QList<Subnet> &subnets, const QHostAddress &address);

    // The client: walking X-Forwarded-For from the right while the hop is a
    // trusted proxy, the first address that is not; the peer itself when it
    // is not trusted or the field is missing or malformed.
    [[nodiscard]] static QHostAddress resolve(const QHostAddress &peer, const QByteArray &forwardedFor,
                                              const QList<Subnet> &trustedProxies);
};

} // namespace lango::app::http
