// X25519 against RFC 7748's vectors (section 5.2 single and iterated, the
// section 6.1 Diffie-Hellman exchange) and the wg(8) example key pair, plus
// key generation and WireGuard's base64 key text.

#include "common/x25519.h"
#include "support/testmain.h"

#include <QTest>

#include <algorithm>
#include <optional>

using namespace lango;

namespace {

std::optional<x25519::Key> keyFromHex(const QByteArray &hex)
{
    const QByteArray raw = QByteArray::fromHex(hex);
    if (hex.size() != 64 || raw.size() != 32)
        return std::nullopt;
    x25519::Key key;
    std::transform(raw.cbegin(), raw.cend(), key.begin(), [](char c) { return static_cast<quint8>(c); });
    return key;
}

// Hex, so a failed comparison prints both keys readably.
QByteArray toHex(const x25519::Key &key)
{
    return QByteArray(reinterpret_cast<const char *>(key.data()), static_cast<qsizetype>(key.size())).toHex();
}

x25519::Key basePoint()
{
    x25519::Key u{};
    u[0] = 9;
    return u;
}

bool isClamped(const x25519::Key &key)
{
    return (key[0] & 7) == 0 && (key[31] & 0x80) == 0 && (key[31] & 0x40) != 0;
}

} // namespace

class TstX25519 final : public QObject
{
    Q_OBJECT

private slots:
    void rfcVectors_data();
    void rfcVectors();
    void rfcIterated_data();
    void rfcIterated();
    void rfcDiffieHellmanPublicKeys_data();
    void rfcDiffieHellmanPublicKeys();
    void rfcDiffieHellmanSharedSecret();
    void uAtOrAboveThePrimeIsReduced();
    void wireGuardExamplePair_data();
    void wireGuardExamplePair();
    void generatedKeyRoundTripsThroughBase64();
    void generatedKeysDiffer();
    void fromBase64Rejects_data();
    void fromBase64Rejects();
};

void TstX25519::rfcVectors_data()
{
    QTest::addColumn<QByteArray>("scalar");
    QTest::addColumn<QByteArray>("u");
    QTest::addColumn<QByteArray>("expected");

    // RFC 7748 section 5.2. Neither scalar is clamped, and the second u has
    // its top bit set: X25519 must clamp the one and ignore the other.
    QTest::newRow("first")
        << QByteArrayLiteral("a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4")
        << QByteArrayLiteral("e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c")
        << QByteArrayLiteral("c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552");
    QTest::newRow("second")
        << QByteArrayLiteral("4b66e9d4d1b4673c5ad22691957d6af5c11b6421e0ea01d42ca4169e7918ba0d")
        << QByteArrayLiteral("e5210f12786811d3f4b7959d0538ae2c31dbe7106fc03c3efc4cd549c715a493")
        << QByteArrayLiteral("95cbde9476e8907d7aade45cb4b873f88b595a68799fa152e6f8f7647aac7957");
}

void TstX25519::rfcVectors()
{
    QFETCH(QByteArray, scalar);
    QFETCH(QByteArray, u);
    QFETCH(QByteArray, expected);

    const auto k = keyFromHex(scalar);
    const auto point = keyFromHex(u);
    QVERIFY(k && point);
    QCOMPARE(toHex(x25519::scalarMult(*k, *point)), expected);
}

void TstX25519::rfcIterated_data()
{
    QTest::addColumn<int>("iterations");
    QTest::addColumn<QByteArray>("expected");

    // RFC 7748 section 5.2; its 1,000,000-iteration vector would take
    // minutes, so it is left out.
    QTest::newRow("1")
        << 1 << QByteArrayLiteral("422c8e7a6227d7bca1350b3e2bb7279f7897b87bb6854b783c60e80311ae3079");
    QTest::newRow("1000")
        << 1000 << QByteArrayLiteral("684cf59ba83309552800ef566f2f4d3c1c3887c49360e3875f2eb94d99532c51");
}

void TstX25519::rfcIterated()
{
    QFETCH(int, iterations);
    QFETCH(QByteArray, expected);

    // k = u = 9; then each round k, u = X25519(k, u), k.
    x25519::Key k = basePoint();
    x25519::Key u = basePoint();
    for (int i = 0; i < iterations; ++i) {
        const x25519::Key next = x25519::scalarMult(k, u);
        u = k;
        k = next;
    }
    QCOMPARE(toHex(k), expected);
}

