#pragma once

#include <QLoggingCategory>

namespace lango::routeros {
Q_DECLARE_LOGGING_CATEGORY(lcRouteros)
}
