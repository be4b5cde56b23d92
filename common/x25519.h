#pragma once

#include <QString>
#include <QtGlobal>

#include <array>
#include <optional>

// X25519 (RFC 7748): Diffie-Hellman over Curve25519, as WireGuard uses it for
// its key pairs, and WireGuard's text form of keys. The arithmetic and the
// random bytes are libsodium's.
namespace lango::x25519 {

using Key = std::array<quint8, 32>;

// The RFC's X25519(k, u): clamps the scalar and ignores the top bit of u,
// in time that does not depend on either. All zeros for a low-order u.
Key scalarMult(const Key &scalar, const Key &point);

// The public key of a private one: scalarMult with the base point u = 9.
Key publicKey(const Key &privateKey);

// 32 bytes from the system's CSPRNG, clamped as `wg genkey` does.
Key generatePrivateKey();

// WireGuard's text form of a key: standard base64 of the 32 bytes, 44
// characters ending in '='.
QString toBase64(const Key &key);

// The reverse of toBase64(); nothing for any other text, so a key that was
// mistyped or cut short is refused instead of being read as another key.
std::optional<Key> fromBase64(QStringView text);

} // namespace lango::x25519
