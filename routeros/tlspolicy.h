#pragma once

// How API-SSL trust is set up for one router: a pinned SHA-256 fingerprint,
// CA verification, or the explicit insecure opt-out (anonymous DH allowed,
// for routers whose api-ssl service has certificate=none).

#include "routeros/connectionconfig.h"
#include "routeros/error.h"

#include <optional>

class QSslCertificate;
class QSslSocket;

namespace lango::routeros {

class TlsPolicy final
{
public:
    TlsPolicy() = delete;

    // Applies the trust settings to a socket before connectToHostEncrypted().
    static void configure(QSslSocket &socket, const ConnectionConfig &config);
    // Checks the peer once encrypted (the pin); an error means: disconnect.
    [[nodiscard]] static std::optional<Error> checkPeer(const QSslSocket &socket, const ConnectionConfig &config);

    // Lower-case hex SHA-256 of the DER certificate, no separators.
    [[nodiscard]] static QString fingerprint(const QSslCertificate &certificate);
    // "AB:CD ef" -> "abcdef"
    [[nodiscard]] static QString normalizeFingerprint(const QString &text);
};

} // namespace lango::routeros
