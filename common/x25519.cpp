#include "common/x25519.h"

#include <QByteArray>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdint>

namespace lango::x25519 {

namespace {

// An element of GF(p), p = 2^255 - 19, as 16 signed limbs of nominally 16
// bits: value = sum of limb[i] * 2^(16 i). Limb products summed over a whole
// multiplication stay below 2^45, far inside int64, so a product needs
// carrying only once at its end, and a limb left negative by a subtraction
// does no harm.
using Fe = std::array<std::int64_t, 16>;

// 2^256 = 2p + 38, so 2^256 = 38 (mod p): whatever overflows the top limb
// comes back into the bottom one times 38.
constexpr std::int64_t kFold = 38;

// (A - 2) / 4 for Curve25519's A = 486662, the constant in the RFC's ladder.
constexpr std::int64_t kA24 = 121665;

// Moves each limb's bits above 16 into the next one, and the top limb's
// overflow into limb 0. Afterwards limbs 1..15 are in [0, 2^16) and limb 0
// is off that range by at most 38 times the top carry; two passes after a
// multiplication leave every limb within 2^16 + 38.
// (>> on a negative int64 floors on every compiler Lango builds with; C++20
// guarantees it. Multiplying the carry back avoids shifting a negative left.)
void carry(Fe &a)
{
    for (std::size_t i = 0; i < 16; ++i) {
        const std::int64_t c = a[i] >> 16;
        a[i] -= c * 65536;
        if (i < 15)
            a[i + 1] += c;
        else
            a[0] += kFold * c;
    }
}

Fe small(std::int64_t value)
{
    Fe r{};
    r[0] = value;
    carry(r);
    return r;
}

Fe add(const Fe &a, const Fe &b)
{
    Fe r;
    for (std::size_t i = 0; i < 16; ++i)
        r[i] = a[i] + b[i];
    return r;
}

Fe sub(const Fe &a, const Fe &b)
{
    Fe r;
    for (std::size_t i = 0; i < 16; ++i)
        r[i] = a[i] - b[i];
    return r;
}

// Schoolbook product into 31 columns, then columns 16..30 folded down by
// 2^256 = 38. Inputs may be sums or differences of two carried values.
Fe mul(const Fe &a, const Fe &b)
{
    std::array<std::int64_t, 31> column{};
    for (std::size_t i = 0; i < 16; ++i)
        for (std::size_t j = 0; j < 16; ++j)
            column[i + j] += a[i] * b[j];
    Fe r;
    for (std::size_t i = 0; i < 15; ++i)
        r[i] = column[i] + kFold * column[i + 16];
    r[15] = column[15];
    carry(r);
    carry(r);
    return r;
}

Fe square(const Fe &a)
{
    return mul(a, a);
}

// z^(p - 2) = 1/z by Fermat (and 0 for 0, which the ladder tolerates).
// p - 2 = 2^255 - 21 has bits 254..0 all set except bits 4 and 2; the
// exponent is public, so branching on its bits leaks nothing.
Fe invert(const Fe &z)
{
    Fe r = z;
    for (int bit = 253; bit >= 0; --bit) {
        r = square(r);
        if (bit != 4 && bit != 2)
            r = mul(r, z);
    }
    return r;
}

// Swaps a and b when bit is 1, with the same instructions either way so the
// secret scalar bits do not show in timing or branch prediction.
void conditionalSwap(Fe &a, Fe &b, std::int64_t bit)
{
    const std::int64_t mask = -bit;
    for (std::size_t i = 0; i < 16; ++i) {
        const std::int64_t t = mask & (a[i] ^ b[i]);
        a[i] ^= t;
        b[i] ^= t;
    }
}

// Little-endian bytes to an element. The RFC has u's top bit ignored; a u of
// p or more is accepted as is and simply reduced by the arithmetic.
Fe unpack(const Key &bytes)
{
    Fe r;
    for (std::size_t i = 0; i < 16; ++i)
        r[i] = std::int64_t{bytes[2 * i]} | (std::int64_t{bytes[2 * i + 1]} << 8);
    r[15] &= 0x7fff;
    return r;
}

// The one canonical encoding, in [0, p). Three carry passes bring any
// multiplication result to limbs in [0, 2^16), so the value is below
// 2^256 = 2p + 38; subtracting p at most twice, keeping the difference only
// when it did not borrow, finishes the reduction without branching.
Key pack(Fe a)
{
    carry(a);
    carry(a);
    carry(a);
    for (int round = 0; round < 2; ++round) {
        Fe reduced;
        std::int64_t borrow = 0;
        for (std::size_t i = 0; i < 16; ++i) {
            const std::int64_t pLimb = i == 0 ? 0xffed : i == 15 ? 0x7fff : 0xffff;
            const std::int64_t d = a[i] - pLimb - borrow;
            borrow = (d >> 16) & 1;
            reduced[i] = d & 0xffff;
        }
        conditionalSwap(a, reduced, 1 - borrow);
    }
    Key out;
    for (std::size_t i = 0; i < 16; ++i) {
        out[2 * i] = static_cast<quint8>(a[i] & 0xff);
        out[2 * i + 1] = static_cast<quint8>(a[i] >> 8);
    }
    return out;
}

void clamp(Key &k)
{
    // A multiple of the cofactor 8, with bit 254 the highest set: the ladder
    // then stays out of the small subgroups and always runs the same steps.
    k[0] &= 248;
    k[31] &= 127;
    k[31] |= 64;
}

} // namespace

Key scalarMult(const Key &scalar, const Key &point)
{
    Key k = scalar;
    clamp(k);

    // The Montgomery ladder of RFC 7748 section 5, in projective (X : Z)
    // coordinates: with n the scalar's bits read so far, (x2 : z2) is n * u
    // and (x3 : z3) is (n + 1) * u.
    const Fe x1 = unpack(point);
    const Fe a24 = small(kA24);
    Fe x2 = small(1);
    Fe z2{};
    Fe x3 = x1;
    Fe z3 = small(1);
    std::int64_t swap = 0;

    for (int t = 254; t >= 0; --t) {
        const std::int64_t bit = (k[static_cast<std::size_t>(t / 8)] >> (t % 8)) & 1;
        swap ^= bit;
        conditionalSwap(x2, x3, swap);
        conditionalSwap(z2, z3, swap);
        swap = bit;

        const Fe a = add(x2, z2);
        const Fe aa = square(a);
        const Fe b = sub(x2, z2);
        const Fe bb = square(b);
        const Fe e = sub(aa, bb);
        const Fe c = add(x3, z3);
        const Fe d = sub(x3, z3);
        const Fe da = mul(d, a);
        const Fe cb = mul(c, b);
        x3 = square(add(da, cb));
        z3 = mul(x1, square(sub(da, cb)));
        x2 = mul(aa, bb);
        z2 = mul(e, add(aa, mul(a24, e)));
    }
    conditionalSwap(x2, x3, swap);
    conditionalSwap(z2, z3, swap);

    return pack(mul(x2, invert(z2)));
}

Key publicKey(const Key &privateKey)
{
    Key basePoint{};
    basePoint[0] = 9;
    return scalarMult(privateKey, basePoint);
}

Key generatePrivateKey()
{
    std::array<quint32, 8> words;
    QRandomGenerator::system()->fillRange(words.data(), static_cast<qsizetype>(words.size()));
    Key k;
    for (std::size_t i = 0; i < k.size(); ++i)
        k[i] = static_cast<quint8>(words[i / 4] >> (8 * (i % 4)));
    // scalarMult clamps anyway; clamping here too keeps the stored key the
    // same bytes `wg genkey` would write.
    clamp(k);
    words.fill(0);
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
