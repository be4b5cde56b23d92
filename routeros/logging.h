#pragma once

#include <QLoggingCategory>

namespace lango::routeros {
Q_DECLARE_LOGGING_CATEGORY(lcRouteros)
// Every sentence sent and received (secrets masked); off by default.
Q_DECLARE_LOGGING_CATEGORY(lcRouterosWire)
}
