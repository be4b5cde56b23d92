#include "app/http/httprouter.h"

#include "app/http/httprequestparser.h"

#include <QJsonObject>

namespace lango::app::http {

namespace {

const QString kArg = QStringLiteral("<arg>");

bool matches(const QStringList &pattern, const QStringList &segments, QStringList *args)
{
    if (pattern.size() != segments.size())
        return false;
    QStringList captured;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == kArg) {
            if (segments.at(i).isEmpty())
                return false;
            captured << segments.at(i);
        } else if (pattern.at(i) != segments.at(i)) {
            return false;
        }
    }
    if (args)
        *args = captured;
    return true;
}

HttpResponse jsonError(int code, const QString &key, const QString &message)
{
    return HttpResponse::json(QJsonObject{{QStringLiteral("error"), key}, {QStringLiteral("message"), message}}, code);
}

} // namespace

bool HttpRouter::splitPath(const QByteArray &rawPath, QStringList &segments)
{
    segments.clear();
    if (!rawPath.startsWith('/'))
        return false;
    const QList<QByteArray> parts = rawPath.mid(1).split('/');
    for (const QByteArray &part : parts) {
        const QByteArray decoded = QByteArray::fromPercentEncoding(part);
        const QString text = QString::fromUtf8(decoded);
        if (text.toUtf8() != decoded || text.contains(QChar(0)))
            return false;   // not UTF-8, or a NUL: no route has such a name
        segments << text;
    }
    return true;
}

void HttpRouter::route(const QByteArray &method, const QString &pattern, Handler handler, qint64 maxBodyBytes)
{
    routeAsync(method, pattern,
               [handler = std::move(handler)](const HttpRequest &request, const QStringList &args, HttpResponder &&responder) {
                   responder.send(handler(request, args));
               },
               maxBodyBytes);
}

void HttpRouter::routeAsync(const QByteArray &method, const QString &pattern, AsyncHandler handler, qint64 maxBodyBytes)
{
    m_routes.append({method, pattern.mid(1).split(QLatin1Char('/')), std::move(handler), maxBodyBytes});
}

const HttpRouter::Route *HttpRouter::find(const QByteArray &method, const QStringList &segments, QStringList *args,
                                          bool *pathKnown) const
{
    *pathKnown = false;
    for (const Route &route : m_routes) {
        if (!matches(route.pattern, segments, nullptr))
            continue;
        *pathKnown = true;
        if (route.method == method && matches(route.pattern, segments, args))
            return &route;
    }
    return nullptr;
}

qint64 HttpRouter::bodyLimit(const HttpHead &head) const
{
    QStringList segments;
    if (!splitPath(head.path(), segments))
        return 0;
    bool known = false;
    const Route *route = find(head.method, segments, nullptr, &known);
    return route ? route->maxBodyBytes : 0;
}

void HttpRouter::dispatch(const HttpRequest &request, HttpResponder &&responder) const
{
    QStringList segments;
    QStringList args;
    bool known = false;
    const Route *route = splitPath(request.rawPath, segments) ? find(request.method, segments, &args, &known) : nullptr;
    if (!route) {
        if (known)
            responder.send(jsonError(status::MethodNotAllowed, QStringLiteral("method_not_allowed"),
                                     QStringLiteral("This route does not take %1.").arg(QString::fromLatin1(request.method))));
        else
            responder.send(jsonError(status::NotFound, QStringLiteral("not_found"), QStringLiteral("No such route.")));
        return;
    }
    route->handler(request, args, std::move(responder));
}

} // namespace lango::app::http
