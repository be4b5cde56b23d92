// The bounded HTTP/1.1 request parser: what it accepts, what it refuses and
// with which status, fed whole and byte by byte.

#include "app/http/httprequestparser.h"
#include "support/testmain.h"

#include <QTest>

using lango::app::http::HttpHead;
using lango::app::http::HttpRequestParser;

namespace {

constexpr qint64 kBodyLimit = 64;

HttpRequestParser makeParser()
{
    return HttpRequestParser(HttpRequestParser::Limits{256, 10, 64, 128}, [](const HttpHead &) { return kBodyLimit; });
}

// Feeds `bytes` in slices of `step` (0: all at once); returns bytes used.
qsizetype feedAll(HttpRequestParser &parser, const QByteArray &bytes, int step)
{
    qsizetype used = 0;
    while (used < bytes.size() && parser.state() != HttpRequestParser::State::Complete
           && parser.state() != HttpRequestParser::State::Failed) {
        const qsizetype size = step ? std::min<qsizetype>(step, bytes.size() - used) : bytes.size() - used;
        const qsizetype taken = parser.feed(QByteArrayView(bytes).sliced(used, size));
        used += taken;
        if (taken < size)
            break;
    }
    return used;
}

} // namespace

class TestHttpRequestParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requests_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");       // 0: parsed
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("keepAlive");

        QTest::newRow("GET") << QByteArray("GET /healthz HTTP/1.1\r\nHost: a\r\n\r\n") << 0 << QByteArray() << true;
        QTest::newRow("POST with a body") << QByteArray("POST /pay/stk/x HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello")
                                          << 0 << QByteArray("hello") << true;
        QTest::newRow("line breaks in the body") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 6\r\n\r\n{\n\"a\"}")
                                                 << 0 << QByteArray("{\n\"a\"}") << true;
        QTest::newRow("chunked body") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                                                    "3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\nX-Trailer: 1\r\n\r\n")
                                      << 0 << QByteArray("abcde") << true;
        QTest::newRow("HTTP/1.0 closes") << QByteArray("GET / HTTP/1.0\r\n\r\n") << 0 << QByteArray() << false;
        QTest::newRow("HTTP/1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << 0 << QByteArray() << true;
        QTest::newRow("Connection: close") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n") << 0 << QByteArray() << false;
        QTest::newRow("empty lines first") << QByteArray("\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n") << 0 << QByteArray() << true;
        QTest::newRow("same length twice") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nok")
                                           << 0 << QByteArray("ok") << true;

        QTest::newRow("body over the limit") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 209715200\r\n\r\n") << 413 << QByteArray() << false;
        QTest::newRow("chunked over the limit") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                                                              "41\r\n") << 413 << QByteArray() << false;
        QTest::newRow("huge chunk size") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                                                       "ffffffffffffffffffff\r\n") << 400 << QByteArray() << false;
        QTest::newRow("head too large") << (QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX: ") + QByteArray(300, 'a') + "\r\n\r\n") << 431 << QByteArray() << false;
        QTest::newRow("head never ends") << (QByteArray("GET / HTTP/1.1\r\nX: ") + QByteArray(1000, 'a')) << 431 << QByteArray() << false;
        QTest::newRow("too many fields") << (QByteArray("GET / HTTP/1.1\r\nHost: a\r\n") + QByteArray("A: b\r\n").repeated(10) + "\r\n")
                                         << 431 << QByteArray() << false;
        QTest::newRow("no Host in 1.1") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400 << QByteArray() << false;
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: a\n\n") << 400 << QByteArray() << false;
        QTest::newRow("bare LF in a field") << QByteArray("GET / HTTP/1.1\r\nHost: a\nX: b\r\n\r\n") << 400 << QByteArray() << false;
        QTest::newRow("obs-fold") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n b\r\n\r\n") << 400 << QByteArray() << false;
        QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : a\r\n\r\n") << 400 << QByteArray() << false;
        QTest::newRow("control in a value") << QByteArray("GET / HTTP/1.1\r\nHost: a\x01\r\n\r\n") << 400 << QByteArray() << false;
        QTest::newRow("two lengths") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n") << 400 << QByteArray() << false;
        QTest::newRow("signed length") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: +1\r\n\r\n") << 400 << QByteArray() << false;
        QTest::newRow("length and chunked") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n") << 400 << QByteArray() << false;
        QTest::newRow("gzip coding") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n") << 501 << QByteArray() << false;
        QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2.0\r\nHost: a\r\n\r\n") << 505 << QByteArray() << false;
        QTest::newRow("absolute target") << QByteArray("GET http://a/ HTTP/1.1\r\nHost: a\r\n\r\n") << 400 << QByteArray() << false;
        QTest::newRow("space in target") << QByteArray("GET /a b HTTP/1.1\r\nHost: a\r\n\r\n") << 400 << QByteArray() << false;
        QTest::newRow("chunk longer than its size") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                                                                  "2\r\nabc\r\n0\r\n\r\n") << 400 << QByteArray() << false;
    }
    void requests()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, keepAlive);
        for (const int step : {0, 1, 7}) {
            HttpRequestParser parser = makeParser();
            feedAll(parser, bytes, step);
            if (status == 0) {
                QCOMPARE(parser.state(), HttpRequestParser::State::Complete);
                QCOMPARE(parser.body(), body);
                QCOMPARE(parser.head().keepAlive, keepAlive);
            } else {
                QCOMPARE(parser.state(), HttpRequestParser::State::Failed);
                QCOMPARE(parser.errorStatus(), status);
                QVERIFY(!parser.errorReason().isEmpty());
            }
        }
    }

    void headIsReadable()
    {
        HttpRequestParser parser = makeParser();
        feedAll(parser, "POST /pay/stk/t%20x?lang=sw HTTP/1.1\r\nHost: a\r\nX-Forwarded-For: 1.2.3.4\r\n"
                        "x-forwarded-for: 5.6.7.8\r\nExpect: 100-continue\r\nContent-Length: 0\r\n\r\n", 0);
        QCOMPARE(parser.state(), HttpRequestParser::State::Complete);
        const HttpHead &head = parser.head();
        QCOMPARE(head.method, QByteArray("POST"));
        QCOMPARE(head.path(), QByteArray("/pay/stk/t%20x"));
        QCOMPARE(head.query(), QByteArray("lang=sw"));
        QCOMPARE(head.combinedField("x-forwarded-for"), QByteArray("1.2.3.4, 5.6.7.8"));
        QVERIFY(head.expectContinue);
    }

    // Two requests in one read: the first stops at its end, the rest is
    // left for the next.
    void pipelinedRequestsAreSeparate()
    {
        const QByteArray two = "POST /a HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\nokGET /b HTTP/1.1\r\nHost: a\r\n\r\n";
        HttpRequestParser parser = makeParser();
        const qsizetype first = parser.feed(two);
        QCOMPARE(parser.state(), HttpRequestParser::State::Complete);
        QCOMPARE(parser.body(), QByteArray("ok"));
        parser.reset();
        QCOMPARE(parser.feed(QByteArrayView(two).sliced(first)), two.size() - first);
        QCOMPARE(parser.state(), HttpRequestParser::State::Complete);
        QCOMPARE(parser.head().path(), QByteArray("/b"));
    }

    // The body limit is asked with the head, per request (per route).
    void bodyLimitComesFromTheHead()
    {
        HttpRequestParser parser([](const HttpHead &head) { return head.path() == "/big" ? 1000 : 0; });
        feedAll(parser, "POST /small HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\n\r\nx", 0);
        QCOMPARE(parser.errorStatus(), 413);
        parser.reset();
        feedAll(parser, "POST /big HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\n\r\nx", 0);
        QCOMPARE(parser.state(), HttpRequestParser::State::Complete);
    }
};

LANGO_TEST_APPLESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
