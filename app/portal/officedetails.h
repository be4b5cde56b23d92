#pragma once

#include "app/core/error.h"
#include "app/portal/portalrenderer.h"
#include "models/auditlog.h"

#include <QCoreApplication>

namespace lango::app {

class Office;

// The office as customers see it on receipts, voucher cards and the
// captive portal: office settings office.name, office.phone, office.logo
// (a small PNG, base64) and office.color. Blocking database calls.
class OfficeDetails final
{
    Q_DECLARE_TR_FUNCTIONS(OfficeDetails)

public:
    static constexpr int kLogoMaxBytes = int(PortalRenderer::MaxLogoBytes);   // the portal's limit

    QString name;
    QString phone;
    QString logoBase64;   // empty: no logo
    QString color = QStringLiteral("#1b7f3b");
    // hotspot.login_url: the router's login page voucher QR codes open
    // (install-portal learns it from the router); empty: the default.
    QString loginUrl;

    [[nodiscard]] static Result<OfficeDetails> load(Office &office);
    [[nodiscard]] Result<void> validate() const;
    [[nodiscard]] Result<void> save(Office &office, const models::AuditEntry &who) const;
    // Checks a logo file's bytes: a PNG no bigger than kLogoMaxBytes.
    [[nodiscard]] static Result<QString> logoFromFile(const QByteArray &bytes);
};

} // namespace lango::app
