#pragma once

#include <QLoggingCategory>

namespace lango::app {
Q_DECLARE_LOGGING_CATEGORY(lcApp)
}
