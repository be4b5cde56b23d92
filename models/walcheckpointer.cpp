#include "models/walcheckpointer.h"

#include "models/database.h"
#include "models/logging.h"

namespace lango::models {

WalCheckpointer::WalCheckpointer(Database &db, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &WalCheckpointer::checkpoint);
}

WalCheckpointer::~WalCheckpointer()
{
    stop();
    m_thread.waitForDone();
}

void WalCheckpointer::start()
{
    if (!m_db.isSqlite())
        return;
    m_db.setAutoCheckpointPages(kBackstopPages);
    m_timer.start();
}

void WalCheckpointer::stop()
{
    m_timer.stop();
}

void WalCheckpointer::checkpoint()
{
    if (m_running.isValid() && !m_running.isFinished())
        return;   // the last one is still copying
    m_running = m_thread.run([db = &m_db] {
        // A busy database (a reader on an older snapshot) is no failure:
        // what it could not copy now, the next pass copies.
        return bool(db->exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")));
    }).then(this, [this](bool ok) {
        if (ok) {
            m_warned = false;
        } else if (!std::exchange(m_warned, true)) {
            qCWarning(lcModels) << "the SQLite log could not be copied into the database file; commits do it themselves past"
                                << kBackstopPages << "pages";
        }
    });
}

} // namespace lango::models
