#include "routeros/sim/fetchtool.h"

#include "routeros/sim/menudispatcher.h"

#include <QNetworkReply>
#include <QUrl>

namespace lango::routeros::sim {

FetchTool::FetchTool(RouterState &state, QObject *parent) : QObject(parent), m_state(state)
{
    m_network.setTransferTimeout(30000);
}

void FetchTool::run(const Sentence &command, Answer answer)
{
    const QUrl url(command.attribute("url"));
    if (!url.isValid() || url.host().isEmpty()) {
        answer({MenuDispatcher::trap(QStringLiteral("failure: invalid URL")), MenuDispatcher::done()});
        return;
    }
    QString path = command.attribute("dst-path");
    if (path.isEmpty())
        path = url.fileName();
    const bool keep = command.attribute("output", QStringLiteral("file")) == QLatin1String("file");
    ++m_fetches;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, path, keep, answer] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray bytes = reply->readAll();
        const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
        if (reply->error() != QNetworkReply::NoError && status == 0) {
            answer({MenuDispatcher::trap(QStringLiteral("failure: could not connect to %1:%2 (%3)")
                                             .arg(url.host()).arg(port).arg(reply->errorString())),
                    MenuDispatcher::done()});
            return;
        }
        if (status >= 400) {   // the router's words for an HTTP error
            answer({MenuDispatcher::trap(QStringLiteral("failure: closing connection: <%1 %2> %3:%4 (4)")
                                             .arg(status)
                                             .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString(),
                                                  url.host())
                                             .arg(port)),
                    MenuDispatcher::done()});
            return;
        }
        if (keep)
            save(path, bytes);
        const QByteArray kib = QByteArray::number((bytes.size() + 1023) / 1024);
        answer({Words{QByteArrayLiteral("!re"), QByteArrayLiteral("=status=finished"), "=downloaded=" + kib,
                      "=total=" + kib, QByteArrayLiteral("=duration=0s")},
                MenuDispatcher::done()});
    });
}

void FetchTool::save(const QString &path, const QByteArray &bytes)
{
    ItemTable *files = m_state.table(MenuSchema::Files);
    const auto ids = files->findByKey(path);
    const QString text = QString::fromUtf8(bytes);
    quint32 id = 0;
    if (ids.isEmpty()) {
        id = files->insert({{QStringLiteral("name"), path}, {QStringLiteral("contents"), text}});
    } else {
        id = ids.first();
        files->update(id, {{QStringLiteral("contents"), text}});
    }
    m_state.fileBytes.insert(id, bytes);
}

} // namespace lango::routeros::sim
