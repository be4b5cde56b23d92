// Word length encoding: every size-class boundary, both directions.

#include "routeros/wordcodec.h"
#include "support/testmain.h"

#include <QTest>

using lango::routeros::WordCodec;

class TestWordCodec final : public QObject
{
    Q_OBJECT

private slots:
    void encodesLengthPrefix_data();
    void encodesLengthPrefix();
    void decodesLengthPrefix_data() { encodesLengthPrefix_data(); }
    void decodesLengthPrefix();
    void incompletePrefixNeedsMore_data() { encodesLengthPrefix_data(); }
    void incompletePrefixNeedsMore();
    void controlByteIsProtocolError_data();
    void controlByteIsProtocolError();
    void sentenceEndsWithEmptyWord();
    void wordLengthCountsBytesNotCharacters();
};

void TestWordCodec::encodesLengthPrefix_data()
{
    QTest::addColumn<quint32>("length");
    QTest::addColumn<QByteArray>("prefix");
    QTest::newRow("0") << 0u << QByteArray::fromHex("00");
    QTest::newRow("5") << 5u << QByteArray::fromHex("05");
    QTest::newRow("0x7F last 1-byte") << 0x7Fu << QByteArray::fromHex("7F");
    QTest::newRow("0x80 first 2-byte") << 0x80u << QByteArray::fromHex("8080");
    QTest::newRow("300") << 300u << QByteArray::fromHex("812C");
    QTest::newRow("0x3FFF last 2-byte") << 0x3FFFu << QByteArray::fromHex("BFFF");
    QTest::newRow("0x4000 first 3-byte") << 0x4000u << QByteArray::fromHex("C04000");
    QTest::newRow("20000") << 20000u << QByteArray::fromHex("C04E20");
    QTest::newRow("0x1FFFFF last 3-byte") << 0x1FFFFFu << QByteArray::fromHex("DFFFFF");
    QTest::newRow("0x200000 first 4-byte") << 0x200000u << QByteArray::fromHex("E0200000");
    QTest::newRow("0xFFFFFFF last 4-byte") << 0xFFFFFFFu << QByteArray::fromHex("EFFFFFFF");
    QTest::newRow("0x10000000 first 5-byte") << 0x10000000u << QByteArray::fromHex("F010000000");
    QTest::newRow("0xFFFFFFFF largest") << 0xFFFFFFFFu << QByteArray::fromHex("F0FFFFFFFF");
}

void TestWordCodec::encodesLengthPrefix()
{
    QFETCH(quint32, length);
    QFETCH(QByteArray, prefix);
    QByteArray out;
    WordCodec::appendLength(out, length);
    QCOMPARE(out.toHex(), prefix.toHex());
    QCOMPARE(WordCodec::prefixSize(length), prefix.size());
}

void TestWordCodec::decodesLengthPrefix()
{
    QFETCH(quint32, length);
    QFETCH(QByteArray, prefix);
    quint32 decoded = 0;
    int used = 0;
    const QByteArray withTail = prefix + QByteArray("tail");
    QCOMPARE(WordCodec::decodeLength(withTail, decoded, used), WordCodec::Decode::Ok);
    QCOMPARE(decoded, length);
    QCOMPARE(used, prefix.size());
}

void TestWordCodec::incompletePrefixNeedsMore()
{
    QFETCH(QByteArray, prefix);
    quint32 decoded = 0;
    int used = 0;
    for (qsizetype cut = 0; cut < prefix.size(); ++cut)
        QCOMPARE(WordCodec::decodeLength(prefix.first(cut), decoded, used), WordCodec::Decode::NeedMore);
}

void TestWordCodec::controlByteIsProtocolError_data()
{
    QTest::addColumn<quint8>("first");
    QTest::newRow("0xF8") << quint8(0xF8);
    QTest::newRow("0xFC") << quint8(0xFC);
    QTest::newRow("0xFF") << quint8(0xFF);
    QTest::newRow("0xF1 reserved") << quint8(0xF1);
}

void TestWordCodec::controlByteIsProtocolError()
{
    QFETCH(quint8, first);
    QByteArray data(5, '\0');
    data[0] = static_cast<char>(first);
    quint32 decoded = 0;
    int used = 0;
    QCOMPARE(WordCodec::decodeLength(data, decoded, used), WordCodec::Decode::ControlByte);
}

void TestWordCodec::sentenceEndsWithEmptyWord()
{
    const QByteArray bytes = WordCodec::encodeSentence({QByteArrayLiteral("/system/identity/print")});
    QCOMPARE(bytes.toHex(), (QByteArray::fromHex("16") + "/system/identity/print" + QByteArray(1, '\0')).toHex());
}

void TestWordCodec::wordLengthCountsBytesNotCharacters()
{
    QByteArray out;
    WordCodec::appendWord(out, QStringLiteral("=comment=caf\u00e9").toUtf8());  // é is two bytes
    QCOMPARE(static_cast<quint8>(out[0]), quint8(14));
}

LANGO_TEST_GUILESS_MAIN(TestWordCodec)
#include "tst_wordcodec.moc"
