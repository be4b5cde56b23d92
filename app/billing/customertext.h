#pragma once

#include "models/purchase.h"

#include <QString>

namespace lango::app {

// What a customer reads on the portal, in English or Swahili: chosen per
// request (the phone's language), not by the server's translator.
struct CustomerText
{
    static bool isSwahili(const QString &language) { return language.startsWith(QLatin1String("sw"), Qt::CaseInsensitive); }
    // "14:05" in Kenyan time (EAT, UTC+3), whatever the server's time zone.
    static QString clock(qint64 epochSeconds);
    static QString purchaseMessage(models::PurchaseState state, const QString &resultCode, qint64 expiresAt,
                                   const QString &language);
    // Paid, but held for staff (the amount did not match): never "connecting" forever.
    static QString paymentHeld(const QString &language);
};

} // namespace lango::app
