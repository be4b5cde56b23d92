#include "app/desk/serverhealth.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace lango::app {

ServerHealth::ServerHealth(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_timer.setInterval(30000);
    connect(&m_timer, &QTimer::timeout, this, &ServerHealth::check);
}

ServerHealth::~ServerHealth() = default;

QString ServerHealth::urlProblem(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    const QUrl url(text.trimmed());
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return tr("Write the server's address as http(s)://host[:port], for example https://hotspot.example.co.ke.");
    return {};
}

void ServerHealth::setServer(const QUrl &base)
{
    m_base = base;
    if (m_base.isEmpty()) {
        m_timer.stop();
        return;
    }
    m_timer.start();
    check();
}

void ServerHealth::check()
{
    if (m_base.isEmpty())
        return;
    QUrl url = m_base;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + QStringLiteral("healthz"));
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError && body.isEmpty()) {
            Q_EMIT checked(false, tr("Server: not reached"),
                           tr("%1 did not answer: %2. Check that the server runs and this computer can reach it.")
                               .arg(m_base.toString(), reply->errorString()));
            return;
        }
        const QJsonObject health = QJsonDocument::fromJson(body).object();
        const QString status = health.value(QStringLiteral("status")).toString();
        const bool ok = status == QLatin1String("ok");
        QStringList detail{tr("Server %1, version %2").arg(m_base.toString(), health.value(QStringLiteral("version")).toString())};
        const QJsonValue database = health.value(QStringLiteral("database"));
        if (!database.isUndefined())
            detail << tr("Database: %1").arg(database.isObject() ? QString::fromUtf8(QJsonDocument(database.toObject()).toJson(QJsonDocument::Compact))
                                                                  : database.toVariant().toString());
        Q_EMIT checked(ok, ok ? tr("Server: ok") : tr("Server: %1").arg(status.isEmpty() ? tr("unexpected answer") : status),
                       detail.join(QLatin1Char('\n')));
    });
}

} // namespace lango::app
