#pragma once

#include <QLoggingCategory>

namespace lango::app::mpesa {
// lango.app.mpesa: the Daraja client; lango.app.mpesa.sim: the emulator.
// Never log keys, passkeys or tokens here; mask phone numbers (PhoneNumber::mask).
Q_DECLARE_LOGGING_CATEGORY(lcMpesa)
Q_DECLARE_LOGGING_CATEGORY(lcMpesaSim)
}
