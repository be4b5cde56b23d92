#pragma once

// Fresh databases for tests: a SQLite file in a temporary folder, and when
// scripts/test started a throwaway PostgreSQL (LANGO_TEST_PG_URL), a fresh
// PostgreSQL database per test. Under CI a missing PostgreSQL is a failure,
// never a skip (STYLE.md 2.13).

#include "common/sqliteurl.h"
#include "models/database.h"
#include "models/migrator.h"

#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

namespace lango::testing {

inline QString postgresAdminUrl()
{
    return qEnvironmentVariable("LANGO_TEST_PG_URL");
}

inline bool requirePostgres()
{
    return !postgresAdminUrl().isEmpty() || qEnvironmentVariableIsSet("CI");
}

// Adds "sqlite" and, when available, "postgresql" rows with a "backend" column.
inline void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    if (requirePostgres())
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

class TestDatabase
{
public:
    // Creates an empty database of the given backend; url() is empty and
    // error() says why when it could not.
    explicit TestDatabase(const QString &backend)
    {
        if (backend == QLatin1String("sqlite")) {
            m_url = lango::sqliteUrlForFile(m_dir.path() + QStringLiteral("/lango.db"));
            return;
        }
        const QString admin = postgresAdminUrl();
        if (admin.isEmpty()) {
            m_error = QStringLiteral("LANGO_TEST_PG_URL is not set: run the tests through scripts/test");
            return;
        }
        auto parsed = models::DatabaseUrl::parse(admin);
        if (!parsed) {
            m_error = parsed.error().message;
            return;
        }
        m_adminUrl = *parsed;
        m_name = QStringLiteral("lango_t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        if (!adminExec(QStringLiteral("CREATE DATABASE %1").arg(m_name)))
            return;
        models::DatabaseUrl url = m_adminUrl;
        url.name = m_name;
        m_url = url.toString();
    }

    ~TestDatabase()
    {
        if (!m_name.isEmpty())
            adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }

    QString url() const { return m_url; }
    QString error() const { return m_error; }

    // A Database on this URL; migrated unless told otherwise.
    std::unique_ptr<models::Database> open(bool migrate = true) const
    {
        auto parsed = models::DatabaseUrl::parse(m_url);
        if (!parsed)
            return nullptr;
        auto db = std::make_unique<models::Database>(*parsed);
        if (migrate) {
            auto applied = models::Migrator(*db).migrate();
            if (!applied) {
                qWarning().noquote() << applied.error().message << applied.error().detail;
                return nullptr;
            }
        }
        return db;
    }

private:
    bool adminExec(const QString &sql)
    {
        const QString name = QStringLiteral("lango-test-admin");
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(m_adminUrl.host);
            db.setPort(m_adminUrl.port);
            db.setUserName(m_adminUrl.user);
            db.setDatabaseName(m_adminUrl.name);
            if (db.open()) {
                QSqlQuery query(db);
                ok = query.exec(sql);
                if (!ok)
                    m_error = query.lastError().text();
            } else {
                m_error = db.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    QTemporaryDir m_dir;
    QString m_url;
    QString m_error;
    QString m_name;
    models::DatabaseUrl m_adminUrl;
};

} // namespace lango::testing

// Opens a fresh migrated database for the current data row or fails the test.
#define LANGO_OPEN_DB(var, backend)                                           \
    lango::testing::TestDatabase var##Fixture(backend);                       \
    QVERIFY2(!var##Fixture.url().isEmpty(), qPrintable(var##Fixture.error())); \
    auto var = var##Fixture.open();                                           \
    QVERIFY(var)

// Verifies a Result is ok, printing its error message and detail otherwise.
#define LANGO_VERIFY_OK(expr)                                                                     \
    do {                                                                                          \
        const auto &lango_result_ = (expr);                                                       \
        QVERIFY2(lango_result_.ok(), lango_result_.ok() ? ""                                      \
                 : qPrintable(lango_result_.error().message + QStringLiteral(" | ") + lango_result_.error().detail)); \
    } while (false)
