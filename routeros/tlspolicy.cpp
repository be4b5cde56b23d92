#include "routeros/tlspolicy.h"

#include "routeros/routererrors.h"

#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>

namespace lango::routeros {

QString TlsPolicy::normalizeFingerprint(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

QString TlsPolicy::fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

void TlsPolicy::configure(QSslSocket &socket, const ConnectionConfig &config)
{
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    if (!config.fingerprintSha256.isEmpty()) {
        // Router certificates are self-signed and their CN rarely matches the
        // address we dial: the pin replaces chain and name checks.
        conf.setPeerVerifyMode(QSslSocket::QueryPeer);
    } else if (config.insecure) {
        conf.setPeerVerifyMode(QSslSocket::QueryPeer);
        // certificate=none routers offer only anonymous DH, which OpenSSL
        // refuses unless asked (ADH + SECLEVEL=0). ADH is TLS 1.2 only.
        conf.setProtocol(QSsl::TlsV1_2);
        conf.setBackendConfigurationOption(QByteArrayLiteral("CipherString"),
                                           QByteArrayLiteral("HIGH:ADH:@SECLEVEL=0"));
    } else {
        conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!config.caCertificatesPem.isEmpty())
            conf.addCaCertificates(QSslCertificate::fromData(config.caCertificatesPem, QSsl::Pem));
    }
    socket.setSslConfiguration(conf);
}

std::optional<Error> TlsPolicy::checkPeer(const QSslSocket &socket, const ConnectionConfig &config)
{
    if (config.fingerprintSha256.isEmpty())
        return std::nullopt;
    const QString expected = normalizeFingerprint(config.fingerprintSha256);
    const QSslCertificate cert = socket.peerCertificate();
    const QString actual = cert.isNull() ? QStringLiteral("(no certificate)") : fingerprint(cert);
    if (actual != expected)
        return RouterErrors::fingerprintMismatch(config.name, expected, actual);
    return std::nullopt;
}

} // namespace lango::routeros
