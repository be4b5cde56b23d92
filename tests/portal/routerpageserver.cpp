#include "routerpageserver.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>

namespace lango::testing {

namespace {

using Status = QHttpServerResponder::StatusCode;

QString nice(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    if (bytes < 1048576)
        return QStringLiteral("%1 KiB").arg(bytes / 1024.0, 0, 'f', 1);
    return QStringLiteral("%1 MiB").arg(bytes / 1048576.0, 0, 'f', 1);
}

QByteArray contentType(const QString &name)
{
    if (name.endsWith(QLatin1String(".js")))
        return QByteArrayLiteral("application/javascript");
    if (name.endsWith(QLatin1String(".css")))
        return QByteArrayLiteral("text/css");
    if (name.endsWith(QLatin1String(".png")))
        return QByteArrayLiteral("image/png");
    if (name.endsWith(QLatin1String(".txt")))
        return QByteArrayLiteral("text/plain");
    return QByteArrayLiteral("text/html; charset=utf-8");
}

bool holds(const QString &condition, const RouterPageServer::Vars &vars)
{
    static const QRegularExpression compare(QStringLiteral("^([\\w-]+)\\s*(==|!=)\\s*\"?([^\"]*)\"?$"));
    const auto match = compare.match(condition);
    if (!match.hasMatch())
        return !vars.value(condition).isEmpty();
    const bool equal = vars.value(match.captured(1)) == match.captured(3);
    return match.captured(2) == QLatin1String("==") ? equal : !equal;
}

} // namespace

RouterPageServer::RouterPageServer(routeros::sim::RouterEmulator &router, Device device, bool chap)
    : m_router(router), m_device(std::move(device)), m_chap(chap)
{
    m_router.joinDevice(m_device.mac, m_device.ip);   // the phone is on the hotspot's WiFi
    using Method = QHttpServerRequest::Method;
    m_http.route(QStringLiteral("/"), [this] {
        Vars vars = common();
        vars.insert(QStringLiteral("link-redirect"), vars.value(QStringLiteral("link-login")));
        return page(QStringLiteral("rlogin.html"), vars);
    });
    m_http.route(QStringLiteral("/login"), Method::Get | Method::Post, [this](const QHttpServerRequest &request) { return login(request); });
    m_http.route(QStringLiteral("/status"), [this] { return status(); });
    m_http.route(QStringLiteral("/logout"), [this] { return logout(); });
    m_http.route(QStringLiteral("/<arg>"), [this](const QString &name) { return staticFile(name); });
}

quint16 RouterPageServer::listen()
{
    m_port = m_http.listen(QHostAddress::LocalHost, 0);
    return m_port;
}

QUrl RouterPageServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

QString RouterPageServer::octal(const QByteArray &bytes)
{
    QString out;
    for (const char c : bytes)
        out += QStringLiteral("\\%1").arg(int(static_cast<unsigned char>(c)), 3, 8, QLatin1Char('0'));
    return out;
}

RouterPageServer::Expanded RouterPageServer::expand(const QByteArray &page, const Vars &vars)
{
    struct Frame
    {
        bool parentActive = true;
        bool active = true;
        bool taken = false;
        int capture = 0;   // 1: http-status, 2: http-header
        QByteArray value;  // the status code or the header name
        QByteArray captured;
    };
    Expanded out;
    QList<Frame> stack;
    const auto active = [&stack] { return stack.isEmpty() || stack.last().active; };
    const auto write = [&](const QByteArray &text) {
        if (!active())
            return;
        for (qsizetype i = stack.size() - 1; i >= 0; --i) {
            if (stack[i].capture) {
                stack[i].captured += text;
                return;
            }
        }
        out.body += text;
    };
    static const QRegularExpression directive(QStringLiteral("^(http-status|http-header)\\s*==\\s*\"?([^\"]*)\"?$"));
    qsizetype pos = 0;
    while (true) {
        const qsizetype start = page.indexOf("$(", pos);
        const qsizetype end = start < 0 ? -1 : page.indexOf(')', start);
        if (end < 0) {
            write(page.mid(pos));
            break;
        }
        write(page.mid(pos, start - pos));
        const QString token = QString::fromUtf8(page.mid(start + 2, end - start - 2)).trimmed();
        pos = end + 1;
        if (token.startsWith(QLatin1String("if "))) {
            Frame frame;
            frame.parentActive = active();
            const QString condition = token.mid(3).trimmed();
            const auto special = directive.match(condition);
            if (special.hasMatch()) {
                frame.capture = special.captured(1) == QLatin1String("http-status") ? 1 : 2;
                frame.value = special.captured(2).toUtf8();
                frame.active = frame.parentActive;
            } else {
                frame.active = frame.parentActive && holds(condition, vars);
            }
            frame.taken = frame.active;
            stack.append(frame);
        } else if (token.startsWith(QLatin1String("elif ")) && !stack.isEmpty()) {
            Frame &frame = stack.last();
            const bool now = !frame.taken && holds(token.mid(5).trimmed(), vars);
            frame.active = frame.parentActive && now;
            frame.taken = frame.taken || now;
        } else if (token == QLatin1String("else") && !stack.isEmpty()) {
            Frame &frame = stack.last();
            frame.active = frame.parentActive && !frame.taken;
            frame.taken = true;
        } else if (token == QLatin1String("endif") && !stack.isEmpty()) {
            const Frame frame = stack.takeLast();
            if (frame.capture == 1 && frame.parentActive)
                out.status = frame.value.toInt();
            else if (frame.capture == 2 && frame.parentActive)
                out.headers.insert(frame.value, frame.captured.trimmed());
        } else if (vars.contains(token)) {
            write(vars.value(token).toUtf8());
        } else if (token.endsWith(QLatin1String("-esc")) && vars.contains(token.chopped(4))) {
            write(QUrl::toPercentEncoding(vars.value(token.chopped(4))));
        } else {
            out.unknown << token;
        }
    }
    if (!stack.isEmpty())
        out.unknown << QStringLiteral("(unclosed $(if))");
    return out;
}

QString RouterPageServer::directory() const
{
    const QString profile = m_router.items(u"/ip/hotspot").value(0).value(QStringLiteral("profile"));
    const auto found = m_router.find(u"/ip/hotspot/profile", QStringLiteral("name"), profile);
    return found ? found->value(QStringLiteral("html-directory")) : QString();
}

QByteArray RouterPageServer::file(const QString &name) const
{
    const auto found = m_router.find(u"/file", QStringLiteral("name"), directory() + QLatin1Char('/') + name);
    if (!found)
        return {};
    const auto id = routeros::sim::ItemTable::parseId(found->value(QStringLiteral(".id")));
    auto &bytes = m_router.state().fileBytes;
    return id && bytes.contains(*id) ? bytes.value(*id) : found->value(QStringLiteral("contents")).toUtf8();
}

RouterPageServer::Vars RouterPageServer::common() const
{
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
    const QString orig = QStringLiteral("http://example.com/news");
    Vars vars{{QStringLiteral("mac"), m_device.mac}, {QStringLiteral("ip"), m_device.ip},
              {QStringLiteral("identity"), QStringLiteral("MikroTik")}, {QStringLiteral("server-name"), QStringLiteral("hotspot1")},
              {QStringLiteral("link-login"), base + QStringLiteral("/login?dst=") + QString::fromLatin1(QUrl::toPercentEncoding(orig))},
              {QStringLiteral("link-login-only"), base + QStringLiteral("/login")}, {QStringLiteral("link-orig"), orig},
              {QStringLiteral("link-logout"), base + QStringLiteral("/logout")}, {QStringLiteral("link-status"), base + QStringLiteral("/status")},
              {QStringLiteral("link-redirect"), orig}};
    for (const char *empty : {"username", "error", "error-orig", "chap-id", "chap-challenge", "uptime", "session-time-left",
                              "bytes-in-nice", "bytes-out-nice"})
        vars.insert(QString::fromLatin1(empty), QString());
    return vars;
}

QHttpServerResponse RouterPageServer::page(const QString &name, Vars vars)
{
    const Expanded expanded = expand(file(name), vars);
    for (const QString &unknown : expanded.unknown) {
        if (!m_unknown.contains(unknown))
            m_unknown << name + QLatin1Char(':') + unknown;
    }
    if (expanded.body.isEmpty() && expanded.status == 200)
        return QHttpServerResponse(Status::NotFound);
    QHttpServerResponse response(contentType(name), expanded.body, QHttpServerResponder::StatusCode(expanded.status));
    for (auto it = expanded.headers.cbegin(); it != expanded.headers.cend(); ++it)
        response.setHeader(it.key(), it.value());
    response.setHeader("Cache-Control", "no-cache");
    return response;
}

QHttpServerResponse RouterPageServer::loginPage(const QString &error, const QString &user, const QString &dst)
{
    if (session())   // the router sends a logged-in device to its status page
        return page(QStringLiteral("redirect.html"), [&] { Vars v = common(); v.insert(QStringLiteral("link-redirect"), v.value(QStringLiteral("link-status"))); return v; }());
    Vars vars = common();
    vars.insert(QStringLiteral("error"), error);
    vars.insert(QStringLiteral("username"), user);
    if (!dst.isEmpty())
        vars.insert(QStringLiteral("link-orig"), dst);
    m_chapId.clear();
    m_challenge.clear();
    if (m_chap) {
        m_chapId = QByteArray(1, char(QRandomGenerator::global()->bounded(256)));
        for (int i = 0; i < 16; ++i)
            m_challenge += char(QRandomGenerator::global()->bounded(256));
        vars.insert(QStringLiteral("chap-id"), octal(m_chapId));
        vars.insert(QStringLiteral("chap-challenge"), octal(m_challenge));
    }
    return page(QStringLiteral("login.html"), vars);
}

QHttpServerResponse RouterPageServer::login(const QHttpServerRequest &request)
{
    QByteArray form = request.method() == QHttpServerRequest::Method::Post ? request.body() : request.query().toString().toUtf8();
    form.replace('+', "%20");
    const QUrlQuery query(QString::fromUtf8(form));
    const QString user = query.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded);
    const QString password = query.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
    const QString dst = query.queryItemValue(QStringLiteral("dst"), QUrl::FullyDecoded);
    if (user.isEmpty())
        return loginPage({}, {}, dst);

