#include "routeros/apistream.h"

#include "routeros/apiconnection.h"

namespace lango::routeros {

ApiStream::ApiStream(ApiConnection *connection, QObject *parent) : QObject(parent), m_connection(connection) {}

ApiStream::~ApiStream()
{
    if (m_running && m_connection)
        m_connection->cancel(m_id);
}

void ApiStream::cancel()
{
    if (m_running && m_connection)
        m_connection->cancel(m_id);
}

void ApiStream::deliver(const Sentence &item)
{
    if (m_running)
        emit itemReceived(item);
}

void ApiStream::finish(const Result<void> &result)
{
    if (!m_running)
        return;
    m_running = false;
    emit finished(result);
}

} // namespace lango::routeros
