#include "models/package.h"

#include "models/units.h"

namespace lango::models {

Result<void> Package::validate() const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 40)
        return invalid(tr("A package needs a name of 1 to 40 characters."));
    if (slugFor(trimmed).isEmpty())
        return invalid(tr("The package name \"%1\" needs at least one letter or digit.").arg(trimmed));
    if (priceCents < 100 || priceCents > 25'000'000)
        return invalid(tr("The price must be between KES 1 and KES 250,000 (M-Pesa's limits)."));
    if (priceCents % 100 != 0)
        return invalid(tr("Prices are whole shillings: M-Pesa does not take cents."));
    if (durationSeconds < 1 || durationSeconds > 366LL * 86400)
        return invalid(tr("The duration must be between 1 second and 366 days."));
    if (downKbps < 1 || downKbps > 10'000'000 || upKbps < 1 || upKbps > 10'000'000)
        return invalid(tr("Speeds must be between 1k and 10G."));
    if (devices < 1 || devices > 64)
        return invalid(tr("A package allows between 1 and 64 devices at once."));
    if (dataBytes && *dataBytes <= 0)
        return invalid(tr("The data cap must be more than zero, or none."));
    if (uptimeSeconds && *uptimeSeconds <= 0)
        return invalid(tr("The usage-time cap must be more than zero, or none."));
    return {};
}

QString Package::rateLimit() const
{
    return Units::formatSpeed(upKbps) + QLatin1Char('/') + Units::formatSpeed(downKbps);
}

QString Package::slugFor(const QString &name)
{
    QString slug;
    bool dash = false;
    for (const QChar c : name.trimmed().toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            if (dash && !slug.isEmpty())
                slug += QLatin1Char('-');
            slug += c;
            dash = false;
        } else {
            dash = true;
        }
    }
    return slug.left(40);
}

} // namespace lango::models
