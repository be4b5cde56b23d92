// The INI file of `lango --headless --config FILE`: a mistake anywhere must
// be a clear error, never a crash or a half-read configuration.

#include "app/core/config.h"

#include <cstddef>
#include <cstdint>

using lango::app::Config;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    auto config = Config::parse(text, QStringLiteral("fuzz.ini"));
    if (!config) {
        if (config.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    if (config->listenPort == 0 || config->maxConnections < 16 || config->purchasesPerClient.count < 1)
        __builtin_trap();
    (void)Config::parseListen(text);
    (void)Config::parseRate(text);
    return 0;
}
