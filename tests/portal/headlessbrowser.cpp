#include "headlessbrowser.h"

#include "support/httpclient.h"

#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStandardPaths>
#include <QTimer>

namespace lango::testing {

namespace {

// Runs the event loop until `done` holds or the time is up, checking often
// but never sleeping, so replies are handled the moment they arrive.
template <typename Done>
bool waitFor(Done done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start(2);
    loop.exec();
    return done();
}

QString quoted(const QString &text)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

} // namespace

HeadlessBrowser::~HeadlessBrowser()
{
    m_socket.abort();
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
}

bool HeadlessBrowser::start(int width, int height)
{
    QString binary = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    if (binary.isEmpty())
        binary = QStandardPaths::findExecutable(QStringLiteral("chromium-browser"));
    if (binary.isEmpty()) {
        m_error = QStringLiteral("Chromium is not installed: run scripts/install-deps (Debian package chromium).");
        return false;
    }
    // The flags toolchain.md and the environment notes ask for: no sandbox
    // (root), no GPU, and no background connections (the network is closed).
    m_process.setProgram(binary);
    m_process.setArguments({QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                            QStringLiteral("--disable-quic"), QStringLiteral("--no-first-run"),
                            QStringLiteral("--disable-background-networking"), QStringLiteral("--disable-component-update"),
                            QStringLiteral("--disable-sync"), QStringLiteral("--disable-dev-shm-usage"),
                            QStringLiteral("--hide-scrollbars"), QStringLiteral("--user-data-dir=") + m_profile.path(),
                            QStringLiteral("--window-size=%1,%2").arg(width).arg(height),
                            QStringLiteral("--remote-debugging-port=0"), QStringLiteral("about:blank")});
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.setStandardErrorFile(m_profile.filePath(QStringLiteral("chromium.log")));
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("Chromium did not start: %1").arg(m_process.errorString());
        return false;
    }
    // With port 0 Chromium picks a port and writes it to DevToolsActivePort.
    QFile portFile(m_profile.filePath(QStringLiteral("DevToolsActivePort")));
    if (!waitFor([&] { return portFile.exists() && portFile.size() > 0; }, 20000) || !portFile.open(QIODevice::ReadOnly)) {
        QFile log(m_profile.filePath(QStringLiteral("chromium.log")));
        log.open(QIODevice::ReadOnly);
        m_error = QStringLiteral("Chromium opened no DevTools port within 20 s. Its log: %1").arg(QString::fromUtf8(log.readAll().right(2000)));
        return false;
    }
    const int port = portFile.readLine().trimmed().toInt();
    const HttpResult list = httpGet(QUrl(QStringLiteral("http://127.0.0.1:%1/json/list").arg(port)));
    QString target;
    for (const QJsonValue &entry : list.json().array()) {
        if (entry[QStringLiteral("type")].toString() == QLatin1String("page"))
            target = entry[QStringLiteral("webSocketDebuggerUrl")].toString();
    }
    if (target.isEmpty()) {
        m_error = QStringLiteral("Chromium's DevTools listed no page: %1").arg(QString::fromUtf8(list.body));
        return false;
    }
    QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString &message) {
        const QJsonObject object = QJsonDocument::fromJson(message.toUtf8()).object();
        if (object.contains(QStringLiteral("id")))
            m_replies.insert(object[QStringLiteral("id")].toInt(), object);
        else if (object[QStringLiteral("method")].toString() == QLatin1String("Page.loadEventFired"))
            ++m_loads;
    });
    m_socket.open(QUrl(target));
    if (!waitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 10000)) {
        m_error = QStringLiteral("Could not attach to Chromium's tab at %1").arg(target);
        return false;
    }
    for (const char *domain : {"Page.enable", "Runtime.enable"}) {
        call(QString::fromLatin1(domain));
        if (!m_error.isEmpty())
            return false;
    }
    call(QStringLiteral("Emulation.setDeviceMetricsOverride"),
         {{QStringLiteral("width"), width}, {QStringLiteral("height"), height}, {QStringLiteral("deviceScaleFactor"), 1},
          {QStringLiteral("mobile"), true}});
    return m_error.isEmpty();
}

