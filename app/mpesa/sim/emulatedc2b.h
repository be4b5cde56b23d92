#pragma once

#include "app/mpesa/eattime.h"
#include "app/mpesa/stkpushvalidator.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

namespace lango::app::mpesa {

class DarajaTransport;

// A customer paying the paybill/till from their own M-Pesa menu.
struct C2bSimulation final
{
    QString shortcode;          // empty: the emulator's paybill
    QString msisdn = QStringLiteral("254708374149");
    qint64 amountKes = 10;
    QString billRefNumber;      // what the customer typed as account number
    QString firstName = QStringLiteral("JOHN");
    QString middleName;
    QString lastName = QStringLiteral("DOE");
};

// The C2B half of the Daraja emulator (daraja.md 8): URL registration, then
// for each simulated payment the validation call (if a validation URL is
// registered) and the confirmation call, all values as strings.
class EmulatedC2b final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmulatedC2b)

public:
    struct Registration final
    {
        QString shortcode;
        QString responseType;  // Completed | Cancelled
        QUrl confirmationUrl;
        QUrl validationUrl;
        int version = 2;       // 1: MSISDN hashed, 2: masked
    };

    EmulatedC2b(DarajaTransport *transport, std::function<QString()> newTransId, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Production refuses a second registration ("Urls are already registered").
    void setRegisterOnce(bool once) { m_registerOnce = once; }

    // The /registerurl route: the answer, or Daraja's error.
    [[nodiscard]] lango::Result<QJsonObject, DarajaFault>
    registerUrls(const QJsonObject &body, int version, const StkPushValidator::Accounts &accounts);
    [[nodiscard]] std::optional<Registration> registration(const QString &shortcode) const;

    // Starts a payment to `account`; returns its TransID, or empty when no
    // URLs are registered for the shortcode.
    QString simulate(const C2bSimulation &payment, const EmulatedShortcode &account);

signals:
    // stage: "validation" or "confirmation"; answer is what Lango replied.
    void callbackDelivered(const QString &transId, const QString &stage, int httpStatus, const QByteArray &answer);
    void callbackFailed(const QString &transId, const QString &stage, const QString &error);

private:
    QJsonObject body(const C2bSimulation &payment, const Registration &registration, const QString &transId,
                     const EmulatedShortcode &account, bool confirmation) const;
    void confirm(const C2bSimulation &payment, const Registration &registration, const QString &transId,
                 const EmulatedShortcode &account);

    DarajaTransport *m_transport;
    std::function<QString()> m_newTransId;
    Clock m_clock = EatTime::systemClock();
    bool m_registerOnce = false;
    QHash<QString, Registration> m_registrations;
    QHash<QString, qint64> m_balanceCents;
};

} // namespace lango::app::mpesa
