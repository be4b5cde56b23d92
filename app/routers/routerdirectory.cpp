#include "app/routers/routerdirectory.h"

#include "app/core/logging.h"
#include "app/core/office.h"
#include "app/routers/routerprofiles.h"

namespace lango::app {

RouterDirectory::RouterDirectory(Office &office, QObject *parent)
    : QObject(parent)
    , m_office(office)
{
}

Result<void> RouterDirectory::reload()
{
    auto routers = m_office.routers.list();
    if (!routers)
        return fromModels(routers.error());
    QList<routeros::ConnectionConfig> configs;
    m_names.clear();
    m_ids.clear();
    for (const models::Router &router : *routers) {
        m_names.insert(router.id, router.name);
        m_ids.insert(router.name, router.id);
        if (!router.enabled || m_office.db().secretsHidden())
            continue;   // a seller's desk reaches no router itself
        auto config = RouterProfiles::connectionFor(router, m_office.box());
        if (!config) {
            qCWarning(lcApp).noquote() << "router" << router.name << config.error().message;
            continue;
        }
        configs << *config;
    }
    m_pool.setRouters(configs);
    Q_EMIT reloaded();
    return {};
}

routeros::HotspotApi *RouterDirectory::hotspot(qint64 routerId) const
{
    return m_pool.hotspot(m_names.value(routerId));
}

routeros::SystemApi *RouterDirectory::system(qint64 routerId) const
{
    return m_pool.system(m_names.value(routerId));
}

routeros::ApiConnection *RouterDirectory::connection(qint64 routerId) const
{
    return m_pool.connection(m_names.value(routerId));
}

Error RouterDirectory::unknownRouter(qint64 routerId) const
{
    const QString name = m_names.value(routerId);
    return Error{ErrorCode::Unavailable,
                 name.isEmpty() ? tr("Router %1 is not configured in Lango.").arg(routerId)
                                : tr("Router %1 is disabled in Lango; enable it to use it.").arg(name), {}};
}

} // namespace lango::app
