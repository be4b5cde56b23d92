#pragma once

// The two RouterOS login styles as sentences: the plain 6.43+ login, and
// the pre-6.43 challenge-response answered with MD5(0 || password || challenge).

#include "routeros/command.h"
#include "routeros/connectionconfig.h"

namespace lango::routeros {

class LoginHandshake final
{
public:
    LoginHandshake() = delete;

    // `/login =name= =password=`: what 6.43+ expects; older routers answer it
    // with a challenge in =ret=.
    [[nodiscard]] static Command plain(const ConnectionConfig &config);
    // `/login =name= =response=00<hex>` for the challenge (32 hex chars).
    [[nodiscard]] static Command challenge(const ConnectionConfig &config, const QString &challengeHex);
    // "00" + hex(MD5(0x00 || password || challenge bytes)).
    [[nodiscard]] static QByteArray response(const QString &password, const QString &challengeHex);
};

} // namespace lango::routeros
