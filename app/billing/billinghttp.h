#pragma once

#include <QList>
#include <QObject>

#include <memory>
#include <QString>

class QHttpServer;
class QHttpServerResponder;

namespace lango::app {

class BillingService;
class Metrics;
class Office;
class RouterDirectory;

// The headless server's billing routes (DESIGN.md, Interfaces):
//   GET  /api/portal/packages?router=NAME
//   POST /api/portal/purchases          GET /api/portal/purchases/{id}
//   POST /pay/stk/{token}               POST /pay/c2b/validation|confirmation/{token}
//   GET  /metrics
// Handlers are thin: parse, call the service, answer JSON. Callbacks answer
// Safaricom right after the payment is committed; router work runs after.
class BillingHttp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BillingHttp)

public:
    BillingHttp(BillingService &billing, Metrics &metrics, Office &office, RouterDirectory *routers, QString callbackToken,
                QObject *parent = nullptr);

    ~BillingHttp() override;

    void registerRoutes(QHttpServer &http);

private:
    struct PendingCallback
    {
        QByteArray body;
        std::shared_ptr<QHttpServerResponder> responder;
    };

    bool tokenMatches(const QString &candidate) const;
    void flushCallbacks();

    BillingService &m_billing;
    Metrics &m_metrics;
    Office &m_office;
    RouterDirectory *m_routers;
    QString m_callbackToken;
    QList<PendingCallback> m_pendingCallbacks;
};

} // namespace lango::app
