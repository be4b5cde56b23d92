#pragma once

// Builds routeros::Error values: one place for the sentences staff read, so
// every failure names the router and says what to check.

#include "routeros/connectionconfig.h"
#include "routeros/error.h"

#include <QAbstractSocket>

#include <QCoreApplication>

#include <optional>

namespace lango::routeros {

class RouterErrors final
{
    Q_DECLARE_TR_FUNCTIONS(RouterErrors)

public:
    RouterErrors() = delete;

    [[nodiscard]] static Error refused(const QString &router, quint16 port, const QString &detail);
    [[nodiscard]] static Error hostNotFound(const QString &router, const QString &host, const QString &detail);
    [[nodiscard]] static Error unreachable(const QString &router, const QString &host, quint16 port,
                                           const QString &detail);
    [[nodiscard]] static Error connectTimeout(const QString &router, const QString &host, quint16 port, int ms);
    [[nodiscard]] static Error loginFailed(const QString &router, const QString &user, const QString &detail);
    [[nodiscard]] static Error tls(const QString &router, const QString &detail);
    [[nodiscard]] static Error fingerprintMismatch(const QString &router, const QString &expected,
                                                   const QString &actual);
    [[nodiscard]] static Error protocol(const QString &router, const QString &detail);
    [[nodiscard]] static Error connectionLost(const QString &router, const QString &detail);
    [[nodiscard]] static Error notConnected(const QString &router, const QString &detail);
    [[nodiscard]] static Error fatal(const QString &router, const QString &reason);
    // Classifies the trap text: "already have ..." -> AlreadyExists,
    // "no such item" -> NotFound, else Trap. detail = the router's text,
    // followed by " [category N]" when the router sent a category.
    [[nodiscard]] static Error trap(const QString &router, const QString &path, const QString &message,
                                    std::optional<int> category);
    [[nodiscard]] static Error commandTimeout(const QString &router, const QString &path, int ms);
    [[nodiscard]] static Error cancelled(const QString &router, const QString &path);
    [[nodiscard]] static Error notFound(const QString &router, const QString &what);
    [[nodiscard]] static Error invalidInput(const QString &router, const QString &detail);
    [[nodiscard]] static Error unknownRouter(const QString &router);
    // Maps a socket failure to the sentence for it.
    [[nodiscard]] static Error fromSocket(const ConnectionConfig &config, QAbstractSocket::SocketError error,
                                          const QString &detail, bool sessionWasUp);

    // The category a trap error carried, if any (parsed back from detail).
    [[nodiscard]] static std::optional<int> trapCategory(const Error &error);
};

} // namespace lango::routeros
