#pragma once

#include "models/clock.h"
#include "models/database.h"

namespace lango::models {

// A text message to a customer (sms_messages): see migration 0007.
struct SmsMessage
{
    qint64 id = 0;
    QString kind;        // receipt, reminder, voucher, manual
    QString eventKey;    // what caused it, unique per kind ("purchase:42")
    QString phone;       // 2547XXXXXXXX
    QString body;
    QString state;       // queued, sending, sent, delivered, failed
    QString providerId;  // the provider's message id
    QString cost;        // as the provider words it: "KES 0.8000"
    QString error;
    qint64 createdAt = 0;
    qint64 sentAt = 0;
    qint64 deliveredAt = 0;
};

// A customer's access that ends soon, for a reminder.
struct DueReminder
{
    qint64 grantId = 0;
    qint64 expiresAt = 0;
    QString phone;
    QString packageName;
    QString language;      // of the customer's last purchase on the portal; '' = the office's default
};

class SmsStore final
{
    Q_DECLARE_TR_FUNCTIONS(SmsStore)

public:
    SmsStore(const Database &db, const Clock &clock);

    // The message's id, or 0 when this event already has its message of this
    // kind (nothing written): an event never texts twice.
    [[nodiscard]] Result<qint64> queue(const QString &kind, const QString &eventKey, const QString &phone, const QString &body) const;
    [[nodiscard]] Result<SmsMessage> byId(qint64 id) const;
    [[nodiscard]] Result<QList<SmsMessage>> recent(int limit) const;
    // queued -> sending; false when it was not queued (sent, or a crash
    // left it sending: it must not go a second time).
    [[nodiscard]] Result<bool> startSending(qint64 id) const;
    [[nodiscard]] Result<void> markSent(qint64 id, const QString &providerId, const QString &cost) const;
    // Back to queued after a refusal that may pass (a retry follows).
    [[nodiscard]] Result<void> markRetry(qint64 id, const QString &error) const;
    [[nodiscard]] Result<void> markFailed(qint64 id, const QString &error) const;
    // Paid access (a customer with a phone) ending in (from, to] that has
    // no reminder for this expiry yet (an extension moves the expiry, and
    // the new one gets its own).
    [[nodiscard]] Result<QList<DueReminder>> dueReminders(qint64 from, qint64 to, int limit) const;
    // Texts to a phone since `since` but receipts and vouchers (a per-phone limit).
    [[nodiscard]] Result<int> countTo(const QString &phone, qint64 since) const;
    // A delivery report; false when no message has that provider id yet
    // (kept a while: markSent applies it when the send's answer is written).
    [[nodiscard]] Result<bool> markDelivery(const QString &providerId, bool delivered, const QString &reason) const;

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace lango::models
