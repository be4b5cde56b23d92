#pragma once

// /tool/fetch on the emulated router: downloads a URL into the /file menu as
// a router does (dst-path, or the URL's file name), answering with the
// router's progress line and !done, or a "failure: ..." trap. The download
// runs asynchronously, so other commands on the session go on meanwhile.

#include "routeros/sentence.h"
#include "routeros/sim/routerstate.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>

#include <functional>

namespace lango::routeros::sim {

class FetchTool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FetchTool)

public:
    using Words = QList<QByteArray>;
    using Answer = std::function<void(const QList<Words> &sentences)>;

    explicit FetchTool(RouterState &state, QObject *parent = nullptr);

    // Runs one /tool/fetch command; `answer` gets the whole reply once.
    void run(const Sentence &command, Answer answer);
    [[nodiscard]] int fetchCount() const { return m_fetches; }

private:
    void save(const QString &path, const QByteArray &bytes);

    RouterState &m_state;
    QNetworkAccessManager m_network;
    int m_fetches = 0;
};

} // namespace lango::routeros::sim
