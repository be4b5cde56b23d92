#pragma once

#include "app/mpesa/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace lango::app::mpesa {

// What came back from one HTTP exchange, before interpretation.
struct HttpAnswer final
{
    int status = 0;             // 0 when no HTTP answer came
    QByteArray body;
    bool timedOut = false;
    QString networkError;       // set when no HTTP answer came
    bool mayHaveArrived = true; // false only when the request surely never left

    // 2xx with a JSON object body, or the typed error for everything else.
    [[nodiscard]] Result<QJsonObject> toResult(ApiCall call, int timeoutSeconds) const;
};

// One-shot JSON requests with a timeout, on a shared QNetworkAccessManager.
// Used by the Daraja client and, for callbacks, by the emulator.
class DarajaTransport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DarajaTransport)

public:
    using Handler = std::function<void(const HttpAnswer &)>;

    // Uses `manager` if given, else owns one.
    explicit DarajaTransport(QNetworkAccessManager *manager = nullptr, QObject *parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    int timeoutSeconds() const;

    void get(const QUrl &url, const QByteArray &authorization, Handler handler);
    void post(const QUrl &url, const QByteArray &authorization, const QByteArray &json, Handler handler);

private:
    void watch(QNetworkReply *reply, Handler handler);

    QPointer<QNetworkAccessManager> m_manager;
    std::chrono::milliseconds m_timeout{30000};
};

} // namespace lango::app::mpesa
