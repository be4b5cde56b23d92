#pragma once

// Shared bits of the RouterOS tests: a config pointing at an emulator on
// localhost, and waiting for a future while the event loop runs.

#include "routeros/connectionconfig.h"

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QTest>
#include <QTimer>

namespace lango::routeros::test {

inline const QString Password = QStringLiteral("s3cret");

inline ConnectionConfig configFor(quint16 port, const QString &name = QStringLiteral("ofisi"))
{
    ConnectionConfig config;
    config.name = name;
    config.host = QStringLiteral("127.0.0.1");
    config.port = port;
    config.user = QStringLiteral("admin");
    config.password = Password;
    config.connectTimeoutMs = 3000;
    config.commandTimeoutMs = 5000;
    return config;
}

// Runs the event loop until the future is finished (or the timeout).
template <typename T>
[[nodiscard]] bool finished(const QFuture<T> &future, int timeoutMs = 5000)
{
    if (future.isFinished())
        return true;
    QEventLoop loop;
    QFutureWatcher<T> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    loop.exec();
    return future.isFinished();
}

// The error text of a failed Result, for QVERIFY2 (which evaluates its
// message even when the check passes).
template <typename R>
[[nodiscard]] QByteArray why(const R &result)
{
    return result.ok() ? QByteArray() : (result.error().message + QStringLiteral(" | ") + result.error().detail).toLocal8Bit();
}

} // namespace lango::routeros::test
