#pragma once

#include "app/core/error.h"

#include <QString>

namespace lango::app {

class Office;

// The sample office of `lango --demo`: packages people recognise from
// Kenyan hotspots, so every panel has something real to show.
struct DemoSeed
{
    // Deletes the demo database so each demo starts fresh; returns its URL.
    static QString freshDatabaseUrl();
    [[nodiscard]] static Result<void> packages(Office &office);
};

} // namespace lango::app
