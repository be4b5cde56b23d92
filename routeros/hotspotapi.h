#pragma once

// The typed hotspot API over one connection: records, not words. Every
// call returns a QFuture<Result<T>>; nothing blocks. Look-ups go by name or
// user right before acting, because .ids of dynamic items are reused.

#include "routeros/connectionconfig.h"
#include "routeros/error.h"
#include "routeros/hotspottypes.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <optional>

namespace lango::routeros {

class ApiConnection;
class SessionWatch;
class UserPusher;

class HotspotApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HotspotApi)

public:
    explicit HotspotApi(ApiConnection *connection, QObject *parent = nullptr);

    [[nodiscard]] ApiConnection *connection() const;

    // --- users (/ip/hotspot/user) ---
    // The new .id. A duplicate fails with ErrorCode::AlreadyExists, which a
    // retried provisioning treats as "exists" (then updateUser()).
    [[nodiscard]] QFuture<Result<QString>> addUser(const HotspotUser &user, const CommandOptions &options = {});
    [[nodiscard]] QFuture<Result<std::optional<HotspotUser>>> findUser(const QString &name);
    [[nodiscard]] QFuture<Result<QList<HotspotUser>>> users();
    // Sets the engaged fields of `changes` on the user `name`; NotFound if absent.
    [[nodiscard]] QFuture<Result<void>> updateUser(const QString &name, const HotspotUser &changes);
    // True when a user was removed, false when there was none (idempotent).
    [[nodiscard]] QFuture<Result<bool>> removeUser(const QString &name);
    [[nodiscard]] QFuture<Result<void>> enableUser(const QString &name);
    [[nodiscard]] QFuture<Result<void>> disableUser(const QString &name);
    // What expiry does: removes the user, kicks its sessions, deletes its
    // cookies and its lango-exp- scheduler entry. Idempotent.
    [[nodiscard]] QFuture<Result<void>> revokeUser(const QString &name);
    // Pipelined bulk add (voucher batches). Call start() on the result.
    [[nodiscard]] UserPusher *addUsers(const QList<HotspotUser> &users, QObject *parent = nullptr);

    // --- user profiles (/ip/hotspot/user/profile) ---
    [[nodiscard]] QFuture<Result<QList<UserProfile>>> profiles();
    [[nodiscard]] QFuture<Result<std::optional<UserProfile>>> findProfile(const QString &name);
    // Creates the profile or sets what differs from `spec`; Unchanged when it
    // already matches (a sync run twice changes nothing the second time).
    [[nodiscard]] QFuture<Result<EnsureOutcome>> ensureProfile(const ProfileSpec &spec);
    [[nodiscard]] QFuture<Result<bool>> removeProfile(const QString &name);

    // --- active sessions (/ip/hotspot/active) ---
    // All sessions, or those of `user`.
    [[nodiscard]] QFuture<Result<QList<ActiveSession>>> activeSessions(const QString &user = {});
    [[nodiscard]] QFuture<Result<void>> kickSession(const QString &id);
    // Devices the hotspot sees, optionally only the one with this MAC.
    [[nodiscard]] QFuture<Result<QList<HotspotHost>>> hosts(const QString &macAddress = {});
    // Removes every session of `user`; the number kicked.
    [[nodiscard]] QFuture<Result<int>> kickUser(const QString &user);
    // Logs a device in from the API (after an M-Pesa payment). A refusal is
    // ErrorCode::Trap with the router's reason in detail.
    [[nodiscard]] QFuture<Result<void>> loginDevice(const DeviceLogin &login);
    // A live view of the active sessions (listen, .dead handled); call start().
    [[nodiscard]] SessionWatch *watchSessions(QObject *parent = nullptr);

    // --- MAC cookies (/ip/hotspot/cookie) ---
    [[nodiscard]] QFuture<Result<QList<MacCookie>>> cookies(const QString &user = {});
    [[nodiscard]] QFuture<Result<int>> removeCookies(const QString &user);

    // --- walled garden (/ip/hotspot/walled-garden) ---
    [[nodiscard]] QFuture<Result<QList<WalledGardenEntry>>> walledGarden();
    // Adds the entries whose dst-host is not there yet; the number added.
    [[nodiscard]] QFuture<Result<int>> ensureWalledGarden(const QList<WalledGardenEntry> &entries);

    // --- servers (/ip/hotspot) and server profiles (/ip/hotspot/profile) ---
    [[nodiscard]] QFuture<Result<QList<HotspotServer>>> servers();
    [[nodiscard]] QFuture<Result<QList<ServerProfile>>> serverProfiles();
    // e.g. {"html-directory": "flash/lango"}; NotFound if no such profile.
    [[nodiscard]] QFuture<Result<void>> setServerProfile(const QString &name, const QMap<QString, QString> &properties);

private:
    [[nodiscard]] QFuture<Result<void>> applyToUser(const QString &name, const QString &verb,
                                                    const QList<QByteArray> &extra);

    QPointer<ApiConnection> m_connection;
};

} // namespace lango::routeros
