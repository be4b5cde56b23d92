#pragma once

#include "models/clock.h"
#include "models/database.h"
#include "models/router.h"

namespace lango::models {

class RouterStore final
{
    Q_DECLARE_TR_FUNCTIONS(RouterStore)

public:
    RouterStore(const Database &db, const Clock &clock);

    [[nodiscard]] Result<QList<Router>> list() const;
    [[nodiscard]] Result<Router> byId(qint64 id) const;
    [[nodiscard]] Result<Router> byName(const QString &name) const;
    [[nodiscard]] Result<qint64> add(const Router &router) const;
    [[nodiscard]] Result<void> update(const Router &router) const;
    // Refused for a router with sales history: disable it instead.
    [[nodiscard]] Result<void> remove(qint64 id) const;

private:
    Result<Router> one(const QString &where, const QVariant &key, const QString &notFound) const;

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace lango::models
