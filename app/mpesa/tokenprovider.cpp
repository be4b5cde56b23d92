#include "app/mpesa/tokenprovider.h"

#include "app/mpesa/darajajson.h"
#include "app/mpesa/darajatransport.h"
#include "app/mpesa/logging.h"

#include <QTimer>
#include <QUrlQuery>

namespace lango::app::mpesa {

TokenProvider::TokenProvider(DarajaTransport *transport, QObject *parent)
    : QObject(parent), m_transport(transport)
{
}

void TokenProvider::setEndpoint(const QUrl &baseUrl, const QString &consumerKey, const QString &consumerSecret)
{
    m_url = baseUrl.resolved(QUrl(QStringLiteral("/oauth/v1/generate")));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    m_url.setQuery(query);
    m_authorization = QByteArrayLiteral("Basic ")
        + (consumerKey + QLatin1Char(':') + consumerSecret).toUtf8().toBase64();
    clear();
}

bool TokenProvider::hasUsableToken() const
{
    return m_token && m_clock() < m_refreshAt;
}

void TokenProvider::request(Handler handler)
{
    if (hasUsableToken()) {
        handler(*m_token);
        return;
    }
    m_waiters.push_back(std::move(handler));
    if (!m_fetching) {
        m_fetching = true;
        m_attempt = 0;
        fetch();
    }
}

void TokenProvider::invalidate(const QString &token)
{
    if (m_token && m_token->value == token) {
        qCInfo(lcMpesa) << "Daraja refused the cached access token; fetching a new one";
        m_token.reset();
    }
}

void TokenProvider::clear()
{
    m_token.reset();
}

void TokenProvider::fetch()
{
    ++m_attempt;
    ++m_fetchCount;
    qCDebug(lcMpesa) << "requesting a Daraja access token, attempt" << m_attempt;
    m_transport->get(m_url, m_authorization, [this](const HttpAnswer &answer) { handleAnswer(answer); });
}

void TokenProvider::handleAnswer(const HttpAnswer &answer)
{
    auto json = answer.toResult(ApiCall::Token, m_transport->timeoutSeconds());
    if (!json) {
        const Error &error = json.error();
        if (error.isTransient() && m_attempt < m_retry.maxAttempts) {
            const auto delay = m_retry.delayAfter(m_attempt);
            qCInfo(lcMpesa).noquote() << "access token request failed:" << error.detail << "- retrying in"
                                      << delay.count() << "ms";
            QTimer::singleShot(delay, this, [this] { fetch(); });
            return;
        }
        qCWarning(lcMpesa).noquote() << "access token request failed:" << error.detail;
        finish(error);
        return;
    }
    finish(parse(*json));
}

Result<AccessToken> TokenProvider::parse(const QJsonObject &json) const
{
    const QString token = json.value(QLatin1String("access_token")).toString();
    if (token.isEmpty())
        return Error::badResponse(ApiCall::Token, QStringLiteral("no access_token in the answer"));
    // expires_in is a string on the live API and a number in the docs' sample.
    qint64 lifetime = 3599;
    const QJsonValue expires = json.value(QLatin1String("expires_in"));
    if (!expires.isUndefined()) {
        const auto text = DarajaJson::text(expires);
        bool ok = false;
        lifetime = text ? text->toLongLong(&ok) : 0;
        if (!ok || lifetime <= 0)
            return Error::badResponse(ApiCall::Token, QStringLiteral("expires_in is not a positive number"));
    }
    AccessToken result{token, m_clock().addSecs(lifetime)};
    return result;
}

void TokenProvider::finish(const Result<AccessToken> &result)
{
    if (result) {
        m_token = *result;
        // Refresh a minute early; short test lifetimes refresh at 3/4 of their life.
        const qint64 lifetimeMs = m_clock().msecsTo(result->expiresAt);
        const qint64 marginMs = std::min<qint64>(60'000, lifetimeMs / 4);
        m_refreshAt = result->expiresAt.addMSecs(-marginMs);
        qCInfo(lcMpesa) << "got a Daraja access token valid for" << lifetimeMs / 1000 << "s";
    }
    m_fetching = false;
    std::vector<Handler> waiters;
    waiters.swap(m_waiters);
    for (const Handler &handler : waiters)
        handler(result);
}

} // namespace lango::app::mpesa
