#pragma once

#include "app/http/httpmessage.h"

#include <QPointer>

namespace lango::app::http {

class HttpConnection;

// The one answer a request is owed. Move it into a continuation to answer
// later (the connection keeps reading nothing else meanwhile); if the
// connection is gone by then, send() does nothing. Dropped without an
// answer, it answers 500 so no client waits forever.
class HttpResponder final
{
public:
    HttpResponder() = default;
    HttpResponder(QPointer<HttpConnection> connection, quint64 serial);
    HttpResponder(HttpResponder &&other) noexcept;
    HttpResponder &operator=(HttpResponder &&other) noexcept;
    HttpResponder(const HttpResponder &) = delete;
    HttpResponder &operator=(const HttpResponder &) = delete;
    ~HttpResponder();

    void send(const HttpResponse &response);
    [[nodiscard]] bool isPending() const { return m_pending; }

private:
    QPointer<HttpConnection> m_connection;
    quint64 m_serial = 0;
    bool m_pending = false;
};

} // namespace lango::app::http
