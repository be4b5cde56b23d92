// The incremental parser and sentence accessors: replies split anywhere,
// several per read, long words, control bytes, attribute splitting.

#include "routeros/sentenceparser.h"
#include "routeros/wordcodec.h"
#include "support/testmain.h"

#include <QTest>

using lango::routeros::Sentence;
using lango::routeros::SentenceParser;
using lango::routeros::WordCodec;

namespace {

QByteArray threeReplies()
{
    QByteArray bytes;
    WordCodec::appendSentence(bytes, {"!re", "=.id=*1", "=name=alice", ".tag=7"});
    WordCodec::appendSentence(bytes, {"!trap", "=category=1", "=message=input does not match any value of profile", ".tag=8"});
    WordCodec::appendSentence(bytes, {"!done", "=ret=*1A", ".tag=7"});
    return bytes;
}

QList<Sentence> drain(SentenceParser &parser)
{
    QList<Sentence> out;
    Sentence s;
    while (parser.next(s))
        out.append(s);
    return out;
}

} // namespace

class TestSentenceParser final : public QObject
{
    Q_OBJECT

private slots:
    void severalSentencesInOneRead();
    void byteByByteDelivery();
    void splitAtEveryPosition();
    void hundredKilobyteWord();
    void wordsInEverySizeClassRoundTrip_data();
    void wordsInEverySizeClassRoundTrip();
    void controlByteStopsParsing();
    void oversizedWordIsRefused();
    void sentenceLimits_data();
    void sentenceLimits();
    void attributeSplitsAtSecondEquals();
    void replyTypesAndTag();
    void fatalReasonIsBareWord();
    void emptyReplyIsRecognised();
    void nonUtf8FallsBackToLatin1();
};

void TestSentenceParser::severalSentencesInOneRead()
{
    SentenceParser parser;
    parser.feed(threeReplies());
    const QList<Sentence> sentences = drain(parser);
    QCOMPARE(sentences.size(), 3);
    QCOMPARE(sentences[0].type(), Sentence::Type::Re);
    QCOMPARE(sentences[1].type(), Sentence::Type::Trap);
    QCOMPARE(sentences[2].type(), Sentence::Type::Done);
    QCOMPARE(parser.pendingBytes(), 0);
}

void TestSentenceParser::byteByByteDelivery()
{
    SentenceParser parser;
    QList<Sentence> sentences;
    for (const char c : threeReplies()) {
        parser.feed(QByteArrayView(&c, 1));
        sentences += drain(parser);
    }
    QCOMPARE(sentences.size(), 3);
    QCOMPARE(sentences[0].attribute("name"), QStringLiteral("alice"));
    QCOMPARE(sentences[2].attribute("ret"), QStringLiteral("*1A"));
}

void TestSentenceParser::splitAtEveryPosition()
{
    const QByteArray bytes = threeReplies();
    for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
        SentenceParser parser;
        parser.feed(bytes.first(cut));
        QList<Sentence> sentences = drain(parser);
        parser.feed(bytes.sliced(cut));
        sentences += drain(parser);
        QCOMPARE(sentences.size(), 3);
        QCOMPARE(sentences[1].attribute("message"), QStringLiteral("input does not match any value of profile"));
    }
}

void TestSentenceParser::hundredKilobyteWord()
{
    const QByteArray contents(100 * 1024, 'x');
    QByteArray bytes;
    WordCodec::appendSentence(bytes, {"!re", "=contents=" + contents, ".tag=1"});
    QCOMPARE(static_cast<quint8>(bytes[4]) & 0xE0, 0xC0);  // after "!re": a 3-byte prefix
    SentenceParser parser;
    QList<Sentence> sentences;
    // Arrive in odd-sized chunks, as TCP segments would.
    for (qsizetype i = 0; i < bytes.size(); i += 1447) {
        parser.feed(QByteArrayView(bytes).sliced(i, std::min<qsizetype>(1447, bytes.size() - i)));
        sentences += drain(parser);
    }
    QCOMPARE(sentences.size(), 1);
    QCOMPARE(sentences[0].rawAttribute("contents")->size(), contents.size());
}

void TestSentenceParser::wordsInEverySizeClassRoundTrip_data()
{
    QTest::addColumn<int>("length");
    for (const int n : {0x7F, 0x80, 0x3FFF, 0x4000, 0x1FFFFF, 0x200000})
        QTest::newRow(qPrintable(QStringLiteral("0x%1").arg(n, 0, 16))) << n;
}

