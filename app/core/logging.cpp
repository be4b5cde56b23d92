#include "app/core/logging.h"

namespace lango::app {
Q_LOGGING_CATEGORY(lcApp, "lango.app", QtInfoMsg)
}
