#pragma once

#include "app/billing/billingtypes.h"
#include "app/core/error.h"
#include "app/http/clientaddress.h"
#include "app/core/logthrottle.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>

#include <functional>
#include <QString>

#include <memory>

namespace lango::models {
class DbExecutor;
}

namespace lango::app {

namespace http {
class HttpResponder;
class HttpRouter;
struct HttpRequest;
struct HttpResponse;
}

class BillingService;
class CallbackCommitter;
class Metrics;
class Office;
class RouterDirectory;

// The headless server's billing routes (DESIGN.md, Interfaces):
//   public: GET  /api/portal/packages?router=NAME
//           POST /api/portal/purchases          GET /api/portal/purchases/{id}
//           POST /pay/stk/{token}               POST /pay/c2b/validation|confirmation/{token}
//   admin:  GET  /metrics
// Handlers are thin: parse, call the service, answer JSON. Callbacks answer
// Safaricom right after the payment is committed; router work runs after.
class BillingHttp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BillingHttp)

public:
    static constexpr qint64 kCallbackBodyBytes = 64 * 1024;

    struct Options
    {
        QString callbackToken;
        QList<http::ClientAddress::Subnet> callbackSources;   // empty: any address may call back
        // [sms]: POST /sms/dlr/{deliveryReportToken}, the provider's delivery reports.
        QString deliveryReportToken;
        std::function<Result<bool>(const QString &messageId, const QString &status, const QString &failureReason)> deliveryReport;
        // A database with one writer (SQLite): the thread its writes share,
        // where callbacks commit too. Null: lanes of their own.
        models::DbExecutor *writer = nullptr;
    };

    BillingHttp(BillingService &billing, Metrics &metrics, Office &office, RouterDirectory *routers, Options options,
                QObject *parent = nullptr);
    ~BillingHttp() override;

    void registerRoutes(http::HttpRouter &publicRoutes, http::HttpRouter &adminRoutes);

private:
    // The token and, when configured, the source address; a refusal is a
    // 404 (a wrong token must look like no route at all) logged at most
    // once a minute.
    bool callbackAllowed(const http::HttpRequest &request, const QString &token, const char *kind);
    bool tokenMatches(const QString &candidate) const;
    static bool sameSecret(const QString &candidate, const QString &secret);
    void answerCallback(http::HttpResponder &responder, const Result<StkOutcome> &outcome);
    http::HttpResponse metricsPage();

    BillingService &m_billing;
    Metrics &m_metrics;
    Office &m_office;
    RouterDirectory *m_routers;
    Options m_options;
    std::unique_ptr<CallbackCommitter> m_committer;
    LogThrottle m_refusedLog;
    QString m_metricsText;
    QElapsedTimer m_metricsAge;
};

} // namespace lango::app
