#include "app/billing/customertext.h"

#include "app/mpesa/resultcodes.h"
#include "common/kenyatime.h"

#include <QDateTime>
#include <QTimeZone>

namespace lango::app {

QString CustomerText::clock(qint64 epochSeconds)
{
    return QDateTime::fromSecsSinceEpoch(epochSeconds, kenyaTimeZone()).toString(QStringLiteral("HH:mm"));
}

QString CustomerText::purchaseMessage(models::PurchaseState state, const QString &resultCode, qint64 expiresAt, const QString &language)
{
    const bool sw = isSwahili(language);
    switch (state) {
    case models::PurchaseState::Pending:
        return sw ? QStringLiteral("Angalia simu yako na uweke PIN yako ya M-Pesa.")
                  : QStringLiteral("Check your phone and enter your M-Pesa PIN.");
    case models::PurchaseState::Paid:
        return sw ? QStringLiteral("Malipo yamepokelewa. Tunakuunganisha sasa hivi…")
                  : QStringLiteral("Payment received. Connecting you now…");
    case models::PurchaseState::Active:
        return sw ? QStringLiteral("Uko mtandaoni hadi saa %1.").arg(clock(expiresAt))
                  : QStringLiteral("You are online until %1.").arg(clock(expiresAt));
    case models::PurchaseState::Failed:
        if (resultCode.isEmpty())
            return sw ? QStringLiteral("Malipo hayakukamilika. Hujakatwa pesa. Jaribu tena.")
                      : QStringLiteral("The payment did not go through and you were not charged. Try again.");
        return mpesa::ResultCodes::customerMessage(resultCode, sw ? QStringView(u"sw") : QStringView(u"en"));
    case models::PurchaseState::Expired:
        return sw ? QStringLiteral("Kifurushi chako kimeisha. Nunua muda zaidi kuendelea.")
                  : QStringLiteral("Your package has ended. Buy more time to continue.");
    }
    return {};
}

QString CustomerText::paymentHeld(const QString &language)
{
    return isSwahili(language)
        ? QStringLiteral("Malipo yamepokelewa lakini yanahitaji kukaguliwa na ofisi. Tafadhali piga simu ya msaada.")
        : QStringLiteral("Your payment was received but needs a check by our office. Please call support.");
}

} // namespace lango::app
