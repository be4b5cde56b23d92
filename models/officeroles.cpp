#include "models/officeroles.h"

#include "models/logging.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>

namespace lango::models {

QString OfficeRoles::prefix(const QString &databaseName)
{
    const QByteArray digest = QCryptographicHash::hash(databaseName.toUtf8(), QCryptographicHash::Md5).toHex();
    return QStringLiteral("lg_") + QString::fromLatin1(digest.left(8));
}

QString OfficeRoles::loginRole(const QString &databaseName, const QString &username)
{
    return prefix(databaseName) + QStringLiteral("_u_") + username;   // lango_login_name() in migration 0004
}

Result<OfficeRoles::Kind> OfficeRoles::currentKind(const Database &db)
{
    if (db.isSqlite())
        return Kind::Owner;
    auto q = db.exec(QStringLiteral("SELECT lango_current_kind()"));
    if (!q)
        return q.error();
    const QString kind = q->next() ? q->value(0).toString() : QString();
    if (kind == QLatin1String("owner"))
        return Kind::Owner;
    if (kind == QLatin1String("admin"))
        return Kind::Admin;
    if (kind == QLatin1String("cashier"))
        return Kind::Cashier;
    if (kind == QLatin1String("seller"))
        return Kind::Seller;
    return Kind::None;
}

Result<OfficeRoles::Status> OfficeRoles::ensure(const Database &db)
{
    if (db.isSqlite())
        return Status{false, tr("One computer, one file: staff roles are a convenience of this desk, not a lock.")};
    auto kind = currentKind(db);
    if (!kind)
        return kind.error();
    if (*kind != Kind::Owner)
        return Status{true, {}};   // a staff login: the owner set the roles up
    auto may = db.exec(QStringLiteral("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user"));
    if (!may)
        return may.error();
    if (!may->next() || !may->value(0).toBool())
        return Status{false, tr("The database user %1 may not create roles, so staff roles are not held by the database: every "
                                "desk can do what an admin can. As PostgreSQL's superuser run ALTER ROLE %1 CREATEROLE; "
                                "Lango sets the roles up at its next start.").arg(db.url().user)};
    QFile file(QStringLiteral(":/migrations/roles.postgresql.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Migration, tr("The staff roles' SQL is missing from this build."), {}};
    if (auto applied = db.exec(QString::fromUtf8(file.readAll())); !applied)
        return applied.error();
    qCDebug(lcModels) << "staff roles of" << db.url().name << "in place";
    return Status{true, {}};
}

Result<QString> OfficeRoles::setLogin(const Database &db, qint64 staffId, const QString &password)
{
    if (db.isSqlite())
        return QString();
    auto q = db.exec(QStringLiteral("SELECT lango_staff_login(?, ?)"), {staffId, password});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

} // namespace lango::models
