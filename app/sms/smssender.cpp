#include "app/sms/smssender.h"

#include "app/core/logging.h"
#include "app/core/office.h"
#include "app/sms/smstext.h"
#include "models/kinds.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonObject>

namespace lango::app::sms {

namespace {

bool isPaidFor(const QString &kind)
{
    return kind == QLatin1String("receipt") || kind == QLatin1String("voucher");
}

} // namespace

SmsSender::SmsSender(Office &office, std::unique_ptr<SmsProvider> provider, SmsText::QuietHours quiet)
    : m_office(office)
    , m_provider(std::move(provider))
    , m_quiet(quiet)
{
}

SmsSender::~SmsSender() = default;

Result<qint64> SmsSender::queue(Office &office, const QString &kind, const QString &eventKey, const QString &phone, const QString &text)
{
    if (!SmsText::isGsm7(text) || text.isEmpty() || text.size() > 480)
        return Error{ErrorCode::BadInput, tr("A text message is 1 to 480 characters of the GSM alphabet."), {}};
    models::Transaction tx(office.db());
    if (auto begun = tx.begin(); !begun)
        return fromModels(begun.error());
    if (!isPaidFor(kind)) {
        auto recent = office.sms.countTo(phone, office.clock().now() - 3600);
        if (!recent)
            return fromModels(recent.error());
        if (*recent >= kPerPhonePerHour)
            return Error{ErrorCode::RateLimited, tr("%1 texts went to this phone in the last hour; no more for now.").arg(*recent), {}};
    }
    auto id = office.sms.queue(kind, eventKey, phone, text);
    if (!id)
        return fromModels(id.error());
    if (*id == 0)
        return qint64(0);   // this event has its message
    auto job = office.jobs.enqueue(models::JobKind::Sms, 0, 0, QJsonObject{{QStringLiteral("sms_id"), *id}}, 0, kMaxAttempts);
    if (!job)
        return fromModels(job.error());
    if (auto committed = tx.commit(); !committed)
        return fromModels(committed.error());
    return *id;
}

QString SmsSender::deliveryReportToken(const QString &callbackToken)
{
    if (callbackToken.isEmpty())
        return {};
    return QString::fromLatin1(QCryptographicHash::hash((callbackToken + QStringLiteral("|sms-delivery-reports")).toUtf8(),
                                                        QCryptographicHash::Sha256).toHex().left(40));
}

Result<qint64> SmsSender::queueFromStaff(Office &office, const QString &eventKey, const QString &phone, const QString &text,
                                         models::AuditEntry who)
{
    models::Transaction tx(office.db());
    if (auto begun = tx.begin(); !begun)
        return fromModels(begun.error());
    auto id = queue(office, QStringLiteral("manual"), eventKey, phone, text);
    if (!id)
        return id;
    who.entity = QStringLiteral("sms");
    who.entityId = *id;
    if (auto audited = office.audit.record(who); !audited)
        return fromModels(audited.error());
    if (auto committed = tx.commit(); !committed)
        return fromModels(committed.error());
    return id;
}

QFuture<Result<void>> SmsSender::run(const models::Job &job)
{
    const qint64 id = job.payload.value(QStringLiteral("sms_id")).toInteger();
    auto message = m_office.sms.byId(id);
    if (!message)
        return QtFuture::makeReadyFuture(Result<void>(fromModels(message.error())));
    auto started = m_office.sms.startSending(id);
    if (!started)
        return QtFuture::makeReadyFuture(Result<void>(fromModels(started.error())));
    if (!*started) {
        if (message->state == QLatin1String("sending")) {
            // The last try ended mid-call: the provider may have it. Sending
            // again could text the customer twice; staff decide instead.
            (void)m_office.sms.markFailed(id, tr("Lango stopped while handing this message over; it may or may not have "
                                                 "been sent, so it is not sent again."));
            qCWarning(lcApp).noquote() << "sms" << id << "was being sent when the server stopped; not sent again";
        }
        return QtFuture::makeReadyFuture(Result<void>());
    }
    // Night in Kenya: what the customer paid for goes now; a reminder is
    // stale by morning; anything else waits until 07:00.
    if (!isPaidFor(message->kind) && m_quiet.contains(m_office.clock().now())) {
        if (message->kind == QLatin1String("reminder")) {
            (void)m_office.sms.markFailed(id, tr("Not sent: no reminders at night (quiet hours)."));
            return QtFuture::makeReadyFuture(Result<void>());
        }
        (void)m_office.sms.markRetry(id, tr("Waiting for %1:00 (no texts at night).").arg(m_quiet.toHour, 2, 10, QLatin1Char('0')));
        auto later = m_office.jobs.enqueue(models::JobKind::Sms, 0, 0, QJsonObject{{QStringLiteral("sms_id"), id}},
                                           m_quiet.endAfter(m_office.clock().now()), kMaxAttempts);
        return QtFuture::makeReadyFuture(later ? Result<void>() : Result<void>(fromModels(later.error())));
    }
    const QString phone = message->phone;
    // job.attempts counts this one (the claim added it).
    const bool lastTry = job.attempts >= job.maxAttempts;
    // The office outlives this sender, which may go (server stopping) while a send is out.
    Office *office = &m_office;
    return m_provider->send(phone, message->body).then([office, id, lastTry](Result<SmsAccepted> sent) -> Result<void> {
        if (sent) {
            if (auto saved = office->sms.markSent(id, sent->messageId, sent->cost); !saved)
                return fromModels(saved.error());
            qCInfo(lcApp).noquote() << "sms" << id << "sent, provider id" << sent->messageId << sent->cost;
            return {};
        }
        if (sent.error().code == ErrorCode::BadInput || sent.error().code == ErrorCode::Upstream) {
            // Will not pass, or may have gone already: never a second try.
            (void)office->sms.markFailed(id, sent.error().message);
            qCWarning(lcApp).noquote() << "sms" << id << "refused:" << sent.error().message;
            return {};
        }
        if (lastTry)
            (void)office->sms.markFailed(id, sent.error().message);
        else
            (void)office->sms.markRetry(id, sent.error().message);
        return sent.error();   // the job queue tries again later, or gives up and tells staff
    });
}

Result<bool> SmsSender::recordDelivery(const QString &providerId, const QString &status, const QString &failureReason)
{
    // Success means delivered; Sent, Submitted and Buffered are on the way.
    static const QStringList onTheWay{QStringLiteral("Sent"), QStringLiteral("Submitted"), QStringLiteral("Buffered")};
    if (onTheWay.contains(status))
        return false;
    const bool delivered = status == QLatin1String("Success");
    auto marked = m_office.sms.markDelivery(providerId, delivered, failureReason.isEmpty() ? status : failureReason);
    if (!marked)
        return fromModels(marked.error());
    return *marked;
}

} // namespace lango::app::sms
