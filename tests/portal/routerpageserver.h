#pragma once

// The web side of a MikroTik hotspot for tests, for one device: serves the
// portal files installed on a RouterEmulator (from its server profile's
// html-directory), fills the router's $(...) variables and
// $(if)/$(elif)/$(else)/$(endif) as the router does (with the -esc forms and
// the http-status/http-header directives of rlogin.html), and takes the
// login form posted to $(link-login-only), CHAP or PAP, by calling
// RouterEmulator::deviceLogin: alogin.html on success, login.html with
// $(error) on failure.

#include "routeros/sim/routeremulator.h"

#include <QHash>
#include <QHttpServer>
#include <QStringList>
#include <QUrl>

namespace lango::testing {

// The one phone the test router serves.
struct PageDevice
{
    QString mac = QStringLiteral("AA:BB:CC:DD:EE:01");
    QString ip = QStringLiteral("10.5.50.7");
};

class RouterPageServer
{
public:
    using Device = PageDevice;
    struct Login
    {
        QString user;
        bool chap = false;
        QString error;   // empty: logged in
    };
    using Vars = QHash<QString, QString>;
    struct Expanded
    {
        QByteArray body;
        int status = 200;
        QHash<QByteArray, QByteArray> headers;
        QStringList unknown;   // variables the router would not know
    };

    RouterPageServer(routeros::sim::RouterEmulator &router, Device device = {}, bool chap = true);

    quint16 listen();
    QUrl url(const QString &path = QStringLiteral("/login")) const;
    const QList<Login> &logins() const { return m_logins; }
    QStringList unknownVariables() const { return m_unknown; }
    QString directory() const;
    QByteArray file(const QString &name) const;   // as installed on the router

    // The router's template language, on its own for unit tests.
    static Expanded expand(const QByteArray &page, const Vars &vars);
    // "\273\021..." as the router writes bytes into $(chap-id) and $(chap-challenge).
    static QString octal(const QByteArray &bytes);

private:
    QHttpServerResponse page(const QString &name, Vars vars);
    QHttpServerResponse loginPage(const QString &error, const QString &user, const QString &dst);
    QHttpServerResponse login(const QHttpServerRequest &request);
    QHttpServerResponse status();
    QHttpServerResponse logout();
    QHttpServerResponse staticFile(const QString &name);
    Vars common() const;
    std::optional<routeros::sim::Properties> session() const;

    routeros::sim::RouterEmulator &m_router;
    Device m_device;
    bool m_chap;
    QHttpServer m_http;
    quint16 m_port = 0;
    QByteArray m_chapId;
    QByteArray m_challenge;
    QList<Login> m_logins;
    QStringList m_unknown;
};

} // namespace lango::testing
