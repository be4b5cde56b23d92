#pragma once

// `lango router check`: asks a router everything Lango depends on and
// reports it, with the problems in words a technician can act on.

#include "routeros/error.h"
#include "routeros/hotspottypes.h"

#include <QCoreApplication>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QVersionNumber>

#include <optional>

namespace lango::routeros {

class ApiConnection;
struct ProbeResult;

struct RouterProblem
{
    enum class Kind {
        Unreachable,       // refused, not found, timeout, TLS
        LoginRefused,
        NoHotspotServer,
        HotspotServerDown, // disabled or invalid
        ClockSkew,
        InsecureLogin,     // RouterOS older than 6.43 (challenge login)
        PlainTextApi,      // port 8728 without TLS: a warning
    };
    Kind kind;
    bool blocking = true;  // false: a warning, Lango still works
    QString text;          // a translated sentence
};

struct RouterReport
{
    QString router;
    bool reachable = false;
    bool loggedIn = false;
    QString identity;
    QString versionText;
    QVersionNumber version;
    qint64 uptime = 0;  // seconds
    QString board;
    QList<HotspotServer> servers;
    qint64 rttMs = -1;
    std::optional<qint64> clockSkewSeconds;
    bool legacyLogin = false;
    QList<RouterProblem> problems;

    [[nodiscard]] bool isHealthy() const;
    [[nodiscard]] bool has(RouterProblem::Kind kind) const;
};

class RouterCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RouterCheck)

public:
    explicit RouterCheck(ApiConnection *connection, QObject *parent = nullptr);

    // Clock skew beyond this is a problem (default 60 s).
    void setClockTolerance(int seconds) { m_clockToleranceSeconds = seconds; }
    [[nodiscard]] QFuture<RouterReport> run();

private:
    void finish(RouterReport &report, const Result<QList<HotspotServer>> &servers);
    static void addConnectionProblem(RouterReport &report, const Error &error);

    QPointer<ApiConnection> m_connection;
    int m_clockToleranceSeconds = 60;
};

} // namespace lango::routeros
