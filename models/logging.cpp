#include "models/logging.h"

namespace lango::models {
Q_LOGGING_CATEGORY(lcModels, "lango.models", QtInfoMsg)
}
