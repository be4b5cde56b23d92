#include "app/demo/demohistory.h"

#include "app/routers/grantfactory.h"

#include "app/core/office.h"
#include "models/reportstore.h"
#include "models/secretbox.h"
#include "models/kinds.h"

#include <QRandomGenerator>

#include <cmath>

namespace lango::app {

namespace {

QString demoPhone(QRandomGenerator &random)
{
    return QStringLiteral("2547%1").arg(random.bounded(10000000, 99999999));
}

} // namespace

Result<void> DemoHistory::write(Office &office, qint64 routerId, qint64 now)
{
    auto packages = office.packages.list();
    if (!packages)
        return fromModels(packages.error());
    if (packages->isEmpty())
        return {};
    QRandomGenerator random(20251126);   // the same month on every demo start
    models::ManualClock at(now);
    const models::PurchaseStore purchases(office.db(), at);
    const models::GrantStore grants(office.db(), at);
    const models::ProblemStore problems(office.db(), at);
    models::Transaction tx(office.db());
    if (auto begun = tx.begin(); !begun)
        return fromModels(begun.error());
    const qint64 today = models::ReportStore::kenyanDayStart(now);
    QList<const models::Package *> shortOnes;   // an hour or less: today's sales have ended by now
    for (const models::Package &package : *packages) {
        if (package.durationSeconds <= 3600)
            shortOnes << &package;
    }
    int receipt = 0;
    for (int day = 29; day >= 0; --day) {
        // Busier at weekends and towards month end, like a real estate hotspot.
        const qint64 dayStart = today - qint64(day) * 86400;
        const int weekday = int(((dayStart + models::ReportStore::kKenyaOffset) / 86400 + 4) % 7);   // 0 = Sunday
        int sales = 14 + (weekday == 0 || weekday == 6 ? 10 : 0) + (29 - day) / 3 + int(random.bounded(8));
        const int hoursSoFar = int((now - dayStart) / 3600);
        if (day == 0)   // today: the hours gone by, short packages only (they have ended)
            sales = hoursSoFar > 6 ? (hoursSoFar - 6) * 2 + int(random.bounded(3)) : 0;
        for (int i = 0; i < sales; ++i) {
            // Evenings sell most: hours 6..23, weighted towards 17..22.
            const int hour = day == 0 ? 6 + int(random.bounded(hoursSoFar - 6))
                                      : random.bounded(100) < 55 ? 17 + int(random.bounded(6)) : 6 + int(random.bounded(12));
            const qint64 when = dayStart + hour * 3600 + random.bounded(3600);
            const models::Package *package = &packages->at(random.bounded(int(packages->size())));
            if (day == 0 && !shortOnes.isEmpty())
                package = shortOnes.at(random.bounded(int(shortOnes.size())));
            if (when + package->durationSeconds + 60 >= now)
                continue;   // history only: anything still running comes from live customers
            at.set(when);
            models::Purchase purchase;
            purchase.packageId = package->id;
            purchase.routerId = routerId;
            purchase.phone = demoPhone(random);
            purchase.mac = QStringLiteral("02:DE:%1:%2:%3:%4")
                               .arg(random.bounded(256), 2, 16, QLatin1Char('0'))
                               .arg(random.bounded(256), 2, 16, QLatin1Char('0'))
                               .arg(random.bounded(256), 2, 16, QLatin1Char('0'))
                               .arg(random.bounded(256), 2, 16, QLatin1Char('0'))
                               .toUpper();
            purchase.ip = QStringLiteral("10.5.50.%1").arg(10 + random.bounded(240));
            purchase.amountCents = package->priceCents;
            auto created = purchases.create(purchase);
            if (!created)
                return fromModels(created.error());
            at.set(when + 20);
            if (random.bounded(100) < 18) {   // cancelled or no balance
                (void)purchases.markFailed(created->id, QStringLiteral("1032"), QStringLiteral("Request cancelled by user"));
                continue;
            }
            const QString code = QStringLiteral("TDM%1").arg(++receipt, 7, 36, QLatin1Char('0')).toUpper();
            auto paid = purchases.markPaid(created->id, code, package->priceCents, QStringLiteral("0"),
                                           QStringLiteral("The service request is processed successfully."));
            if (!paid)
                return fromModels(paid.error());
            auto grantId = GrantFactory(grants, office.box()).forPurchase(*created, *package, when + 25, models::GrantState::Expired);
            if (!grantId)
                return grantId.error();
            if (auto attached = purchases.attachGrant(created->id, *grantId); !attached)
                return fromModels(attached.error());
            (void)purchases.markOnline(*grantId);
            at.set(when + 25 + package->durationSeconds);
            (void)purchases.markExpired(*grantId);
        }
    }
    // One problem from last week that a cashier dealt with.
    at.set(today - 5 * 86400 + 15 * 3600);
    models::Problem problem;
    problem.kind = models::ProblemKind::C2bUnmatched;
    problem.message = tr("A paybill payment of KES 50 (receipt TDMPAYBILL1, account \"0712 345 678\") matches no purchase. "
                         "Give access by hand or refund.");
    auto recorded = problems.record(problem);
    if (!recorded)
        return fromModels(recorded.error());
    at.set(today - 5 * 86400 + 16 * 3600);
    (void)problems.resolve(*recorded, QStringLiteral("staff:amina"), tr("Customer called; gave 1 Day by hand."));
    if (auto committed = tx.commit(); !committed)
        return fromModels(committed.error());
    return {};
}

} // namespace lango::app
