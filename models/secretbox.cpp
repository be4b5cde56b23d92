#include "models/secretbox.h"

#include <sodium.h>

namespace lango::models {

namespace {
bool ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

QString SecretBox::generateKey()
{
    return QString::fromLatin1(SecureRandom::bytes(kKeyBytes).toBase64());
}

Result<SecretBox> SecretBox::fromKey(const QString &base64Key)
{
    const QByteArray key = QByteArray::fromBase64(base64Key.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (key.size() != kKeyBytes)
        return invalid(tr("The office key is not valid: it must be 32 bytes written in base64 (44 characters). "
                          "Copy it again from the computer that set up the office."));
    SecretBox box;
    box.m_key = key;
    return box;
}

Result<QString> SecretBox::seal(const QString &plain) const
{
    if (!hasKey() || !ensureSodium())
        return invalid(tr("No office key is set on this computer, so secrets cannot be stored. Set the office key first."));
    const QByteArray message = plain.toUtf8();
    QByteArray out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + message.size(), Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char *>(message.constData()),
                          static_cast<unsigned long long>(message.size()), nonce,
                          reinterpret_cast<const unsigned char *>(m_key.constData()));
    return QStringLiteral("v1:") + QString::fromLatin1(out.toBase64());
}

Result<QString> SecretBox::open(const QString &sealed) const
{
    if (!hasKey() || !ensureSodium())
        return invalid(tr("No office key is set on this computer, so stored secrets cannot be read. Set the office key first."));
    if (!looksSealed(sealed))
        return invalid(tr("A stored secret is damaged (unknown format)."));
    const QByteArray data = QByteArray::fromBase64(sealed.mid(3).toLatin1());
    if (data.size() < static_cast<int>(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES))
        return invalid(tr("A stored secret is damaged (too short)."));
    const auto *nonce = reinterpret_cast<const unsigned char *>(data.constData());
    const int boxSize = data.size() - static_cast<int>(crypto_secretbox_NONCEBYTES);
    QByteArray plain(boxSize - static_cast<int>(crypto_secretbox_MACBYTES), Qt::Uninitialized);
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()), nonce + crypto_secretbox_NONCEBYTES,
                                   static_cast<unsigned long long>(boxSize), nonce,
                                   reinterpret_cast<const unsigned char *>(m_key.constData())) != 0)
        return invalid(tr("A stored secret cannot be opened with this computer's office key. "
                          "Check that this desk was given the same office key as the others."));
    return QString::fromUtf8(plain);
}

QByteArray SecureRandom::bytes(int count)
{
    ensureSodium();
    QByteArray out(count, Qt::Uninitialized);
    randombytes_buf(out.data(), static_cast<size_t>(count));
    return out;
}

quint32 SecureRandom::uniform(quint32 upperBound)
{
    ensureSodium();
    return randombytes_uniform(upperBound);
}

QString SecureRandom::token(int length, const QString &alphabet)
{
    QString out;
    out.reserve(length);
    const int symbols = int(alphabet.size());
    if (symbols > 256) {
        for (int i = 0; i < length; ++i)
            out += alphabet.at(static_cast<int>(uniform(static_cast<quint32>(symbols))));
        return out;
    }
    // One read of the CSPRNG per token, not one per symbol (a system call
    // each: a payment's username and password cost sixteen). A byte at or
    // above the largest multiple of the alphabet's size is thrown away, so
    // every symbol stays equally likely.
    const int limit = 256 - 256 % symbols;
    QByteArray pool;
    qsizetype used = 0;
    while (out.size() < length) {
        if (used == pool.size()) {
            pool = bytes(int(length - out.size()) + 8);
            used = 0;
        }
        const int byte = quint8(pool.at(used++));
        if (byte < limit)
            out += alphabet.at(byte % symbols);
    }
    return out;
}

} // namespace lango::models
