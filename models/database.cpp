#include "models/database.h"

#include "models/logging.h"

#include <algorithm>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

namespace lango::models {

namespace {
std::atomic<int> s_instanceCounter{0};
} // namespace

// ---------------------------------------------------------------- DatabaseUrl

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    DatabaseUrl result;
    if (scheme == QLatin1String("sqlite")) {
        result.backend = Backend::Sqlite;
        QString path = url.path();
        // sqlite:///C:/Lango/lango.db on Windows: drop the slash before the drive.
        if (path.size() > 2 && path.at(0) == QLatin1Char('/') && path.at(2) == QLatin1Char(':'))
            path.remove(0, 1);
        if (path.isEmpty() || !url.host().isEmpty())
            return invalid(tr("The database URL \"%1\" has no file path. Write it as sqlite:///full/path/lango.db.")
                               .arg(trimmed));
        result.path = QDir::cleanPath(path);
        return result;
    }
    if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres")) {
        result.backend = Backend::Postgres;
        const QString noPassword = tr("The database URL must not contain a password. "
                                      "Put it in the credentials file as database_password (or LANGO_DATABASE_PASSWORD).");
        if (!url.password().isEmpty())
            return invalid(noPassword);
        result.host = url.host();
        result.port = url.port(5432);
        result.user = url.userName();
        result.name = url.path().mid(1);
        if (result.host.isEmpty() || result.name.isEmpty() || result.name.contains(QLatin1Char('/')))
            return invalid(tr("The database URL \"%1\" needs a host and a database name, "
                              "like postgresql://lango@db.local:5432/lango.").arg(url.toDisplayString(QUrl::RemovePassword)));
        if (result.user.isEmpty())
            result.user = QStringLiteral("lango");
        // Only options about the connection's security and manners: a
        // password here would be logged and copied around, and options such
        // as host= would point Lango somewhere other than the URL says.
        static const QStringList allowed{QStringLiteral("sslmode"), QStringLiteral("sslrootcert"), QStringLiteral("sslcert"),
                                         QStringLiteral("sslkey"), QStringLiteral("sslcrl"), QStringLiteral("connect_timeout"),
                                         QStringLiteral("application_name"), QStringLiteral("target_session_attrs")};
        static const QStringList sslModes{QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                          QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
        QStringList options;
        const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
        for (const auto &item : items) {
            const QString key = item.first.toLower();
            if (key == QLatin1String("password") || key == QLatin1String("passfile"))
                return invalid(noPassword);
            if (!allowed.contains(key))
                return invalid(tr("The database URL option \"%1\" is not one Lango passes on (it takes %2).")
                                   .arg(item.first, allowed.join(QStringLiteral(", "))));
            if (item.second.contains(QLatin1Char(';')) || item.second.contains(QLatin1Char(' ')))
                return invalid(tr("The database URL option %1 has a value Lango cannot pass on.").arg(item.first));
            if (key == QLatin1String("sslmode")) {
                if (!sslModes.contains(item.second))
                    return invalid(tr("sslmode must be one of %1.").arg(sslModes.join(QStringLiteral(", "))));
                result.sslMode = item.second;
            }
            options << key + QLatin1Char('=') + item.second;
        }
        // Another machine's PostgreSQL is reached over TLS with its
        // certificate checked, unless the URL (or [database] sslmode) says
        // otherwise: payments and staff passwords cross that link.
        if (result.sslMode.isEmpty() && !result.isLocal()) {
            result.sslMode = QStringLiteral("verify-full");
            options << QStringLiteral("sslmode=verify-full");
        }
        result.options = options.join(QLatin1Char(';'));
        return result;
    }
    return invalid(tr("The database URL \"%1\" is not understood. Use sqlite:///path/lango.db "
                      "or postgresql://user@host:5432/lango.").arg(trimmed));
}

bool DatabaseUrl::isLocal() const
{
    if (backend == Backend::Sqlite || host.startsWith(QLatin1Char('/')) || host == QLatin1String("localhost"))
        return true;
    // Loopback by its text (models/ does not link QtNetwork): 127.0.0.0/8 and ::1.
    static const QRegularExpression loopbackV4(QStringLiteral("^127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"));
    return loopbackV4.match(host).hasMatch() || host == QLatin1String("::1") || host == QLatin1String("[::1]");
}

bool DatabaseUrl::tlsVerified() const
{
    return sslMode == QLatin1String("verify-full") || sslMode == QLatin1String("verify-ca");
}

QString repeated(const QString &row, qsizetype count)
{
    QString text;
    text.reserve((row.size() + 1) * count);
    for (qsizetype i = 0; i < count; ++i) {
        if (i)
            text += QLatin1Char(',');
        text += row;
    }
    return text;
}

