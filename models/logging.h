#pragma once

#include <QLoggingCategory>

namespace lango::models {
Q_DECLARE_LOGGING_CATEGORY(lcModels)
}
