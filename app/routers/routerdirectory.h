#pragma once

#include "app/core/error.h"
#include "routeros/routerpool.h"

#include <QHash>
#include <QObject>

namespace lango::models {
struct Router;
}

namespace lango::app {

class Office;

// The office's routers as live connections: feeds the RouterPool from the
// router table (opening each sealed API password with the office key) and
// maps router ids to pool names. Lives on the thread its sockets live on;
// reload() when the routers table changes.
class RouterDirectory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RouterDirectory)

public:
    explicit RouterDirectory(Office &office, QObject *parent = nullptr);

    // Reads the enabled routers and makes the pool match (blocking DB read).
    [[nodiscard]] Result<void> reload();

    routeros::RouterPool &pool() { return m_pool; }
    QString nameOf(qint64 routerId) const { return m_names.value(routerId); }
    qint64 idOf(const QString &name) const { return m_ids.value(name); }
    // nullptr when the router is unknown or disabled.
    routeros::HotspotApi *hotspot(qint64 routerId) const;
    routeros::SystemApi *system(qint64 routerId) const;
    routeros::ApiConnection *connection(qint64 routerId) const;
    // "Router 7 is not configured or is disabled." as an app error.
    Error unknownRouter(qint64 routerId) const;

Q_SIGNALS:
    void reloaded();

private:
    Office &m_office;
    routeros::RouterPool m_pool;
    QHash<qint64, QString> m_names;
    QHash<QString, qint64> m_ids;
};

} // namespace lango::app
