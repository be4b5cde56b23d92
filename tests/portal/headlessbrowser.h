#pragma once

// Debian's Chromium, headless, driven over the DevTools protocol with
// QtWebSockets: navigate, type, click, read the DOM, take screenshots. One
// phone-sized tab (360x740). A test may wait here; the GUI never does.

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariant>
#include <QWebSocket>

namespace lango::testing {

class HeadlessBrowser
{
public:
    HeadlessBrowser() = default;
    ~HeadlessBrowser();
    Q_DISABLE_COPY_MOVE(HeadlessBrowser)

    // Starts Chromium and attaches to its tab; false with error() saying why.
    bool start(int width = 360, int height = 740);
    QString error() const { return m_error; }

    // A DevTools command; the "result" object, or empty with error() set.
    QJsonObject call(const QString &method, const QJsonObject &params = {}, int timeoutMs = 15000);
    // Loads a page and waits for its load event.
    bool navigate(const QUrl &url);
    // Evaluates JavaScript in the page; the value, or invalid on an error.
    QVariant eval(const QString &expression);
    // Focuses the element and types as a keyboard would.
    bool type(const QString &selector, const QString &text);
    bool click(const QString &selector);
    // The first element's text, "" when there is none.
    QString text(const QString &selector);
    bool isShown(const QString &selector);
    // Sends navigator.language / Accept-Language as a phone set to `language`.
    bool setLanguage(const QString &language);
    // Saves a PNG of the viewport; the number of distinct colours in `colours`.
    bool screenshot(const QString &path, int *colours = nullptr);

private:
    QString m_error;
    QTemporaryDir m_profile;
    QProcess m_process;
    QWebSocket m_socket;
    int m_nextId = 0;
    QHash<int, QJsonObject> m_replies;
    int m_loads = 0;
};

} // namespace lango::testing
