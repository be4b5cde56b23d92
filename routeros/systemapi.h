#pragma once

// The typed system API over one connection: identity, resources, clock,
// scheduler entries (with next-run read back in both date styles) and files.

#include "routeros/error.h"
#include "routeros/hotspottypes.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <optional>

namespace lango::routeros {

class ApiConnection;

class SystemApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemApi)

public:
    explicit SystemApi(ApiConnection *connection, QObject *parent = nullptr);

    [[nodiscard]] QFuture<Result<QString>> identity();
    [[nodiscard]] QFuture<Result<void>> setIdentity(const QString &name);
    [[nodiscard]] QFuture<Result<RouterResource>> resources();
    // The router's clock and its skew against this computer (UTC).
    [[nodiscard]] QFuture<Result<RouterClock>> clock();

    // Scheduler entries whose name starts with `prefix` (all when empty).
    [[nodiscard]] QFuture<Result<QList<SchedulerEntry>>> schedulers(const QString &prefix = {});
    [[nodiscard]] QFuture<Result<std::optional<SchedulerEntry>>> findScheduler(const QString &name);
    // The new .id; AlreadyExists when the name is taken.
    [[nodiscard]] QFuture<Result<QString>> addScheduler(const SchedulerEntry &entry);
    // Removes any entry of that name, then adds `entry` (how an expiry moves).
    [[nodiscard]] QFuture<Result<QString>> replaceScheduler(const SchedulerEntry &entry);
    [[nodiscard]] QFuture<Result<bool>> removeScheduler(const QString &name);

    [[nodiscard]] QFuture<Result<QList<RouterFile>>> files();
    // Creates or overwrites a small text file (e.g. a portal page).
    [[nodiscard]] QFuture<Result<void>> putFile(const QString &name, const QString &contents);

private:
    QFuture<Result<QList<SchedulerEntry>>> readSchedulers(const QString &name, const QString &prefix);

    QPointer<ApiConnection> m_connection;
};

} // namespace lango::routeros
