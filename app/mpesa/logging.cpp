#include "app/mpesa/logging.h"

namespace lango::app::mpesa {
Q_LOGGING_CATEGORY(lcMpesa, "lango.app.mpesa", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMpesaSim, "lango.app.mpesa.sim", QtInfoMsg)
}
