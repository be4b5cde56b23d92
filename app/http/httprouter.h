#pragma once

#include "app/http/httpmessage.h"
#include "app/http/httpresponder.h"

#include <QStringList>

#include <functional>

namespace lango::app::http {

struct HttpHead;

// Routes by method and path pattern ("/pay/stk/<arg>": <arg> matches one
// path segment, percent-decoded). Each route says how large a body it takes,
// which the server enforces before reading the body.
class HttpRouter final
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &request, const QStringList &args)>;
    using AsyncHandler = std::function<void(const HttpRequest &request, const QStringList &args, HttpResponder &&responder)>;

    void route(const QByteArray &method, const QString &pattern, Handler handler, qint64 maxBodyBytes = 0);
    void routeAsync(const QByteArray &method, const QString &pattern, AsyncHandler handler, qint64 maxBodyBytes = 0);

    // The largest body the route of this head takes (0 when none matches).
    [[nodiscard]] qint64 bodyLimit(const HttpHead &head) const;
    // Answers 404 (no such path) or 405 (no such method) as JSON itself.
    void dispatch(const HttpRequest &request, HttpResponder &&responder) const;

    // Percent-decoded path segments; false for an undecodable path.
    [[nodiscard]] static bool splitPath(const QByteArray &rawPath, QStringList &segments);

private:
    struct Route
    {
        QByteArray method;
        QStringList pattern;
        AsyncHandler handler;
        qint64 maxBodyBytes = 0;
    };
    const Route *find(const QByteArray &method, const QStringList &segments, QStringList *args, bool *pathKnown) const;

    QList<Route> m_routes;
};

} // namespace lango::app::http
