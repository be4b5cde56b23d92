#pragma once

#include "app/mpesa/eattime.h"
#include "app/mpesa/error.h"
#include "app/mpesa/retrypolicy.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>
#include <vector>

namespace lango::app::mpesa {

class DarajaTransport;
struct HttpAnswer;

struct AccessToken final
{
    QString value;       // secret: never log it
    QDateTime expiresAt; // UTC, as announced by Daraja
};

// One process-wide OAuth token (daraja.md 2): fetched once, reused until a
// minute before it expires, and refreshed by a single request however many
// callers ask at once; the others wait for that request's answer.
class TokenProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenProvider)

public:
    using Handler = std::function<void(const Result<AccessToken> &)>;

    TokenProvider(DarajaTransport *transport, QObject *parent = nullptr);

    void setEndpoint(const QUrl &baseUrl, const QString &consumerKey, const QString &consumerSecret);
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }

    // Calls `handler` with a usable token: at once when one is cached,
    // else after the (single) refresh in flight finishes.
    void request(Handler handler);
    // Drops the cached token if it is still `token` (Daraja refused it); a
    // token refreshed meanwhile by another caller is kept.
    void invalidate(const QString &token);
    void clear();

    [[nodiscard]] bool hasUsableToken() const;
    int fetchCount() const { return m_fetchCount; }

private:
    void fetch();
    void handleAnswer(const HttpAnswer &answer);
    void finish(const Result<AccessToken> &result);
    [[nodiscard]] Result<AccessToken> parse(const QJsonObject &json) const;

    DarajaTransport *m_transport;
    QUrl m_url;
    QByteArray m_authorization;  // Basic credentials: secret
    Clock m_clock = EatTime::systemClock();
    RetryPolicy m_retry;
    std::optional<AccessToken> m_token;
    QDateTime m_refreshAt;
    std::vector<Handler> m_waiters;
    bool m_fetching = false;
    int m_attempt = 0;
    int m_fetchCount = 0;
};

} // namespace lango::app::mpesa
