#pragma once

#include "app/core/config.h"
#include "app/core/error.h"
#include "app/sms/africastalking.h"
#include "models/auditlog.h"

#include <QCoreApplication>
#include <QFuture>

namespace lango::app {
class Office;
}

namespace lango::app::sms {

// The office's SMS settings as the desk's Settings › SMS edits them: plain
// values in office settings ("sms.*"), the Africa's Talking API key sealed
// under the office key and never shown back. The server uses them when its
// configuration file has no [sms] section (the file wins, as for M-Pesa).
// Blocking database calls: run them on a database thread.
class SmsSetup final
{
    Q_DECLARE_TR_FUNCTIONS(SmsSetup)

public:
    static constexpr const char *kSecretKey = "sms_api_key";

    struct Form
    {
        bool enabled = false;
        QString environment = QStringLiteral("sandbox");   // sandbox, production, custom
        QString baseUrl;                                   // custom only
        QString username;                                  // the Africa's Talking app
        QString senderId;
        QString language = QStringLiteral("en");           // en, sw
        bool receipts = true;
        qint64 reminderBeforeSeconds = 600;                // 0: none
        bool keyStored = false;                            // read only
    };

    [[nodiscard]] static Result<Form> load(Office &office);
    // Checks, then writes everything in one transaction with an audit entry.
    // An empty typed key keeps the stored one.
    [[nodiscard]] static Result<void> save(Office &office, const Form &form, const QString &typedKey, const models::AuditEntry &who);
    // The client the form describes (the stored key unless one is typed).
    [[nodiscard]] static Result<AfricasTalking::Config> providerFor(Office &office, const Form &form, const QString &typedKey);
    // The server without [sms]: the office's settings, when they are on,
    // become its [sms] and the sealed key its sms_api_key (if it has none
    // of its own). Nothing changes when they are off.
    [[nodiscard]] static Result<void> fillFromOffice(Config &config, Office &office, QString &apiKey);

    static QUrl baseUrlFor(const QString &environment, const QString &customUrl);

    // On the services thread: a test text to `phone`, or the balance; the
    // answer is a sentence for staff either way.
    [[nodiscard]] static QFuture<Result<QString>> sendTest(const AfricasTalking::Config &config, const QString &phone);
    [[nodiscard]] static QFuture<Result<QString>> balance(const AfricasTalking::Config &config);
};

} // namespace lango::app::sms
