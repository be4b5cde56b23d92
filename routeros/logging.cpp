#include "routeros/logging.h"

namespace lango::routeros {
Q_LOGGING_CATEGORY(lcRouteros, "lango.routeros", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRouterosWire, "lango.routeros.wire", QtWarningMsg)
}
