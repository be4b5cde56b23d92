#pragma once

// What a route sees of a request, and what it answers.

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <utility>

class QJsonArray;
class QJsonDocument;
class QJsonObject;

namespace lango::app::http {

// Status codes Lango answers with, by name.
namespace status {
constexpr int Continue = 100;
constexpr int Ok = 200;
constexpr int Created = 201;
constexpr int NoContent = 204;
constexpr int BadRequest = 400;
constexpr int Forbidden = 403;
constexpr int NotFound = 404;
constexpr int MethodNotAllowed = 405;
constexpr int RequestTimeout = 408;
constexpr int Conflict = 409;
constexpr int PayloadTooLarge = 413;
constexpr int TooManyRequests = 429;
constexpr int HeaderFieldsTooLarge = 431;
constexpr int InternalServerError = 500;
constexpr int NotImplemented = 501;
constexpr int BadGateway = 502;
constexpr int ServiceUnavailable = 503;
constexpr int VersionNotSupported = 505;
} // namespace status

struct HttpRequest
{
    QByteArray method;
    QByteArray rawPath;      // as sent, percent-encoded
    QString path;            // percent-decoded, for logs and messages
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> fields;   // names in lower case
    QByteArray body;
    QHostAddress peer;       // the TCP peer (a reverse proxy, when there is one)
    QHostAddress client;     // who asked: the peer, or X-Forwarded-For from a trusted proxy

    [[nodiscard]] QByteArray field(QByteArrayView lowerName) const;
};

struct HttpResponse
{
    int status = status::Ok;
    QByteArray contentType;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> fields;   // extra header fields

    HttpResponse() = default;
    explicit HttpResponse(int code) : status(code) {}
    HttpResponse(int code, QByteArray type, QByteArray content)
        : status(code), contentType(std::move(type)), body(std::move(content)) {}

    [[nodiscard]] static HttpResponse json(const QJsonObject &object, int code = status::Ok);
    [[nodiscard]] static HttpResponse json(const QJsonArray &array, int code = status::Ok);
    [[nodiscard]] static HttpResponse json(const QJsonDocument &document, int code = status::Ok);
    void setField(const QByteArray &name, const QByteArray &value);

    // The bytes on the wire: status line, fields, body.
    [[nodiscard]] QByteArray serialize(bool keepAlive) const;
    [[nodiscard]] static QByteArray reasonPhrase(int code);
};

} // namespace lango::app::http
