#pragma once

// How to reach one router, and options per command. The app layer fills
// ConnectionConfig from the database (the password unsealed in memory only).

#include "routeros/sentence.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace lango::routeros {

struct ConnectionConfig
{
    QString name;                // Lango's name for the router ("ofisi"); used in every message
    QString host;
    quint16 port = 0;            // 0 = 8728, or 8729 with tls
    bool tls = false;            // API-SSL
    // API-SSL trust, in order of preference:
    QString fingerprintSha256;   // pin: hex SHA-256 of the router certificate (colons/spaces ignored)
    QByteArray caCertificatesPem;  // else: verify the chain against these CAs (and the system's)
    QString peerName;            // name expected in the certificate for CA verification (default: host)
    bool insecure = false;       // else nothing: explicit opt-out, allows anonymous DH (no certificate)
    QString user;
    QString password;            // never logged
    int connectTimeoutMs = 10000;  // TCP + TLS + login
    int commandTimeoutMs = 30000;  // default per command; 0 = none
    bool autoReconnect = true;     // reconnect with backoff after a loss
    int maxBackoffMs = 30000;
    // Probe an idle connection that has listen streams open (half-open TCP
    // through NAT is common on Kenyan uplinks); 0 = off.
    int livenessIntervalMs = 30000;

    [[nodiscard]] quint16 effectivePort() const { return port != 0 ? port : (tls ? 8729 : 8728); }
    friend bool operator==(const ConnectionConfig &a, const ConnectionConfig &b)
    {
        return a.name == b.name && a.host == b.host && a.port == b.port && a.tls == b.tls
            && a.fingerprintSha256 == b.fingerprintSha256 && a.caCertificatesPem == b.caCertificatesPem
            && a.peerName == b.peerName && a.insecure == b.insecure && a.user == b.user
            && a.password == b.password && a.connectTimeoutMs == b.connectTimeoutMs
            && a.commandTimeoutMs == b.commandTimeoutMs && a.autoReconnect == b.autoReconnect
            && a.maxBackoffMs == b.maxBackoffMs && a.livenessIntervalMs == b.livenessIntervalMs;
    }
    friend bool operator!=(const ConnectionConfig &a, const ConnectionConfig &b) { return !(a == b); }
};

// What a command issued while the connection is down does.
enum class WhenDown {
    Wait,      // queue it, (re)connect, send it once logged in; fail if that attempt fails
    FailFast,  // fail at once with ErrorCode::Disconnected (a reconnect starts in the background)
};

struct CommandOptions
{
    int timeoutMs = -1;  // -1 = ConnectionConfig::commandTimeoutMs; 0 = no timeout
    WhenDown whenDown = WhenDown::Wait;
};

// The answer to a finished one-shot command.
struct Reply
{
    QList<Sentence> items;  // the !re sentences, in order
    QString ret;            // =ret= of the !done (new .id after add, count after count-only)
    bool empty = false;     // the router sent !empty (7.18+)
};

} // namespace lango::routeros
