#pragma once

#include <QString>

#include <optional>

namespace lango::app {

// A purchase's account reference: what M-Pesa shows on the customer's
// prompt, and what a customer types as the account number when paying the
// paybill by hand ("L42" for purchase 42).
struct PurchaseReference
{
    static QString of(qint64 purchaseId) { return QStringLiteral("L%1").arg(purchaseId); }

    // The purchase id in a reference, or nothing when it is not one.
    static std::optional<qint64> parse(const QString &reference)
    {
        if (!reference.startsWith(QLatin1Char('L')))
            return std::nullopt;
        bool ok = false;
        const qint64 id = reference.mid(1).toLongLong(&ok);
        return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
    }
};

} // namespace lango::app
