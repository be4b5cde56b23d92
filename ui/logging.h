#pragma once

#include <QLoggingCategory>

namespace lango::ui {
Q_DECLARE_LOGGING_CATEGORY(lcUi)
}
