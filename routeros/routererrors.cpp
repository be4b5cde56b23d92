#include "routeros/routererrors.h"

#include <QRegularExpression>

namespace lango::routeros {

namespace {

QString seconds(int ms)
{
    return QString::number((ms + 999) / 1000);
}

} // namespace

Error RouterErrors::refused(const QString &router, quint16 port, const QString &detail)
{
    return {ErrorCode::Refused,
            tr("Router %1 refused the connection on port %2. Check that the API service is enabled "
               "(/ip service) and allows this computer's address.")
                .arg(router)
                .arg(port),
            detail};
}

Error RouterErrors::hostNotFound(const QString &router, const QString &host, const QString &detail)
{
    return {ErrorCode::HostNotFound,
            tr("The address %2 of router %1 could not be found. Check the host name or IP address in the "
               "router settings.")
                .arg(router, host),
            detail};
}

Error RouterErrors::unreachable(const QString &router, const QString &host, quint16 port, const QString &detail)
{
    return {ErrorCode::Unreachable,
            tr("Router %1 could not be reached at %2 port %3. Check that it is on and that this computer "
               "can reach it.")
                .arg(router, host)
                .arg(port),
            detail};
}

Error RouterErrors::connectTimeout(const QString &router, const QString &host, quint16 port, int ms)
{
    return {ErrorCode::Timeout,
            tr("Router %1 did not answer at %2 port %3 within %4 s. Check that it is on and reachable, and "
               "that the API service is enabled.")
                .arg(router, host)
                .arg(port)
                .arg(seconds(ms)),
            QStringLiteral("connect/login timeout after %1 ms").arg(ms)};
}

Error RouterErrors::loginFailed(const QString &router, const QString &user, const QString &detail)
{
    return {ErrorCode::Login,
            tr("Router %1 refused the login of user %2. Check the user name and password, and that the "
               "user's group has the api, read and write policies.")
                .arg(router, user),
            detail};
}

Error RouterErrors::tls(const QString &router, const QString &detail)
{
    return {ErrorCode::Tls,
            tr("The secure connection (API-SSL) to router %1 failed. Check the router's certificate and "
               "the API-SSL settings of this router in Lango.")
                .arg(router),
            detail};
}

Error RouterErrors::fingerprintMismatch(const QString &router, const QString &expected, const QString &actual)
{
    return {ErrorCode::Tls,
            tr("Router %1 presented a different certificate than the one Lango trusts. If the router's "
               "certificate was replaced on purpose, update its fingerprint in Lango; otherwise someone may "
               "be intercepting the connection.")
                .arg(router),
            QStringLiteral("expected SHA-256 %1, got %2").arg(expected, actual)};
}

Error RouterErrors::protocol(const QString &router, const QString &detail)
{
    return {ErrorCode::Protocol,
            tr("Router %1 sent data Lango does not understand, so the connection was closed. Check that the "
               "port is the RouterOS API port (8728, or 8729 for API-SSL).")
                .arg(router),
            detail};
}

Error RouterErrors::connectionLost(const QString &router, const QString &detail)
{
    return {ErrorCode::Disconnected,
            tr("The connection to router %1 was lost before the command finished; it may or may not have "
               "been carried out. Lango will reconnect.")
                .arg(router),
            detail};
}

Error RouterErrors::notConnected(const QString &router, const QString &detail)
{
    return {ErrorCode::Disconnected,
            tr("Router %1 is not connected right now. Lango is reconnecting; try again shortly.").arg(router),
            detail};
}

Error RouterErrors::fatal(const QString &router, const QString &reason)
{
    return {ErrorCode::Fatal,
            tr("Router %1 closed the API session (%2). Lango will reconnect.").arg(router, reason), reason};
}

Error RouterErrors::trap(const QString &router, const QString &path, const QString &message,
                         std::optional<int> category)
{
    const QString detail =
        category ? QStringLiteral("%1 [category %2]").arg(message).arg(*category) : message;
    if (message.contains(QLatin1String("already have")) || message.contains(QLatin1String("already exists"))) {
        return {ErrorCode::AlreadyExists,
                tr("Router %1 already has this item (%2).").arg(router, message), detail};
    }
    if (message.contains(QLatin1String("no such item"))) {
        return {ErrorCode::NotFound,
                tr("Router %1 no longer has the item %2 was meant for (%3).").arg(router, path, message),
                detail};
    }
    return {ErrorCode::Trap, tr("Router %1 refused %2: %3").arg(router, path, message), detail};
}

Error RouterErrors::commandTimeout(const QString &router, const QString &path, int ms)
{
    return {ErrorCode::Timeout,
            tr("Router %1 did not answer %2 within %3 s. Check that it is on and reachable.")
                .arg(router, path, seconds(ms)),
            QStringLiteral("%1: no !done after %2 ms").arg(path).arg(ms)};
}

Error RouterErrors::cancelled(const QString &router, const QString &path)
{
    return {ErrorCode::Cancelled, tr("The command %2 on router %1 was cancelled.").arg(router, path), path};
}

Error RouterErrors::notFound(const QString &router, const QString &what)
{
    return {ErrorCode::NotFound, tr("Router %1 has no %2.").arg(router, what), what};
}

Error RouterErrors::invalidInput(const QString &router, const QString &detail)
{
    return {ErrorCode::InvalidInput, tr("Lango did not send this to router %1: %2").arg(router, detail), detail};
}

Error RouterErrors::unknownRouter(const QString &router)
{
    return {ErrorCode::UnknownRouter,
            tr("There is no router named %1. Check the name with \"lango router list\".").arg(router), router};
}

Error RouterErrors::fromSocket(const ConnectionConfig &config, QAbstractSocket::SocketError error,
                               const QString &detail, bool sessionWasUp)
{
    const quint16 port = config.effectivePort();
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return refused(config.name, port, detail);
    case QAbstractSocket::HostNotFoundError:
        return hostNotFound(config.name, config.host, detail);
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return tls(config.name, detail);
    case QAbstractSocket::SocketTimeoutError:
        return connectTimeout(config.name, config.host, port, config.connectTimeoutMs);
    default:
        return sessionWasUp ? connectionLost(config.name, detail) : unreachable(config.name, config.host, port, detail);
    }
}

std::optional<int> RouterErrors::trapCategory(const Error &error)
{
    static const QRegularExpression re(QStringLiteral("\\[category (\\d+)\\]$"));
    const auto match = re.match(error.detail);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt();
}

} // namespace lango::routeros
