#include "routeros/userpusher.h"

#include "routeros/apiconnection.h"
#include "routeros/routererrors.h"

namespace lango::routeros {

UserPusher::UserPusher(ApiConnection *connection, QList<HotspotUser> users, QObject *parent)
    : QObject(parent), m_connection(connection), m_users(std::move(users))
{
    m_report.total = static_cast<int>(m_users.size());
}

void UserPusher::start()
{
    if (m_running)
        return;
    m_running = true;
    m_timer.start();
    if (m_users.isEmpty()) {
        QMetaObject::invokeMethod(this, &UserPusher::finishIfDone, Qt::QueuedConnection);
        return;
    }
    pump();
}

void UserPusher::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    m_report.cancelled = true;
    if (m_inFlight == 0)
        QMetaObject::invokeMethod(this, &UserPusher::finishIfDone, Qt::QueuedConnection);
}

void UserPusher::pump()
{
    if (m_pumping)
        return;  // a reply handled inside submit(): the outer loop goes on
    m_pumping = true;
    while (!m_cancelled && m_inFlight < m_maxInFlight && m_next < m_users.size()) {
        const int index = m_next++;
        ++m_inFlight;
        Command add(u"/ip/hotspot/user/add");
        m_users.at(index).addAttributes(add);
        if (!m_connection) {
            onReply(index, RouterErrors::notConnected(QString(), QStringLiteral("the router connection was removed")));
            continue;
        }
        QPointer<UserPusher> self(this);
        m_connection->submit(add, [self, index](const Result<Reply> &reply) {
            if (self)
                self->onReply(index, reply);
        }, m_options);
    }
    m_pumping = false;
}

void UserPusher::onReply(int index, const Result<Reply> &reply)
{
    --m_inFlight;
    ++m_done;
    const QString &name = m_users.at(index).name;
    if (reply) {
        ++m_report.added;
    } else if (reply.error().code == ErrorCode::AlreadyExists) {
        ++m_report.existed;
        m_report.existing.append(name);
    } else {
        m_report.failures.append({name, reply.error()});
    }
    emit progressed(m_done, m_report.total);
    pump();
    finishIfDone();
}

void UserPusher::finishIfDone()
{
    if (!m_running || m_inFlight > 0)
        return;
    if (!m_cancelled && m_done < m_report.total)
        return;
    m_running = false;
    m_report.elapsedMs = m_timer.elapsed();
    emit finished(m_report);
}

} // namespace lango::routeros
