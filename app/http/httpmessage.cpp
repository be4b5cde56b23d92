#include "app/http/httpmessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lango::app::http {

QByteArray HttpRequest::field(QByteArrayView lowerName) const
{
    for (const auto &[name, value] : fields) {
        if (name == lowerName)
            return value;
    }
    return {};
}

HttpResponse HttpResponse::json(const QJsonObject &object, int code)
{
    return json(QJsonDocument(object), code);
}

HttpResponse HttpResponse::json(const QJsonArray &array, int code)
{
    return json(QJsonDocument(array), code);
}

HttpResponse HttpResponse::json(const QJsonDocument &document, int code)
{
    return HttpResponse(code, QByteArrayLiteral("application/json"), document.toJson(QJsonDocument::Compact));
}

void HttpResponse::setField(const QByteArray &name, const QByteArray &value)
{
    for (auto &field : fields) {
        if (field.first.compare(name, Qt::CaseInsensitive) == 0) {
            field.second = value;
            return;
        }
    }
    fields.append({name, value});
}

QByteArray HttpResponse::reasonPhrase(int code)
{
    switch (code) {
    case 100: return QByteArrayLiteral("Continue");
    case 200: return QByteArrayLiteral("OK");
    case 201: return QByteArrayLiteral("Created");
    case 204: return QByteArrayLiteral("No Content");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 408: return QByteArrayLiteral("Request Timeout");
    case 409: return QByteArrayLiteral("Conflict");
    case 413: return QByteArrayLiteral("Content Too Large");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 431: return QByteArrayLiteral("Request Header Fields Too Large");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 501: return QByteArrayLiteral("Not Implemented");
    case 502: return QByteArrayLiteral("Bad Gateway");
    case 503: return QByteArrayLiteral("Service Unavailable");
    case 505: return QByteArrayLiteral("HTTP Version Not Supported");
    default: return QByteArrayLiteral("Status");
    }
}

QByteArray HttpResponse::serialize(bool keepAlive) const
{
    QByteArray out;
    out.reserve(160 + body.size());
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    for (const auto &[name, value] : fields)
        out += name + ": " + value + "\r\n";
    // 1xx and 204 carry no body and no length (RFC 9110 8.6).
    if (status >= 200 && status != status::NoContent)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (!keepAlive)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (status >= 200 && status != status::NoContent)
        out += body;
    return out;
}

} // namespace lango::app::http
