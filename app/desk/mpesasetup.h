#pragma once

#include "app/core/error.h"
#include "app/mpesa/darajaconfig.h"
#include "models/auditlog.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QSet>

namespace lango::app {

class Office;

// The office's M-Pesa settings as the desk's Settings panel edits them:
// plain values in office settings ("mpesa.*"), the Daraja keys sealed under
// the office key. Keys are write-only from the desk: once stored they are
// never shown back, only replaced. Blocking database calls: run them on the
// desk's database thread.
class MpesaSetup final
{
    Q_DECLARE_TR_FUNCTIONS(MpesaSetup)

public:
    struct Form
    {
        QString environment = QStringLiteral("sandbox");   // sandbox, production, custom
        QString baseUrl;                                   // custom only
        QString shortcode;
        QString type = QStringLiteral("paybill");          // paybill, till
        QString tillNumber;
        QSet<QString> storedSecrets;   // which of MpesaSettings::secretKeys() are set (read only)
    };

    [[nodiscard]] static Result<Form> load(Office &office);
    // The client configuration the form describes, with the stored key
    // for each one not typed again. Checks every value.
    [[nodiscard]] static Result<mpesa::DarajaConfig> configFor(Office &office, const Form &form,
                                                               const QHash<QString, QString> &typedSecrets);
    // Checks, then writes everything in one transaction with an audit entry.
    [[nodiscard]] static Result<void> save(Office &office, const Form &form, const QHash<QString, QString> &typedSecrets,
                                           const models::AuditEntry &who);
    // On the services thread: asks Daraja for an access token with `config`.
    // The answer is a sentence for staff either way.
    [[nodiscard]] static QFuture<Result<QString>> testToken(const mpesa::DarajaConfig &config);
};

} // namespace lango::app
