#pragma once

#include "app/core/error.h"
#include "app/sms/smsprovider.h"
#include "app/sms/smstext.h"
#include "models/auditlog.h"
#include "models/jobqueue.h"

#include <QCoreApplication>
#include <QFuture>

#include <memory>

namespace lango::app {
class Office;
}

namespace lango::app::sms {

// Sends the outbox (sms_messages), one "sms" job per message, never from
// the HTTP thread: the job is queued in the transaction that wrote the
// message. A message goes to the provider at most once: it is marked
// sending first, and a job that finds it sending (the server died during
// the call) does not send it again but fails it for staff to see.
class SmsSender final
{
    Q_DECLARE_TR_FUNCTIONS(SmsSender)

public:
    static constexpr int kMaxAttempts = 12;   // with the job queue's backoff (2 s doubling to 5 min): about 25 minutes
    static constexpr int kPerPhonePerHour = 5;   // texts but receipts and vouchers, to one phone

    SmsSender(Office &office, std::unique_ptr<SmsProvider> provider, SmsText::QuietHours quiet = {});
    ~SmsSender();

    // Writes a message and its job in the caller's transaction (or its own).
    // 0 when this event has its message already. Receipts and vouchers (what
    // a customer paid for) are never limited; other texts to one phone are,
    // per hour (RateLimited).
    [[nodiscard]] static Result<qint64> queue(Office &office, const QString &kind, const QString &eventKey, const QString &phone,
                                              const QString &text);
    // A text from staff: queued and audited in one transaction.
    [[nodiscard]] static Result<qint64> queueFromStaff(Office &office, const QString &eventKey, const QString &phone, const QString &text,
                                                       models::AuditEntry who);

    // The path secret of /sms/dlr/: made from the callback token (so it
    // needs no storing) but not revealing it, since it is typed into the
    // provider's dashboard.
    static QString deliveryReportToken(const QString &callbackToken);

    // The job runner (Provisioner::setJobRunner).
    [[nodiscard]] QFuture<Result<void>> run(const models::Job &job);
    // A delivery report's fields (form-encoded from the provider).
    [[nodiscard]] Result<bool> recordDelivery(const QString &providerId, const QString &status, const QString &failureReason);

private:
    Office &m_office;
    std::unique_ptr<SmsProvider> m_provider;
    SmsText::QuietHours m_quiet;
};

} // namespace lango::app::sms
