#pragma once

#include "models/clock.h"
#include "models/database.h"

namespace lango::models {

enum class Role { Admin, Cashier, Seller };

struct StaffMember
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Cashier;
    bool active = true;
    qint64 createdAt = 0;
    qint64 lastLoginAt = 0;

    static QString roleKey(Role role);                 // "admin", "cashier", "seller"
    static std::optional<Role> roleFromKey(const QString &key);
};

// Staff accounts for a shared office database. Passwords are stored as
// Argon2id hashes (libsodium crypto_pwhash_str), never in clear.
class StaffStore final
{
    Q_DECLARE_TR_FUNCTIONS(StaffStore)

public:
    StaffStore(const Database &db, const Clock &clock);

    [[nodiscard]] Result<QList<StaffMember>> list() const;
    [[nodiscard]] Result<StaffMember> byId(qint64 id) const;
    [[nodiscard]] Result<StaffMember> byUsername(const QString &username) const;
    // PostgreSQL with staff roles: the member this connection signed in as
    // (nullopt for the owner, or on SQLite).
    [[nodiscard]] Result<std::optional<StaffMember>> signedIn() const;
    [[nodiscard]] Result<void> noteSignIn(qint64 id) const;
    [[nodiscard]] Result<qint64> add(const StaffMember &member, const QString &password) const;
    [[nodiscard]] Result<void> update(const StaffMember &member) const;
    [[nodiscard]] Result<void> setPassword(qint64 id, const QString &password) const;
    // The member on success; one message for any failure, so a guesser
    // learns nothing about which usernames exist.
    [[nodiscard]] Result<StaffMember> authenticate(const QString &username, const QString &password) const;
    [[nodiscard]] Result<int> count() const;

private:
    Result<QString> hash(const QString &password) const;

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace lango::models
