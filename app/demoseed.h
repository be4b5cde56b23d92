#pragma once

#include "app/error.h"

namespace lango::app {

class Office;

// The sample office of `lango --demo`: packages people recognise from
// Kenyan hotspots, so every panel has something real to show.
struct DemoSeed
{
    [[nodiscard]] static Result<void> packages(Office &office);
};

} // namespace lango::app
