#pragma once

#include "models/error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QThreadStorage>
#include <QVariantList>

#include <atomic>
#include <functional>
#include <memory>

class QSqlError;

namespace lango::models {

enum class Backend { Sqlite, Postgres };

// A parsed database URL: sqlite:///path/lango.db or
// postgresql://user@host:5432/db. Passwords never travel in the URL: they
// come from the secret store (DESIGN.md, Invariants).
struct DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)

public:
    Backend backend = Backend::Sqlite;
    QString path;           // SQLite file
    QString host;           // PostgreSQL
    int port = 5432;
    QString user;
    QString name;
    QString options;        // extra libpq options, e.g. sslmode=require
    QString sslMode;        // as given, or verify-full by default for another machine

    [[nodiscard]] static Result<DatabaseUrl> parse(const QString &text);
    // SQLite, a Unix socket, or this machine's loopback.
    [[nodiscard]] bool isLocal() const;
    [[nodiscard]] bool tlsVerified() const;
    QString toString() const;
};

// One statement's answer. Statements with values stay prepared on their
// connection (the database plans them once; PostgreSQL then answers in one
// round trip instead of prepare, execute and deallocate); while a Rows is
// alive its statement is not handed out again, and when it goes the
// statement is reset for the next caller. Read it, don't keep it.
class Rows final : public QSqlQuery
{
public:
    Rows(const QSqlQuery &query, std::shared_ptr<bool> lease = {});
    Rows(Rows &&other) noexcept;
    Rows &operator=(Rows &&other) noexcept;
    Rows(const Rows &) = delete;
    Rows &operator=(const Rows &) = delete;
    ~Rows();

private:
    void release();
    std::shared_ptr<bool> m_lease;   // true while this Rows holds a cached statement
};

// A statement with its positional values, made by a store for its caller to
// send with others (Database::execTogether); empty when there is nothing to do.
struct Statement
{
    QString sql;
    QVariantList args;
    bool isEmpty() const { return sql.isEmpty(); }
};

// Opens one connection per thread, on first use (STYLE.md 2.8), and knows
// the backend's dialect. Stores share one Database and ask it for the calling
// thread's connection, so a transaction begun by a caller covers every store
// call made on that thread until it commits (the outbox pattern).
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    explicit Database(DatabaseUrl url, QString password = {});
    ~Database();

    const DatabaseUrl &url() const { return m_url; }
    Backend backend() const { return m_url.backend; }
    bool isSqlite() const { return m_url.backend == Backend::Sqlite; }

    // The calling thread's connection, opened and configured on first use.
    [[nodiscard]] Result<QSqlDatabase> connection() const;
    // A connection with its own name, for a job that must not share the
    // thread's (the change feed's LISTEN connection): opened once, then the
    // same open connection is returned. The caller closes it.
    [[nodiscard]] Result<QSqlDatabase> openDedicated(const QString &purpose) const;
    void closeDedicated(const QString &purpose) const;

    // Runs one statement with positional (?) parameters on this thread's
    // connection. A connection the server dropped is opened again on the
    // next call (the statement that met the break fails).
    [[nodiscard]] Result<Rows> exec(const QString &sql, const QVariantList &args = {}) const;
    // Writes whose caller needs nothing back, in one round trip: PostgreSQL
    // runs them as one statement (each a data-modifying WITH, run once and
    // to completion), SQLite, which has no round trips, one after another.
    // All or none. Each is an INSERT, UPDATE or DELETE without RETURNING,
    // independent of the others (on PostgreSQL none sees another's rows);
    // empty ones are skipped.
    [[nodiscard]] Result<void> execTogether(const QList<Statement> &statements) const;
    // Prepares a statement with values on this thread's connection and keeps
    // it, as exec() would, without running it: a thread's first use of a big
    // statement then does not wait for its preparation.
    [[nodiscard]] bool prepare(const QString &sql) const;
    // prepare() for each shape padRows gives groups of up to `mostRows`
    // rows (1, 2, 4 ... up to kMaxDoubledShape): a store's group statement,
    // its text made by `sqlFor`, ready before the first group needs it.
    void prepareShapes(qsizetype mostRows, const std::function<QString(qsizetype rows)> &sqlFor) const;
    // How many statements this thread's connection has prepared and kept.
    quint64 statementsPrepared() const;
    // Opens this thread's connection and runs a trivial statement: whether
    // the server, the credentials and the database all answer.
    [[nodiscard]] Result<void> checkConnection() const;

    // Maps a driver error to a models::Error: unique violations become
    // Conflict, check violations Invalid, everything else Database.
    Error errorFrom(const QSqlError &error, const QString &message) const;

    // SQLite: how long the write-ahead log grows before the connection
    // that commits past it copies it back into the database file, inside
    // that commit (SQLite's default is 1,000 pages). Applies to this
    // thread's connection now and to every connection opened after; a
    // WalCheckpointer raises it, as it does that copy on a thread of its own.
    void setAutoCheckpointPages(int pages);

    // A login that is shown no secrets (a seller's): stores then read the
    // rows without the columns the database would refuse.
    void setSecretsHidden(bool hidden) { m_secretsHidden = hidden; }
    bool secretsHidden() const { return m_secretsHidden; }

    // Transaction nesting depth of the calling thread (see Transaction).
    int &transactionDepth() const;
    // How many times this thread's connection has been opened: a
    // transaction begun on one connection cannot commit on the next.
    quint64 connectionGeneration() const;

    // Forgets this thread's connection (closed, statements dropped), so the
    // next statement opens a new one. Called when the server dropped it.
    void dropConnection() const;

private:
    struct ThreadConnection;
    Result<QSqlDatabase> open(const QString &connectionName) const;
    Error failed(const QSqlError &error, const QString &message) const;

    DatabaseUrl m_url;
    QString m_password;
    QString m_prefix;
    mutable QThreadStorage<ThreadConnection *> m_connections;
    mutable std::atomic<bool> m_warnedTls{false};   // the unverified-TLS warning, once
    std::atomic<bool> m_secretsHidden{false};
    std::atomic<int> m_autoCheckpointPages{0};   // 0: SQLite's own default
};

// `count` copies of `row` ("(?, ?)"), comma separated: the values of a
// statement about several rows at once, "?, ?, ?" for an IN list.
QString repeated(const QString &row, qsizetype count);

// Statements about several rows at once are written for a few sizes only
// (1, 2, 4 ... 64 rows, then multiples of 64), so that a connection
// prepares each shape once, not once for every size a group happens to
// have (on PostgreSQL a PREPARE is a round trip of its own).
// padRows fills `values` (rows of `width` values) up to its shape and
// returns the shape's row count: repeating the last row, which an IN list
// or an UPDATE's FROM takes as one, or with NULL rows, which an
// INSERT ... SELECT leaves out (WHERE first_column IS NOT NULL).
// padRows doubles a group's shape up to this, then takes multiples of it.
inline constexpr qsizetype kMaxDoubledShape = 64;
enum class Padding { RepeatLast, Nulls };
qsizetype padRows(QVariantList &values, qsizetype width, Padding padding);

// A unit of work on the calling thread's connection: rolls back unless
// commit() succeeded. Nested transactions become savepoints, so a store may
// open its own and still join a caller's.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(const Database &db);
    ~Transaction();

    [[nodiscard]] Result<void> begin();
    [[nodiscard]] Result<void> commit();
    void rollback();

private:
    const Database &m_db;
    int m_level = 0;   // 0 = not begun
    bool m_open = false;
    quint64 m_generation = 0;   // the connection it began on
};

} // namespace lango::models