qsizetype padRows(QVariantList &values, qsizetype width, Padding padding)
{
    const qsizetype rows = values.size() / width;
    qsizetype shape = 1;
    while (shape < rows && shape < kMaxDoubledShape)
        shape *= 2;
    if (rows > kMaxDoubledShape)
        shape = (rows + kMaxDoubledShape - 1) / kMaxDoubledShape * kMaxDoubledShape;
    const QVariantList last = values.mid(values.size() - width);
    for (qsizetype row = rows; row < shape; ++row) {
        for (qsizetype i = 0; i < width; ++i)
            values << (padding == Padding::RepeatLast ? last.at(i) : QVariant());
    }
    return shape;
}

QString DatabaseUrl::toString() const
{
    if (backend == Backend::Sqlite)
        return QStringLiteral("sqlite://") + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path);
    QString text = QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(name);
    if (!options.isEmpty())
        text += QLatin1Char('?') + QString(options).replace(QLatin1Char(';'), QLatin1Char('&'));
    return text;
}

// ------------------------------------------------------------------- Database

namespace {

constexpr int kCachedStatements = 200;   // per connection; the app has fewer distinct statements

// A connection that the server or the network ended: libpq reports it with
// SQLSTATE class 08 or an administrator's shutdown (57P0x), or with no
// code at all and words only.
bool connectionLost(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P0")))
        return true;
    const QString text = error.text();
    return error.type() == QSqlError::ConnectionError || text.contains(QLatin1String("server closed the connection"))
           || text.contains(QLatin1String("no connection to the server")) || text.contains(QLatin1String("terminating connection"))
           || text.contains(QLatin1String("SSL SYSCALL error")) || text.contains(QLatin1String("could not receive data from server"))
           || text.contains(QLatin1String("could not send data to server"));
}

} // namespace

// ----------------------------------------------------------------------- Rows

Rows::Rows(const QSqlQuery &query, std::shared_ptr<bool> lease)
    : QSqlQuery(query)
    , m_lease(std::move(lease))
{
}

Rows::Rows(Rows &&other) noexcept
    : QSqlQuery(static_cast<const QSqlQuery &>(other))
    , m_lease(std::exchange(other.m_lease, {}))
{
}

Rows &Rows::operator=(Rows &&other) noexcept
{
    if (this != &other) {
        release();
        QSqlQuery::operator=(static_cast<const QSqlQuery &>(other));
        m_lease = std::exchange(other.m_lease, {});
    }
    return *this;
}

Rows::~Rows()
{
    release();
}

void Rows::release()
{
    if (!m_lease)
        return;
    // Reset now: an SQLite statement left stepping keeps its read snapshot,
    // and a PostgreSQL result its memory.
    finish();
    *m_lease = false;
    m_lease.reset();
}

// ------------------------------------------------------------------- Database

// Owned by QThreadStorage: removed when its thread ends.
struct Database::ThreadConnection
{
    struct Statement
    {
        QSqlQuery query;
        std::shared_ptr<bool> leased;
        quint64 lastUse = 0;
    };

    QString name;
    QSqlDatabase db;   // kept: looking it up by name takes a global lock
    int transactionDepth = 0;
    quint64 generation = 0;   // counts (re)openings: a transaction must end on the connection it began on
    QHash<QString, Statement> statements;
    quint64 uses = 0;
    quint64 prepared = 0;   // statements prepared into the cache
    bool forwardOnly = true;

    // A prepared statement for sql, or an empty one when it is in use (the
    // caller prepares its own then).
    Statement *statement(const QString &sql)
    {
        auto it = statements.find(sql);
        if (it != statements.end()) {
            if (*it->leased)
                return nullptr;
            it->lastUse = ++uses;
            return &*it;
        }
        if (statements.size() >= kCachedStatements) {
            auto oldest = statements.begin();
            for (auto at = statements.begin(); at != statements.end(); ++at)
                if (at->lastUse < oldest->lastUse)
                    oldest = at;
            statements.erase(oldest);   // a Rows still reading it keeps its own share
        }
        Statement fresh{QSqlQuery(db), std::make_shared<bool>(false), ++uses};
        fresh.query.setForwardOnly(forwardOnly);
        if (!fresh.query.prepare(sql))
            return nullptr;
        ++prepared;
        return &*statements.insert(sql, std::move(fresh));
    }

    void forgetStatements() { statements.clear(); }

