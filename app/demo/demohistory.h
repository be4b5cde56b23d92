#pragma once

#include "app/core/error.h"

#include <QCoreApplication>

namespace lango::app {

class Office;

// A month of past sales for `lango --demo`, so the dashboard's charts and
// the Payments panel have history on the first start. Written through the
// real stores, each at its own moment (a store with a clock set to it).
class DemoHistory final
{
    Q_DECLARE_TR_FUNCTIONS(DemoHistory)

public:
    [[nodiscard]] static Result<void> write(Office &office, qint64 routerId, qint64 now);
};

} // namespace lango::app
