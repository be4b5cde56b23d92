#include "common/x25519.h"

#include <QByteArray>

#include <sodium.h>

#include <algorithm>

namespace lango::x25519 {

namespace {

// libsodium (already Lango's for sealing secrets) does the curve arithmetic:
// audited, constant-time code rather than our own.
void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    Q_ASSERT(ready);
    Q_UNUSED(ready);
}

void clamp(Key &k)
{
    // A multiple of the cofactor 8, with bit 254 the highest set: what
    // `wg genkey` writes (libsodium clamps again when it multiplies).
    k[0] &= 248;
    k[31] &= 127;
    k[31] |= 64;
}

} // namespace

Key scalarMult(const Key &scalar, const Key &point)
{
    ensureSodium();
    Key out{};
    // Non-zero: the result is all zeros (a low-order point), and so is out.
    if (crypto_scalarmult_curve25519(out.data(), scalar.data(), point.data()) != 0)
        out.fill(0);
    return out;
}

Key publicKey(const Key &privateKey)
{
    ensureSodium();
    Key out{};
    if (crypto_scalarmult_curve25519_base(out.data(), privateKey.data()) != 0)
        out.fill(0);
    return out;
}

Key generatePrivateKey()
{
    ensureSodium();
    Key k;
    randombytes_buf(k.data(), k.size());   // the system's CSPRNG
    clamp(k);
    return k;
}

QString toBase64(const Key &key)
{
    const QByteArray raw(reinterpret_cast<const char *>(key.data()), static_cast<qsizetype>(key.size()));
    return QString::fromLatin1(raw.toBase64());
}

std::optional<Key> fromBase64(QStringView text)
{
    if (text.size() != 44)
        return std::nullopt;
    // A character outside Latin-1 becomes '?', which base64 refuses too.
    const QByteArray latin1 = text.toLatin1();
    const QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(latin1, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32)
        return std::nullopt;
    // Only the canonical spelling: decoding alone would accept a missing '='
    // or stray low bits in the last character and quietly drop them.
    if (decoded.decoded.toBase64() != latin1)
        return std::nullopt;
    Key key;
    std::copy(decoded.decoded.cbegin(), decoded.decoded.cend(), key.begin());
    return key;
}

} // namespace lango::x25519
