#include "models/staffstore.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <sodium.h>

namespace lango::models {

namespace {

const QString kColumns = QStringLiteral("id, username, display_name, role, active, created_at, COALESCE(last_login_at, 0)");

StaffMember readMember(const QSqlQuery &q)
{
    StaffMember m;
    m.id = q.value(0).toLongLong();
    m.username = q.value(1).toString();
    m.displayName = q.value(2).toString();
    m.role = StaffMember::roleFromKey(q.value(3).toString()).value_or(Role::Seller);
    m.active = q.value(4).toInt() != 0;
    m.createdAt = q.value(5).toLongLong();
    m.lastLoginAt = q.value(6).toLongLong();
    return m;
}

} // namespace

QString StaffMember::roleKey(Role role)
{
    switch (role) {
    case Role::Admin: return QStringLiteral("admin");
    case Role::Cashier: return QStringLiteral("cashier");
    case Role::Seller: return QStringLiteral("seller");
    }
    return {};
}

std::optional<Role> StaffMember::roleFromKey(const QString &key)
{
    if (key == QLatin1String("admin"))
        return Role::Admin;
    if (key == QLatin1String("cashier"))
        return Role::Cashier;
    if (key == QLatin1String("seller"))
        return Role::Seller;
    return std::nullopt;
}

StaffStore::StaffStore(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<QList<StaffMember>> StaffStore::list() const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM staff ORDER BY username").arg(kColumns));
    if (!q)
        return q.error();
    QList<StaffMember> members;
    while (q->next())
        members << readMember(*q);
    return members;
}

Result<StaffMember> StaffStore::byId(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM staff WHERE id = ?").arg(kColumns), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, tr("There is no staff member with id %1.").arg(id), {}};
    return readMember(*q);
}

Result<std::optional<StaffMember>> StaffStore::signedIn() const
{
    if (m_db.isSqlite())
        return std::optional<StaffMember>();
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM staff WHERE db_role = session_user").arg(kColumns));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<StaffMember>();
    return std::optional<StaffMember>(readMember(*q));
}

Result<void> StaffStore::noteSignIn(qint64 id) const
{
    const qint64 now = m_clock.now();
    auto q = m_db.exec(QStringLiteral("UPDATE staff SET last_login_at = ?, updated_at = ? WHERE id = ?"), {now, now, id});
    if (!q)
        return q.error();
    return {};
}

Result<StaffMember> StaffStore::byUsername(const QString &username) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM staff WHERE username = ?").arg(kColumns), {username.trimmed().toLower()});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, tr("There is no staff member called \"%1\".").arg(username), {}};
    return readMember(*q);
}

Result<QString> StaffStore::hash(const QString &password) const
{
    if (password.size() < 8)
        return invalid(tr("A staff password needs at least 8 characters."));
    if (sodium_init() < 0)
        return Error{ErrorCode::Database, tr("The cryptography library could not start."), {}};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return Error{ErrorCode::Database, tr("Not enough memory to protect the password."), {}};
    return QString::fromLatin1(out);
}

Result<qint64> StaffStore::add(const StaffMember &member, const QString &password) const
{
    static const QRegularExpression namePattern(QStringLiteral("^[a-z0-9._-]{1,40}$"));
    const QString username = member.username.trimmed().toLower();
    if (!namePattern.match(username).hasMatch())
        return invalid(tr("A username is 1 to 40 lower-case letters, digits, dots, dashes or underscores."));
    auto hashed = hash(password);
    if (!hashed)
        return hashed.error();
    const qint64 now = m_clock.now();
    auto q = m_db.exec(QStringLiteral(
        "INSERT INTO staff (username, display_name, role, password_hash, active, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {username, member.displayName.trimmed(), StaffMember::roleKey(member.role), *hashed, member.active ? 1 : 0, now, now});
    if (!q) {
        Error error = q.error();
        if (error.code == ErrorCode::Conflict)
            error.message = tr("The username \"%1\" is taken.").arg(username);
        return error;
    }
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<void> StaffStore::update(const StaffMember &member) const
{
    auto q = m_db.exec(QStringLiteral("UPDATE staff SET display_name = ?, role = ?, active = ?, updated_at = ? WHERE id = ?"),
                       {member.displayName.trimmed(), StaffMember::roleKey(member.role), member.active ? 1 : 0,
                        m_clock.now(), member.id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error{ErrorCode::NotFound, tr("There is no staff member with id %1.").arg(member.id), {}};
    return {};
}

Result<void> StaffStore::setPassword(qint64 id, const QString &password) const
{
    auto hashed = hash(password);
    if (!hashed)
        return hashed.error();
    auto q = m_db.exec(QStringLiteral("UPDATE staff SET password_hash = ?, updated_at = ? WHERE id = ?"),
                       {*hashed, m_clock.now(), id});
    if (!q)
        return q.error();
    return {};
}

Result<StaffMember> StaffStore::authenticate(const QString &username, const QString &password) const
{
    const Error refused{ErrorCode::NotFound, tr("Wrong username or password."), {}};
    auto q = m_db.exec(QStringLiteral("SELECT %1, password_hash FROM staff WHERE username = ? AND active = 1").arg(kColumns),
                       {username.trimmed().toLower()});
    if (!q)
        return q.error();
    if (!q->next() || sodium_init() < 0)
        return refused;
    const StaffMember member = readMember(*q);
    const QByteArray stored = q->value(7).toString().toLatin1();
    q->finish();
    const QByteArray utf8 = password.toUtf8();
    if (crypto_pwhash_str_verify(stored.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size())) != 0)
        return refused;
    (void)m_db.exec(QStringLiteral("UPDATE staff SET last_login_at = ? WHERE id = ?"), {m_clock.now(), member.id});
    return member;
}

Result<int> StaffStore::count() const
{
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM staff WHERE active = 1"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

} // namespace lango::models
