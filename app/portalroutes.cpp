#include "app/portalroutes.h"

#include "app/httpjson.h"
#include "app/office.h"
#include "app/portalsettings.h"

#include <QHttpServer>
#include <QUrl>

namespace lango::app {

void PortalRoutes::registerRoutes(QHttpServer &http, Office &office, const QString &publicUrl)
{
    http.route(QStringLiteral("/portal/<arg>/<arg>"), QHttpServerRequest::Method::Get,
               [&office, publicUrl](const QString &rawRouter, const QString &rawFile) {
        const QString router = QUrl::fromPercentEncoding(rawRouter.toUtf8());
        const QString file = QUrl::fromPercentEncoding(rawFile.toUtf8());
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
        QHttpServerResponse response(found->contentType, found->contents);
        response.setHeader("Cache-Control", "no-store");
        return response;
    });
}

} // namespace lango::app