    ~ThreadConnection()
    {
        forgetStatements();
        if (db.isValid())
            db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
};

Database::Database(DatabaseUrl url, QString password)
    : m_url(std::move(url))
    , m_password(std::move(password))
    , m_prefix(QStringLiteral("lango-%1").arg(++s_instanceCounter))
{
}

Database::~Database()
{
    // Other threads' connections go when those threads end; ours goes now.
    m_connections.setLocalData(nullptr);
}

Result<QSqlDatabase> Database::connection() const
{
    if (!m_connections.hasLocalData() || !m_connections.localData()) {
        auto *handle = new ThreadConnection;
        handle->name = QStringLiteral("%1-%2").arg(m_prefix)
                           .arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
        // SQLite steps through rows as they are read. QPSQL reads forward-only
        // results a row at a time from the server, and the next statement on
        // the connection throws away the rows not yet read: so PostgreSQL's
        // answers arrive whole, and a caller may run statements while reading.
        handle->forwardOnly = isSqlite();
        m_connections.setLocalData(handle);
    }
    ThreadConnection *handle = m_connections.localData();
    if (handle->db.isValid() && handle->db.isOpen())
        return handle->db;
    handle->forgetStatements();
    auto opened = open(handle->name);
    if (!opened)
        return opened;
    handle->db = *opened;
    ++handle->generation;
    return opened;
}

void Database::dropConnection() const
{
    ThreadConnection *handle = m_connections.hasLocalData() ? m_connections.localData() : nullptr;
    if (!handle)
        return;
    qCWarning(lcModels) << "the database connection was lost; the next statement opens a new one";
    handle->forgetStatements();
    if (handle->db.isValid())
        handle->db.close();
    handle->transactionDepth = 0;
    ++handle->generation;   // what was begun on it cannot commit
}

quint64 Database::connectionGeneration() const
{
    return m_connections.hasLocalData() && m_connections.localData() ? m_connections.localData()->generation : 0;
}

namespace {
// Dedicated connections are per thread too: two threads may each run a change feed.
QString dedicatedName(const QString &prefix, const QString &purpose)
{
    return QStringLiteral("%1-%2-%3").arg(prefix, purpose).arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
}
} // namespace

Result<QSqlDatabase> Database::openDedicated(const QString &purpose) const
{
    const QString name = dedicatedName(m_prefix, purpose);
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (db.isValid() && db.isOpen())
        return db;
    return open(name);
}

void Database::closeDedicated(const QString &purpose) const
{
    const QString name = dedicatedName(m_prefix, purpose);
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Result<QSqlDatabase> Database::open(const QString &connectionName) const
{
    const bool sqlite = isSqlite();
    const QString driver = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return Error{ErrorCode::Database,
                     tr("The %1 database driver is not installed. Install Qt's %2 plugin "
                        "(Debian: libqt6sql6-%3).").arg(driver, driver, sqlite ? QStringLiteral("sqlite") : QStringLiteral("psql")),
                     {}};
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    if (!db.isValid())
        db = QSqlDatabase::addDatabase(driver, connectionName);

    if (sqlite) {
        const QFileInfo file(m_url.path);
        if (!QDir().mkpath(file.absolutePath()))
            return Error{ErrorCode::Database,
                         tr("Cannot create the folder %1 for the database. Check its permissions.").arg(file.absolutePath()), {}};
        db.setDatabaseName(m_url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        // One computer's whole office (payments, staff, sealed secrets):
        // readable by its owner only, made so before SQLite writes to it.
        if (!QFileInfo::exists(m_url.path)) {
            QFile created(m_url.path);
            if (!created.open(QIODevice::WriteOnly))
                return Error{ErrorCode::Database, tr("Cannot create the database file %1. Check the folder's permissions.").arg(m_url.path),
                             created.errorString()};
        }
        QFile::setPermissions(m_url.path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    } else {
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setUserName(m_url.user);
        db.setPassword(m_password);
        db.setDatabaseName(m_url.name);
        QString options = QStringLiteral("connect_timeout=5");
        if (!m_url.options.isEmpty())
            options += QLatin1Char(';') + m_url.options;
        db.setConnectOptions(options);
    }
    if (!db.open()) {
        const QString where = sqlite ? m_url.path : QStringLiteral("%1:%2").arg(m_url.host).arg(m_url.port);
        const QString reason = db.lastError().text();
        if (!sqlite && (reason.contains(QLatin1String("root certificate")) || reason.contains(QLatin1String("certificate verify"))
                        || reason.contains(QLatin1String("does not match host name")) || reason.contains(QLatin1String("SSL"))))
            return Error{ErrorCode::Database,
                         tr("The database at %1 could not be reached over verified TLS (sslmode=%2). Put the server's CA certificate "
                            "in ~/.postgresql/root.crt or name it with ?sslrootcert=FILE in the URL; only if this link cannot be "
                            "tapped, set [database] sslmode = require.").arg(where, m_url.sslMode),
                         reason};
        return Error{ErrorCode::Database,
                     tr("Cannot open the database at %1. Check that it is reachable and that the user and password are right.").arg(where),
                     reason};
    }
    if (!sqlite && !m_url.isLocal() && !m_url.tlsVerified() && !m_warnedTls.exchange(true))
        qCWarning(lcModels).noquote() << "the database at" << m_url.host << "is reached with sslmode=" << m_url.sslMode
                                      << "- its certificate is not checked, so the link can be tapped or redirected";
    if (sqlite) {
        // WAL lets desks read while the services write; FULL keeps every
        // committed payment across a power cut; foreign keys are off by default.
        const QStringList pragmas{QStringLiteral("PRAGMA journal_mode=WAL"),
                                  QStringLiteral("PRAGMA synchronous=FULL"),
                                  QStringLiteral("PRAGMA foreign_keys=ON")};
        QStringList all = pragmas;
        if (const int pages = m_autoCheckpointPages.load(); pages > 0)
            all << QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(pages);
        for (const QString &pragma : std::as_const(all)) {
            QSqlQuery query(db);
            if (!query.exec(pragma))
                return errorFrom(query.lastError(), tr("Cannot configure the SQLite database %1.").arg(m_url.path));
        }
    } else {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SET TIME ZONE 'UTC'")) || !query.exec(QStringLiteral("SET client_min_messages TO warning")))
            return errorFrom(query.lastError(), tr("Cannot configure the PostgreSQL session."));
    }
    qCDebug(lcModels) << "opened" << connectionName;
    return db;
}

void Database::setAutoCheckpointPages(int pages)
{
    if (!isSqlite())
        return;
    m_autoCheckpointPages = pages;
    if (m_connections.hasLocalData() && m_connections.localData())
        (void)exec(QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(pages));
}

quint64 Database::statementsPrepared() const
{
    return m_connections.hasLocalData() && m_connections.localData() ? m_connections.localData()->prepared : 0;
}

bool Database::prepare(const QString &sql) const
{
    if (!connection())
        return false;
    return m_connections.localData()->statement(sql) != nullptr;
}

void Database::prepareShapes(qsizetype mostRows, const std::function<QString(qsizetype)> &sqlFor) const
{
    for (qsizetype rows = 1; rows <= std::min(mostRows, kMaxDoubledShape); rows *= 2) {
        if (!prepare(sqlFor(rows)))
            return;   // the connection is down: the group will say why
    }
}

Result<void> Database::checkConnection() const
{
    auto answered = exec(QStringLiteral("SELECT 1"));
    if (!answered)
        return answered.error();
    return {};
}

Result<Rows> Database::exec(const QString &sql, const QVariantList &args) const
{
    auto db = connection();
    if (!db)
        return db.error();
    if (args.isEmpty()) {
        // Statements without values run as they are: PostgreSQL cannot
        // prepare DDL or transaction control, and there is nothing to bind.
        QSqlQuery query(*db);
        query.setForwardOnly(m_connections.localData()->forwardOnly);
        if (!query.exec(sql))
            return failed(query.lastError(), tr("A database statement failed."));
        return Rows(query);
    }
    ThreadConnection *handle = m_connections.localData();
    QSqlQuery query;
    std::shared_ptr<bool> lease;
    if (auto *cached = handle->statement(sql)) {
        query = cached->query;
        lease = cached->leased;
        *lease = true;
    } else {
        // In use by a Rows still being read (or the cache could not prepare
        // it): a statement of its own, which reports its own error.
        query = QSqlQuery(*db);
        query.setForwardOnly(handle->forwardOnly);
        if (!query.prepare(sql))
            return failed(query.lastError(), tr("The database refused a statement."));
    }
    Rows rows(query, std::move(lease));
    for (int i = 0; i < args.size(); ++i) {
        const QVariant &arg = args.at(i);
        // A default QString would bind as NULL; only an explicit null
        // QVariant (QVariant(QMetaType::fromType<...>())) means SQL NULL.
        if (!arg.isNull() && arg.metaType().id() == QMetaType::QString && arg.toString().isNull())
            rows.bindValue(i, QStringLiteral(""));
        else
            rows.bindValue(i, arg);
    }
    if (!rows.exec())
        return failed(rows.lastError(), tr("A database statement failed."));
    return rows;
}

Result<void> Database::execTogether(const QList<Statement> &statements) const
{
    QList<Statement> writes = statements;
    writes.removeIf([](const Statement &statement) { return statement.isEmpty(); });
    if (writes.isEmpty())
        return {};
    if (writes.size() == 1) {
        if (auto done = exec(writes.first().sql, writes.first().args); !done)
            return done.error();
        return {};
    }
    if (isSqlite()) {
        // All or none, as PostgreSQL's one statement.
        Transaction all(*this);
        if (auto begun = all.begin(); !begun)
            return begun;
        for (const Statement &write : std::as_const(writes)) {
            if (auto done = exec(write.sql, write.args); !done)
                return done.error();
        }
        return all.commit();
    }
    QStringList parts;
    QVariantList args;
    for (qsizetype i = 0; i < writes.size(); ++i) {
        parts << QStringLiteral("w%1 AS (%2)").arg(i).arg(writes.at(i).sql);
        args += writes.at(i).args;
    }
    if (auto done = exec(QStringLiteral("WITH %1 SELECT 1").arg(parts.join(QStringLiteral(", "))), args); !done)
        return done.error();
    return {};
}

Error Database::failed(const QSqlError &error, const QString &message) const
{
    Error result = errorFrom(error, message);
    if (!isSqlite() && connectionLost(error))
        dropConnection();
    return result;
}

Error Database::errorFrom(const QSqlError &error, const QString &message) const
{
    const QString native = error.nativeErrorCode();
    const QString text = error.text();
    Error result{ErrorCode::Database, message, text};
    if (native == QLatin1String("23505") || native == QLatin1String("2067") || native == QLatin1String("1555")
        || text.contains(QLatin1String("UNIQUE constraint failed")))
        result.code = ErrorCode::Conflict;
    else if (native == QLatin1String("23514") || native == QLatin1String("23503") || native == QLatin1String("23502")
             || native == QLatin1String("275") || native == QLatin1String("787") || native == QLatin1String("1299")
             || text.contains(QLatin1String("constraint failed")))
        result.code = ErrorCode::Invalid;
    if (result.code == ErrorCode::Database)
        qCWarning(lcModels).noquote() << message << text;
    return result;
}

int &Database::transactionDepth() const
{
    if (!m_connections.hasLocalData() || !m_connections.localData())
        (void)connection();
    return m_connections.localData()->transactionDepth;
}

// ---------------------------------------------------------------- Transaction

Transaction::Transaction(const Database &db)
    : m_db(db)
{
}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

Result<void> Transaction::begin()
{
    int &depth = m_db.transactionDepth();
    // SQLite: take the write lock now, so two writers queue on the busy
    // timeout instead of failing when a reader upgrades to a writer.
    const QString sql = depth > 0 ? QStringLiteral("SAVEPOINT lango_%1").arg(depth)
                        : m_db.isSqlite() ? QStringLiteral("BEGIN IMMEDIATE")
                                          : QStringLiteral("BEGIN");
    auto done = m_db.exec(sql);
    if (!done)
        return done.error();
    m_level = ++depth;
    m_open = true;
    m_generation = m_db.connectionGeneration();
    return {};
}

Result<void> Transaction::commit()
{
    if (!m_open)
        return Error{ErrorCode::Database, Database::tr("Internal error: commit without a transaction."), {}};
    if (m_generation != m_db.connectionGeneration()) {
        // The connection broke since begin(): what this transaction wrote
        // went with it, and COMMIT on the new one would claim otherwise.
        m_open = false;
        return Error{ErrorCode::Database, Database::tr("The database connection was lost; nothing was saved."), {}};
    }
    int &depth = m_db.transactionDepth();
    const QString sql = m_level > 1 ? QStringLiteral("RELEASE SAVEPOINT lango_%1").arg(m_level - 1)
                                    : QStringLiteral("COMMIT");
    auto done = m_db.exec(sql);
    if (!done) {
        rollback();
        return done.error();
    }
    m_open = false;
    depth = m_level - 1;
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    if (m_generation != m_db.connectionGeneration()) {
        m_open = false;   // went with the broken connection
        return;
    }
    int &depth = m_db.transactionDepth();
    const QString sql = m_level > 1 ? QStringLiteral("ROLLBACK TO SAVEPOINT lango_%1").arg(m_level - 1)
                                    : QStringLiteral("ROLLBACK");
    (void)m_db.exec(sql);
    if (m_level > 1)
        (void)m_db.exec(QStringLiteral("RELEASE SAVEPOINT lango_%1").arg(m_level - 1));
    m_open = false;
    depth = m_level - 1;
}

} // namespace lango::models
