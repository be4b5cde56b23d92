#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace lango::app {

// Asks the office's headless server how it is (GET /healthz) every half
// minute, for the desk's status bar. Asynchronous: nothing waits for it.
class ServerHealth final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerHealth)

public:
    explicit ServerHealth(QObject *parent = nullptr);
    ~ServerHealth() override;

    // The server's base address, e.g. https://hotspot.example.co.ke; empty turns checks off.
    void setServer(const QUrl &base);
    QUrl server() const { return m_base; }
    void check();

    // Why an address cannot be the server's (empty when it can).
    static QString urlProblem(const QString &text);

Q_SIGNALS:
    // ok: it answered {"status": "ok"}; summary fits a status bar; detail is for a tooltip.
    void checked(bool ok, const QString &summary, const QString &detail);

private:
    QNetworkAccessManager *m_network = nullptr;
    QTimer m_timer;
    QUrl m_base;
};

} // namespace lango::app
