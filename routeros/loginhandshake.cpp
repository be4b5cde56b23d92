#include "routeros/loginhandshake.h"

#include <QCryptographicHash>

namespace lango::routeros {

Command LoginHandshake::plain(const ConnectionConfig &config)
{
    Command login(u"/login");
    login.attr(u"name", config.user).attr(u"password", config.password);
    return login;
}

Command LoginHandshake::challenge(const ConnectionConfig &config, const QString &challengeHex)
{
    Command login(u"/login");
    login.attr(u"name", config.user).attr(u"response", QString::fromLatin1(response(config.password, challengeHex)));
    return login;
}

QByteArray LoginHandshake::response(const QString &password, const QString &challengeHex)
{
    // The challenge is hashed as bytes, not as its hex text.
    QByteArray material(1, '\0');
    material.append(password.toUtf8()).append(QByteArray::fromHex(challengeHex.toLatin1()));
    return "00" + QCryptographicHash::hash(material, QCryptographicHash::Md5).toHex();
}

} // namespace lango::routeros