void TstX25519::rfcDiffieHellmanPublicKeys_data()
{
    QTest::addColumn<QByteArray>("privateKey");
    QTest::addColumn<QByteArray>("publicKey");

    // RFC 7748 section 6.1.
    QTest::newRow("Alice")
        << QByteArrayLiteral("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")
        << QByteArrayLiteral("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
    QTest::newRow("Bob")
        << QByteArrayLiteral("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb")
        << QByteArrayLiteral("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
}

void TstX25519::rfcDiffieHellmanPublicKeys()
{
    QFETCH(QByteArray, privateKey);
    QFETCH(QByteArray, publicKey);

    const auto key = keyFromHex(privateKey);
    QVERIFY(key);
    QCOMPARE(toHex(x25519::publicKey(*key)), publicKey);
}

void TstX25519::rfcDiffieHellmanSharedSecret()
{
    // RFC 7748 section 6.1: each side's private key with the other's public
    // key gives the same secret.
    const auto alicePrivate = keyFromHex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
    const auto bobPrivate = keyFromHex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");
    QVERIFY(alicePrivate && bobPrivate);
    const QByteArray shared = QByteArrayLiteral("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742");

    const x25519::Key alicePublic = x25519::publicKey(*alicePrivate);
    const x25519::Key bobPublic = x25519::publicKey(*bobPrivate);
    QCOMPARE(toHex(x25519::scalarMult(*alicePrivate, bobPublic)), shared);
    QCOMPARE(toHex(x25519::scalarMult(*bobPrivate, alicePublic)), shared);
}

void TstX25519::uAtOrAboveThePrimeIsReduced()
{
    // RFC 7748 section 5 accepts a u of p = 2^255 - 19 or more and reduces it:
    // u = p + 9 must act as the base point 9.
    x25519::Key pPlus9;
    pPlus9.fill(0xff);
    pPlus9[0] = 0xf6;
    pPlus9[31] = 0x7f;
    const x25519::Key key = x25519::generatePrivateKey();
    QCOMPARE(toHex(x25519::scalarMult(key, pPlus9)), toHex(x25519::publicKey(key)));
}

void TstX25519::wireGuardExamplePair_data()
{
    QTest::addColumn<QString>("privateKey");
    QTest::addColumn<QString>("publicKey");

    // The pair in wg(8)'s configuration example (the private key's first
    // letter is a lower-case y; with an upper-case Y it is another key).
    QTest::newRow("wg(8) example")
        << QStringLiteral("yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=")
        << QStringLiteral("HIgo9xNzJMWLKASShiTqIybxZ0U3wGLiUeJ1PKf8ykw=");
    // That upper-case variant, its public key worked out with OpenSSL.
    QTest::newRow("upper-case Y variant")
        << QStringLiteral("YAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=")
        << QStringLiteral("Y2FD6uTgrq+/bbBAXCNOtE+PGk8Papoh7qaWBpQUXn0=");
}

void TstX25519::wireGuardExamplePair()
{
    QFETCH(QString, privateKey);
    QFETCH(QString, publicKey);

    const std::optional<x25519::Key> key = x25519::fromBase64(privateKey);
    QVERIFY(key);
    QCOMPARE(x25519::toBase64(*key), privateKey);
    QCOMPARE(x25519::toBase64(x25519::publicKey(*key)), publicKey);
}

void TstX25519::generatedKeyRoundTripsThroughBase64()
{
    const x25519::Key privateKey = x25519::generatePrivateKey();
    QVERIFY(isClamped(privateKey));
    const x25519::Key publicKey = x25519::publicKey(privateKey);

    for (const x25519::Key &key : {privateKey, publicKey}) {
        const QString text = x25519::toBase64(key);
        QCOMPARE(text.size(), static_cast<qsizetype>(44));
        QVERIFY(text.endsWith(QLatin1Char('=')));
        const std::optional<x25519::Key> back = x25519::fromBase64(text);
        QVERIFY(back);
        QCOMPARE(toHex(*back), toHex(key));
    }

    const std::optional<x25519::Key> privateBack = x25519::fromBase64(x25519::toBase64(privateKey));
    QVERIFY(privateBack);
    QCOMPARE(toHex(x25519::publicKey(*privateBack)), toHex(publicKey));
}

void TstX25519::generatedKeysDiffer()
{
    const x25519::Key first = x25519::generatePrivateKey();
    const x25519::Key second = x25519::generatePrivateKey();
    QVERIFY(first != second);
    QVERIFY(x25519::publicKey(first) != x25519::publicKey(second));
}

void TstX25519::fromBase64Rejects_data()
{
    QTest::addColumn<QString>("text");

    // A valid key for the rows below to spoil one way each.
    const QString valid = QStringLiteral("HIgo9xNzJMWLKASShiTqIybxZ0U3wGLiUeJ1PKf8ykw=");
    QVERIFY(x25519::fromBase64(valid));

    QTest::newRow("empty") << QString();
    QTest::newRow("43 characters") << QString(valid).remove(42, 1);
    QTest::newRow("45 characters") << valid + QLatin1Char('=');
    QTest::newRow("invalid character *") << QString(valid).replace(5, 1, QLatin1Char('*'));
    QTest::newRow("no padding") << valid.left(43);
    // base64 of 31 and of 33 bytes is also 44 characters long.
    QTest::newRow("31 bytes") << QString::fromLatin1(QByteArray(31, '\x5a').toBase64());
    QTest::newRow("33 bytes") << QString::fromLatin1(QByteArray(33, '\x5a').toBase64());
    QTest::newRow("space inside") << QString(valid).replace(20, 1, QLatin1Char(' '));
    QTest::newRow("trailing newline") << valid.left(43) + QLatin1Char('\n');
    QTest::newRow("leading space") << QLatin1Char(' ') + valid.left(43);
    QTest::newRow("base64url character") << QString(valid).replace(0, 1, QLatin1Char('-'));
    QTest::newRow("padding inside") << QString(valid).replace(10, 1, QLatin1Char('='));
    // The last character holds 6 bits, only the top 4 of them the key's:
    // 'w' (48) has the other 2 clear, 'x' (49) sets one.
    QTest::newRow("non-canonical last character") << QString(valid).replace(42, 1, QLatin1Char('x'));
    QTest::newRow("Latin-1 letter") << QString(valid).replace(3, 1, QChar(0xe9));
    QTest::newRow("non-Latin-1 letter") << QString(valid).replace(3, 1, QChar(0x263a));
    QTest::newRow("NUL") << QString(valid).replace(3, 1, QChar(0));
}

void TstX25519::fromBase64Rejects()
{
    QFETCH(QString, text);
    QVERIFY(!x25519::fromBase64(text));
}

LANGO_TEST_APPLESS_MAIN(TstX25519)

#include "tst_x25519.moc"
