#pragma once

// One client connection to the emulated router: reads sentences with the
// shared codec, handles login (plain or challenge), /cancel and /quit, hands
// everything else to the dispatcher, keeps listen streams, and writes the
// replies after the configured latency (each reply on its own timer slot, so
// pipelined commands overlap as on a real link).

#include "routeros/sentenceparser.h"
#include "routeros/sim/menudispatcher.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <map>

class QTcpSocket;

namespace lango::routeros::sim {

class RouterEmulator;

class EmulatorSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmulatorSession)

public:
    EmulatorSession(QTcpSocket *socket, RouterEmulator *emulator);
    ~EmulatorSession() override;

    void notifyChange(const QString &menu, quint32 id, bool removed);
    // Sends !fatal with `reason` and closes, as the router does.
    void sendFatal(const QString &reason);
    void abort();
    [[nodiscard]] bool isLoggedIn() const { return m_loggedIn; }

signals:
    void closed();

private:
    struct Subscription
    {
        QString menu;
        QueryMatcher matcher;
        QStringList proplist;
    };

    void onReadyRead();
    void handle(const Sentence &sentence);
    void handleLogin(const Sentence &sentence, const QByteArray &tag);
    void handleCancel(const Sentence &sentence, const QByteArray &tag);
    void send(const QList<Words> &sentences, const QByteArray &tag);
    void flushDue();
    void armFlush();

    QTcpSocket *m_socket;
    RouterEmulator *m_emulator;
    SentenceParser m_parser;
    bool m_loggedIn = false;
    QByteArray m_challenge;
    QHash<QByteArray, Subscription> m_streams;
    QSet<QByteArray> m_stalled;
    std::multimap<qint64, QByteArray> m_outbox;  // due time (ms) -> encoded reply
    qint64 m_lastDue = 0;
    QTimer m_flushTimer;
    QElapsedTimer m_clock;
    QRandomGenerator m_random;
    bool m_closeWhenFlushed = false;
};

} // namespace lango::routeros::sim