    static const QRegularExpression hex32(QStringLiteral("^[0-9a-f]{32}$"));
    Login attempt{user, m_chap && !m_challenge.isEmpty() && hex32.match(password).hasMatch(), {}};
    if (attempt.chap) {
        // The router knows the password and checks MD5(chap-id + password + challenge).
        const auto account = m_router.find(u"/ip/hotspot/user", QStringLiteral("name"), user);
        const QString real = account ? account->value(QStringLiteral("password")) : QString();
        const QByteArray expected =
            QCryptographicHash::hash(m_chapId + real.toUtf8() + m_challenge, QCryptographicHash::Md5).toHex();
        attempt.error = account && expected == password.toLatin1() ? m_router.deviceLogin(user, real, m_device.mac, m_device.ip).error
                                                                   : QStringLiteral("invalid username or password");
    } else {
        attempt.error = m_router.deviceLogin(user, password, m_device.mac, m_device.ip).error;
    }
    m_logins << attempt;
    if (!attempt.error.isEmpty())
        return loginPage(attempt.error, user, dst);
    Vars vars = common();
    vars.insert(QStringLiteral("username"), user);
    vars.insert(QStringLiteral("link-redirect"), dst.isEmpty() ? vars.value(QStringLiteral("link-orig")) : dst);
    return page(QStringLiteral("alogin.html"), vars);
}

