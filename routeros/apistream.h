#pragma once

// A long-running command (listen, print =follow=) on an ApiConnection: each
// !re arrives as a signal as soon as the router sends it, until the stream
// is cancelled, the router ends it, or the connection is lost.

#include "routeros/error.h"
#include "routeros/sentence.h"

#include <QObject>
#include <QPointer>

namespace lango::routeros {

class ApiConnection;

class ApiStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiStream)

public:
    ~ApiStream() override;  // cancels on the router if still running

    [[nodiscard]] quint32 id() const { return m_id; }
    [[nodiscard]] bool isRunning() const { return m_running; }
    // Asks the router to stop (/cancel); finished(ok) follows.
    void cancel();

signals:
    void itemReceived(const lango::routeros::Sentence &item);
    // Ok after cancel() or when the router ended the command; an error after
    // a !trap or a lost connection. Streams are not replayed after a
    // reconnect: start a new one and re-read the full state.
    void finished(const lango::routeros::Result<void> &result);

private:
    friend class ApiConnection;
    ApiStream(ApiConnection *connection, QObject *parent);
    void deliver(const Sentence &item);
    void finish(const Result<void> &result);

    QPointer<ApiConnection> m_connection;
    quint32 m_id = 0;
    bool m_running = true;
};

} // namespace lango::routeros