void TestSentenceParser::wordsInEverySizeClassRoundTrip()
{
    QFETCH(int, length);
    const QByteArray word = "=x=" + QByteArray(length - 3, 'a');
    SentenceParser parser(SentenceParser::Limits{4u * 1024u * 1024u, 16, 8 * 1024 * 1024});   // the codec's classes, past the default cap
    parser.feed(WordCodec::encodeSentence({"!re", word}));
    Sentence s;
    QVERIFY(parser.next(s));
    QCOMPARE(s.words().at(1).size(), length);
    QCOMPARE(s.words().at(1), word);
}

void TestSentenceParser::controlByteStopsParsing()
{
    SentenceParser parser;
    parser.feed(QByteArray::fromHex("03") + "!re" + QByteArray::fromHex("F8") + "junk");
    Sentence s;
    QVERIFY(!parser.next(s));
    QVERIFY(parser.hasError());
    QVERIFY(parser.errorString().contains(QStringLiteral("0xf8")));
}

void TestSentenceParser::oversizedWordIsRefused()
{
    // The default cap: a 64 MiB word is refused from its length prefix,
    // before a byte of it is buffered.
    SentenceParser parser;
    QByteArray bytes;
    WordCodec::appendLength(bytes, 64u * 1024u * 1024u);
    parser.feed(bytes);
    Sentence s;
    QVERIFY(!parser.next(s));
    QVERIFY(parser.hasError());
    QVERIFY(parser.errorString().contains(QStringLiteral("exceeds")));
    QVERIFY(parser.pendingBytes() < 16);
}

void TestSentenceParser::sentenceLimits_data()
{
    QTest::addColumn<int>("words");
    QTest::addColumn<int>("wordBytes");
    QTest::addColumn<bool>("accepted");
    // Limits of this parser: 1 KiB words, 8 words, 4 KiB per sentence.
    QTest::newRow("within every limit") << 8 << 500 << true;
    QTest::newRow("one word too many") << 9 << 10 << false;
    QTest::newRow("word over the cap") << 1 << 1025 << false;
    QTest::newRow("sentence over the byte cap") << 5 << 1000 << false;
}

void TestSentenceParser::sentenceLimits()
{
    QFETCH(int, words);
    QFETCH(int, wordBytes);
    QFETCH(bool, accepted);
    SentenceParser parser(SentenceParser::Limits{1024, 8, 4096});
    QList<QByteArray> sentence;
    for (int i = 0; i < words; ++i)
        sentence << QByteArray(wordBytes, 'x');
    parser.feed(WordCodec::encodeSentence(sentence));
    Sentence s;
    QCOMPARE(parser.next(s), accepted);
    QCOMPARE(parser.hasError(), !accepted);
    if (accepted)
        QCOMPARE(parser.lastSentenceBytes(), qint64(words) * wordBytes);
}

void TestSentenceParser::attributeSplitsAtSecondEquals()
{
    const Sentence s({"!re", "=comment=a=b", "=empty=", "=.id=*1"});
    QCOMPARE(s.attribute("comment"), QStringLiteral("a=b"));
    QVERIFY(s.hasAttribute("empty"));
    QCOMPARE(s.attribute("empty"), QString());
    QVERIFY(!s.hasAttribute("missing"));
    QCOMPARE(s.attributes().value(QStringLiteral(".id")), QStringLiteral("*1"));
}

void TestSentenceParser::replyTypesAndTag()
{
    QCOMPARE(Sentence({"!done", ".tag=42"}).tag(), QByteArray("42"));
    QCOMPARE(Sentence({"/ip/hotspot/user/print", "?name=x"}).type(), Sentence::Type::Command);
    QCOMPARE(Sentence({"/ip/hotspot/user/print", "?name=x", "?#|"}).queries(),
             (QList<QByteArray>{"name=x", "#|"}));
    QCOMPARE(Sentence({"!weird"}).type(), Sentence::Type::Unknown);
}

void TestSentenceParser::fatalReasonIsBareWord()
{
    const Sentence s({"!fatal", "session terminated on request"});
    QCOMPARE(s.type(), Sentence::Type::Fatal);
    QCOMPARE(s.fatalReason(), QStringLiteral("session terminated on request"));
}

void TestSentenceParser::emptyReplyIsRecognised()
{
    QCOMPARE(Sentence({"!empty", ".tag=5"}).type(), Sentence::Type::Empty);
}

void TestSentenceParser::nonUtf8FallsBackToLatin1()
{
    const Sentence s({"!re", QByteArray("=comment=caf") + char(0xE9)});  // Latin-1 é from Winbox
    QCOMPARE(s.attribute("comment"), QStringLiteral("caf\u00e9"));
    const Sentence u({"!re", QStringLiteral("=comment=caf\u00e9").toUtf8()});
    QCOMPARE(u.attribute("comment"), QStringLiteral("caf\u00e9"));
}

LANGO_TEST_GUILESS_MAIN(TestSentenceParser)
#include "tst_sentenceparser.moc"
