#include "app/server/portalroutes.h"

#include "app/http/httprouter.h"
#include "app/server/httpjson.h"
#include "app/core/office.h"
#include "app/portal/portalsettings.h"

namespace lango::app {

void PortalRoutes::registerRoutes(http::HttpRouter &routes, Office &office, const QString &publicUrl)
{
    routes.route("GET", QStringLiteral("/portal/<arg>/<arg>"), [&office, publicUrl](const http::HttpRequest &, const QStringList &args) {
        const QString &router = args.at(0);
        const QString &file = args.at(1);
        if (auto known = office.routers.byName(router); !known)
            return HttpJson::error(Error{ErrorCode::NotFound,
                                         QCoreApplication::translate("PortalRoutes", "There is no router \"%1\" in Lango.").arg(router), {}});
        auto bundle = PortalSettings::render(office, publicUrl, router);
        if (!bundle)
            return HttpJson::error(bundle.error());
        const PortalFile *found = bundle->file(file);
        if (!found)
            return HttpJson::error(Error{ErrorCode::NotFound,
                                         QCoreApplication::translate("PortalRoutes", "The portal has no file \"%1\".").arg(file), {}});
        http::HttpResponse response(http::status::Ok, found->contentType, found->contents);
        response.setField("Cache-Control", "no-store");
        return response;
    });
}

} // namespace lango::app
