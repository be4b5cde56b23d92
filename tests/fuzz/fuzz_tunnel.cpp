// The WireGuard file an admin may have edited by hand, and `wg show dump`'s
// output: parsing must never crash, a parsed file must read back the same
// after a rewrite, and Lango's peers never leave an admin's line out.

#include "app/tunnel/wgtool.h"
#include "app/tunnel/wireguardconfig.h"

#include <cstddef>
#include <cstdint>

using lango::app::tunnel::WgTool;
using lango::app::tunnel::WireGuardConfig;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)WgTool::parseDump(bytes);
    auto config = WireGuardConfig::parse(QString::fromUtf8(bytes));
    if (!config)
        return 0;
    (void)config->strippedText();
    (void)config->peers();
    // Lango's peers set twice: the second rewrite changes nothing.
    const QList<WireGuardConfig::Peer> managed{
        {QStringLiteral("kioo"), QStringLiteral("hSDwCYkwp1R0i33ctD73Wg2/Og0mOBr066SpjqqbTmo="), QStringLiteral("10.77.0.2/32")}};
    (void)config->setManagedPeers(managed);
    const QString once = config->text();
    auto again = WireGuardConfig::parse(once);
    if (!again)
        __builtin_trap();
    (void)again->setManagedPeers(managed);
    if (again->text() != once)
        __builtin_trap();
    return 0;
}
