#pragma once

#include "models/error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace lango::models {

// What the office sells: a price, a validity, speeds and caps. On a router it
// becomes the hotspot user profile `lango-<slug>` (DESIGN.md, Mapping).
struct Package
{
    Q_DECLARE_TR_FUNCTIONS(Package)

public:
    qint64 id = 0;
    QString name;
    QString slug;                       // set by the store from the name
    qint64 priceCents = 0;
    qint64 durationSeconds = 0;         // wall-clock validity from activation
    int downKbps = 0;                   // customer download = router tx
    int upKbps = 0;                     // customer upload = router rx
    int devices = 1;                    // shared-users
    std::optional<qint64> dataBytes;    // limit-bytes-total
    std::optional<qint64> uptimeSeconds;  // limit-uptime (usage-time packages)
    bool retired = false;
    // Bought at the paybill from any phone: the amount paid picks the
    // package, so no two such packages on sale cost the same.
    bool soldByPaybill = false;
    bool smsReminder = true;            // a text before the time runs out ([sms] reminder_before)
    QList<qint64> routerIds;            // empty = sold on every router
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    // Domain rules, checked before anything is written.
    [[nodiscard]] Result<void> validate() const;

    QString profileName() const { return QStringLiteral("lango-") + slug; }
    // RouterOS rate-limit "rx/tx" from the router's side: rx is what the
    // router receives from the customer (their upload), tx their download.
    QString rateLimit() const;
    bool soldOn(qint64 routerId) const { return routerIds.isEmpty() || routerIds.contains(routerId); }

    static QString slugFor(const QString &name);
};

} // namespace lango::models
