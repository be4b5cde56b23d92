#pragma once

#include <QRandomGenerator>

#include <algorithm>
#include <chrono>

namespace lango::app::mpesa {

// Exponential back-off for calls that are safe to repeat (token, query,
// C2B registration). STK Push never uses it: a push is sent at most once.
struct RetryPolicy final
{
    int maxAttempts = 4;                           // including the first
    std::chrono::milliseconds firstDelay{1000};
    std::chrono::milliseconds maxDelay{16000};

    // Wait before attempt number `failed + 1`: firstDelay * 2^(failed-1),
    // capped, plus up to 25 % jitter so many clients do not retry in step.
    [[nodiscard]] std::chrono::milliseconds delayAfter(int failed) const
    {
        const int shift = std::clamp(failed - 1, 0, 20);
        const auto base = std::min<std::chrono::milliseconds::rep>(firstDelay.count() << shift, maxDelay.count());
        const auto jitter = base > 3 ? QRandomGenerator::global()->bounded(static_cast<int>(base / 4)) : 0;
        return std::chrono::milliseconds(base + jitter);
    }
};

} // namespace lango::app::mpesa