std::optional<routeros::sim::Properties> RouterPageServer::session() const
{
    return m_router.find(u"/ip/hotspot/active", QStringLiteral("mac-address"), m_device.mac.toUpper());
}

QHttpServerResponse RouterPageServer::status()
{
    const auto active = session();
    Vars vars = common();
    if (!active) {
        vars.insert(QStringLiteral("link-redirect"), vars.value(QStringLiteral("link-login")));
        return page(QStringLiteral("rlogin.html"), vars);
    }
    vars.insert(QStringLiteral("username"), active->value(QStringLiteral("user")));
    vars.insert(QStringLiteral("uptime"), active->value(QStringLiteral("uptime")));
    vars.insert(QStringLiteral("session-time-left"), active->value(QStringLiteral("session-time-left")));
    vars.insert(QStringLiteral("bytes-in-nice"), nice(active->value(QStringLiteral("bytes-in")).toLongLong()));
    vars.insert(QStringLiteral("bytes-out-nice"), nice(active->value(QStringLiteral("bytes-out")).toLongLong()));
    return page(QStringLiteral("status.html"), vars);
}

QHttpServerResponse RouterPageServer::logout()
{
    const auto active = session();
    Vars vars = common();
    if (active) {
        vars.insert(QStringLiteral("username"), active->value(QStringLiteral("user")));
        vars.insert(QStringLiteral("uptime"), active->value(QStringLiteral("uptime")));
        vars.insert(QStringLiteral("bytes-in-nice"), nice(active->value(QStringLiteral("bytes-in")).toLongLong()));
        vars.insert(QStringLiteral("bytes-out-nice"), nice(active->value(QStringLiteral("bytes-out")).toLongLong()));
        m_router.logoutDevice(m_device.mac);
    }
    return page(QStringLiteral("logout.html"), vars);
}

QHttpServerResponse RouterPageServer::staticFile(const QString &name)
{
    if (name.endsWith(QLatin1String(".html")))
        return page(name, common());
    const QByteArray bytes = file(name);
    if (bytes.isEmpty())
        return QHttpServerResponse(Status::NotFound);
    return QHttpServerResponse(contentType(name), bytes);
}

} // namespace lango::testing
