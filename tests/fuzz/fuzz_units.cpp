// What staff type for durations, prices, speeds and data, and what
// customers type as voucher codes. A value that parses must format back to
// the same value.

#include "models/units.h"
#include "models/vouchercodes.h"

#include <cstddef>
#include <cstdint>

using lango::models::Units;
using lango::models::VoucherCodes;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (auto seconds = Units::parseDuration(text)) {
        if (*seconds <= 0 || *seconds > 10LL * 366 * 86400)
            __builtin_trap();
        auto again = Units::parseDuration(Units::formatDuration(*seconds));
        if (!again || *again != *seconds)
            __builtin_trap();
        (void)Units::humanDuration(*seconds);
    }
    if (auto cents = Units::parseKes(text)) {
        if (*cents < 0 || *cents % 100 != 0)
            __builtin_trap();
        (void)Units::formatMoney(*cents);
    }
    if (auto kbps = Units::parseSpeed(text)) {
        if (*kbps < 1 || *kbps > 10'000'000)
            __builtin_trap();
        (void)Units::formatSpeed(*kbps);
    }
    if (auto bytes = Units::parseDataSize(text)) {
        if (*bytes < 1024)
            __builtin_trap();
        (void)Units::formatDataSize(*bytes);
    }
    const QString code = VoucherCodes::normalise(text);
    if (VoucherCodes::isValid(code))
        (void)VoucherCodes::grouped(code);
    return 0;
}
