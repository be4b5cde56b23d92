#pragma once

#include "models/error.h"

#include <QCoreApplication>
#include <QString>

namespace lango::models {

// A MikroTik router Lango drives over the RouterOS API. Its API password is
// kept sealed under the office key (SecretBox); the app layer opens it.
struct Router
{
    Q_DECLARE_TR_FUNCTIONS(Router)

public:
    qint64 id = 0;
    QString name;
    QString host;
    int port = 8728;
    bool useTls = false;
    QString tlsFingerprint;     // SHA-256 of the router's certificate, hex; empty = CA check
    bool tlsInsecure = false;   // no certificate on the router: encrypted but unauthenticated
    QString apiUser;
    QString apiPasswordSealed;
    QString hotspotServer = QStringLiteral("all");
    QString location;
    bool enabled = true;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    [[nodiscard]] Result<void> validate() const;
    static bool isValidName(const QString &name);
};

} // namespace lango::models
