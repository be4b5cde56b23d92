#include "models/changefeed.h"

#include "models/logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lango::models {

namespace {
const QString kChannel = QStringLiteral("lango_changes");
const QString kPurpose = QStringLiteral("changefeed");
} // namespace

ChangeFeed::ChangeFeed(const Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(50);
    connect(&m_flushTimer, &QTimer::timeout, this, &ChangeFeed::flush);
}

ChangeFeed::~ChangeFeed()
{
    stop();
}

Result<void> ChangeFeed::start(int pollIntervalMs)
{
    stop();
    if (m_db.isSqlite()) {
        auto db = m_db.openDedicated(kPurpose);
        if (!db)
            return db.error();
        m_dataVersion = -1;
        m_versions.clear();
        pollSqlite();   // learn the current versions without signalling
        connect(&m_pollTimer, &QTimer::timeout, this, &ChangeFeed::pollSqlite);
        m_pollTimer.start(pollIntervalMs);
    } else {
        if (auto connected = connectPostgres(); !connected)
            return connected.error();
        // LISTEN has no liveness of its own: check the connection now and then
        // and re-subscribe after a drop, telling desks to refresh everything.
        connect(&m_pollTimer, &QTimer::timeout, this, &ChangeFeed::checkPostgres);
        m_pollTimer.start(15000);
    }
    m_running = true;
    return {};
}

void ChangeFeed::stop()
{
    m_pollTimer.stop();
    m_pollTimer.disconnect(this);
    if (m_running)
        m_db.closeDedicated(kPurpose);
    m_running = false;
}

Result<void> ChangeFeed::connectPostgres()
{
    m_db.closeDedicated(kPurpose);
    auto db = m_db.openDedicated(kPurpose);
    if (!db)
        return db.error();
    QSqlDriver *driver = db->driver();
    if (!driver->subscribeToNotification(kChannel))
        return Error{ErrorCode::Database, tr("Cannot listen for changes in the office database."), driver->lastError().text()};
    connect(driver, &QSqlDriver::notification, this, &ChangeFeed::onNotification, Qt::UniqueConnection);
    return {};
}

void ChangeFeed::checkPostgres()
{
    bool alive = false;
    {
        auto dedicated = m_db.openDedicated(kPurpose);   // reopens only if closed
        if (dedicated) {
            QSqlQuery ping(*dedicated);
            alive = ping.exec(QStringLiteral("SELECT 1"));
        }
    }
    if (alive && !m_lost)
        return;
    if (auto reconnected = connectPostgres(); reconnected) {
        if (m_lost)
            qCInfo(lcModels) << "change feed reconnected";
        m_lost = false;
        mark(QStringLiteral("*"));   // we may have missed notices: refresh all
    } else if (!m_lost) {
        m_lost = true;
        qCWarning(lcModels).noquote() << "change feed lost:" << reconnected.error().detail;
        Q_EMIT connectionLost(reconnected.error().message);
    }
}

void ChangeFeed::onNotification(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
{
    if (name == kChannel)
        mark(payload.toString());
}

void ChangeFeed::pollSqlite()
{
    auto db = m_db.openDedicated(kPurpose);
    if (!db)
        return;
    QSqlQuery query(*db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return;
    const qint64 dataVersion = query.value(0).toLongLong();
    query.finish();
    if (dataVersion == m_dataVersion)
        return;
    const bool first = m_dataVersion < 0;
    m_dataVersion = dataVersion;
    if (!query.exec(QStringLiteral("SELECT table_name, version FROM change_counters")))
        return;   // not migrated yet
    while (query.next()) {
        const QString table = query.value(0).toString();
        const qint64 version = query.value(1).toLongLong();
        const auto known = m_versions.constFind(table);
        if (!first && (known == m_versions.constEnd() || known.value() != version))
            mark(table);
        m_versions.insert(table, version);
    }
}

void ChangeFeed::mark(const QString &table)
{
    if (table.isEmpty())
        return;
    m_pending.insert(table);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void ChangeFeed::flush()
{
    const auto tables = m_pending;
    m_pending.clear();
    for (const QString &table : tables)
        Q_EMIT tableChanged(table);
}

} // namespace lango::models
