#include "ui/logging.h"

namespace lango::ui {
Q_LOGGING_CATEGORY(lcUi, "lango.ui", QtInfoMsg)
}
