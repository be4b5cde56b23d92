#include "app/http/httpresponder.h"

#include "app/http/httpconnection.h"

#include <QJsonObject>

namespace lango::app::http {

HttpResponder::HttpResponder(QPointer<HttpConnection> connection, quint64 serial)
    : m_connection(std::move(connection))
    , m_serial(serial)
    , m_pending(true)
{
}

HttpResponder::HttpResponder(HttpResponder &&other) noexcept
    : m_connection(std::move(other.m_connection))
    , m_serial(other.m_serial)
    , m_pending(std::exchange(other.m_pending, false))
{
}

HttpResponder &HttpResponder::operator=(HttpResponder &&other) noexcept
{
    if (this != &other) {
        if (m_pending)
            send(HttpResponse(status::InternalServerError));
        m_connection = std::move(other.m_connection);
        m_serial = other.m_serial;
        m_pending = std::exchange(other.m_pending, false);
    }
    return *this;
}

HttpResponder::~HttpResponder()
{
    if (m_pending)
        send(HttpResponse::json(QJsonObject{{QStringLiteral("error"), QStringLiteral("internal")},
                                            {QStringLiteral("message"), QStringLiteral("The request was not answered.")}},
                                status::InternalServerError));
}

void HttpResponder::send(const HttpResponse &response)
{
    if (!m_pending)
        return;
    m_pending = false;
    if (m_connection)
        m_connection->respond(m_serial, response);
}

} // namespace lango::app::http
