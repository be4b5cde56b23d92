#pragma once

#include <QString>

namespace lango::app {

namespace http {
class HttpRouter;
}

class Office;

// GET /portal/{router}/{file}: the captive portal rendered for one router,
// which the router downloads with /tool/fetch when `lango router
// install-portal` runs. Rendered on every request from the office settings,
// so it always matches what an installer on any desk renders.
class PortalRoutes final
{
public:
    PortalRoutes() = delete;

    // `office` must outlive `routes`. `publicUrl` is [http] public_url.
    static void registerRoutes(http::HttpRouter &routes, Office &office, const QString &publicUrl);
};

} // namespace lango::app