QJsonObject HeadlessBrowser::call(const QString &method, const QJsonObject &params, int timeoutMs)
{
    m_error.clear();   // error() tells about the last command only
    const int id = ++m_nextId;
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(QJsonObject{
        {QStringLiteral("id"), id}, {QStringLiteral("method"), method}, {QStringLiteral("params"), params}}).toJson(QJsonDocument::Compact)));
    if (!waitFor([this, id] { return m_replies.contains(id); }, timeoutMs)) {
        m_error = QStringLiteral("%1 got no answer within %2 ms").arg(method).arg(timeoutMs);
        return {};
    }
    const QJsonObject reply = m_replies.take(id);
    if (reply.contains(QStringLiteral("error"))) {
        m_error = QStringLiteral("%1: %2").arg(method, reply[QStringLiteral("error")][QStringLiteral("message")].toString());
        return {};
    }
    return reply[QStringLiteral("result")].toObject();
}

bool HeadlessBrowser::navigate(const QUrl &url)
{
    const int before = m_loads;
    call(QStringLiteral("Page.navigate"), {{QStringLiteral("url"), url.toString()}});
    return waitFor([&] { return m_loads > before; }, 15000);
}

QVariant HeadlessBrowser::eval(const QString &expression)
{
    const QJsonObject result = call(QStringLiteral("Runtime.evaluate"),
                                    {{QStringLiteral("expression"), expression}, {QStringLiteral("returnByValue"), true}}, 5000);
    if (result.isEmpty() || result.contains(QStringLiteral("exceptionDetails")))
        return {};
    return result[QStringLiteral("result")][QStringLiteral("value")].toVariant();
}

bool HeadlessBrowser::type(const QString &selector, const QString &text)
{
    if (!eval(QStringLiteral("(function(){var e=document.querySelector(%1); if(!e) return false; e.focus(); e.value=''; return true;})()")
                  .arg(quoted(selector))).toBool())
        return false;
    call(QStringLiteral("Input.insertText"), {{QStringLiteral("text"), text}});
    return true;
}

bool HeadlessBrowser::click(const QString &selector)
{
    return eval(QStringLiteral("(function(){var e=document.querySelector(%1); if(!e) return false; e.click(); return true;})()")
                    .arg(quoted(selector))).toBool();
}

QString HeadlessBrowser::text(const QString &selector)
{
    return eval(QStringLiteral("(function(){var e=document.querySelector(%1); return e ? e.textContent.trim() : '';})()")
                    .arg(quoted(selector))).toString();
}

bool HeadlessBrowser::isShown(const QString &selector)
{
    return eval(QStringLiteral("(function(){var e=document.querySelector(%1); return !!e && e.offsetParent !== null;})()")
                    .arg(quoted(selector))).toBool();
}

bool HeadlessBrowser::setLanguage(const QString &language)
{
    const QJsonObject version = call(QStringLiteral("Browser.getVersion"));
    if (version.isEmpty())
        return false;
    call(QStringLiteral("Network.enable"));
    call(QStringLiteral("Network.setUserAgentOverride"),
         {{QStringLiteral("userAgent"), version[QStringLiteral("userAgent")].toString()}, {QStringLiteral("acceptLanguage"), language}});
    return m_error.isEmpty();
}

bool HeadlessBrowser::screenshot(const QString &path, int *colours)
{
    const QJsonObject shot = call(QStringLiteral("Page.captureScreenshot"), {{QStringLiteral("format"), QStringLiteral("png")}});
    const QByteArray png = QByteArray::fromBase64(shot[QStringLiteral("data")].toString().toLatin1());
    QFile file(path);
    if (png.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(png) != png.size())
        return false;
    if (colours) {
        const QImage image = QImage::fromData(png, "PNG");
        QSet<QRgb> seen;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                seen.insert(image.pixel(x, y));
        }
        *colours = int(seen.size());
    }
    return true;
}

} // namespace lango::testing
