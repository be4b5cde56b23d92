#pragma once

#include "models/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace lango::models {

// Seals shared secrets (router API passwords, Daraja keys) under the office
// key with libsodium's secretbox (XSalsa20-Poly1305), so the database never
// holds them in plain text. Sealed text: "v1:" + base64(nonce || box).
class SecretBox final
{
    Q_DECLARE_TR_FUNCTIONS(SecretBox)

public:
    static constexpr int kKeyBytes = 32;

    // A key from the system CSPRNG, as base64 for the keychain or credentials file.
    static QString generateKey();
    [[nodiscard]] static Result<SecretBox> fromKey(const QString &base64Key);

    SecretBox() = default;   // holds no key: seal/open fail cleanly
    bool hasKey() const { return m_key.size() == kKeyBytes; }

    [[nodiscard]] Result<QString> seal(const QString &plain) const;
    [[nodiscard]] Result<QString> open(const QString &sealed) const;

    static bool looksSealed(const QString &text) { return text.startsWith(QLatin1String("v1:")); }

private:
    QByteArray m_key;
};

// Random bytes and codes from the system CSPRNG (libsodium's randombytes).
class SecureRandom final
{
public:
    static QByteArray bytes(int count);
    static quint32 uniform(quint32 upperBound);   // 0 .. upperBound-1, unbiased
    static QString token(int length, const QString &alphabet);
    // Lower-case letters and digits that read back without doubt (no i, l,
    // o, 0 or 1): hotspot usernames and passwords a person may have to type.
    static QString readable(int length) { return token(length, QStringLiteral("abcdefghjkmnpqrstuvwxyz23456789")); }
};

} // namespace lango::models
