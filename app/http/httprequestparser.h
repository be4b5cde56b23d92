#pragma once

// A strict, bounded, incremental HTTP/1.1 request parser (RFC 9112). It is
// fed bytes exactly as a socket hands them over and never holds more than
// the limits allow: the head (request line and fields) is refused past
// maxHeadBytes before it is complete, and the body limit is asked for as
// soon as the head is known, so a 200 MiB upload is refused from its
// Content-Length, not after reading it. It accepts what browsers, curl,
// nginx and Safaricom send and refuses the ambiguous rest (bare LF, obs-fold,
// Content-Length with Transfer-Encoding) rather than guess: guessing is how
// request smuggling works. QtCore only, so it can be fuzzed on its own.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

namespace lango::app::http {

// The request line and header fields of one request.
struct HttpHead
{
    QByteArray method;
    QByteArray target;      // the raw origin-form target: path and query, still percent-encoded
    int minorVersion = 1;   // HTTP/1.<minorVersion>
    QList<std::pair<QByteArray, QByteArray>> fields;   // names in lower case, values trimmed
    qint64 contentLength = 0;
    bool chunked = false;
    bool keepAlive = true;
    bool expectContinue = false;

    // The first field of that (lower-case) name, or empty.
    [[nodiscard]] QByteArray field(QByteArrayView lowerName) const;
    // Every field of that name joined with ", " (RFC 9110 5.3).
    [[nodiscard]] QByteArray combinedField(QByteArrayView lowerName) const;
    [[nodiscard]] QByteArray path() const;
    [[nodiscard]] QByteArray query() const;
};

class HttpRequestParser final
{
public:
    struct Limits
    {
        qsizetype maxHeadBytes = 16 * 1024;   // request line + fields + the blank line
        int maxFields = 100;
        qsizetype maxChunkLineBytes = 1024;   // a chunk-size line with its extensions
        qsizetype maxTrailerBytes = 4 * 1024;
    };
    // Asked once per request, when its head is complete: the largest body
    // this request may carry (0 = none).
    using BodyLimit = std::function<qint64(const HttpHead &)>;

    enum class State { Head, Body, Complete, Failed };

    explicit HttpRequestParser(BodyLimit bodyLimit);
    HttpRequestParser(Limits limits, BodyLimit bodyLimit);

    // Consumes bytes of the current request and returns how many it used;
    // it stops at the end of a request (pipelined bytes are left to the
    // caller for the next one) and after a failure.
    qsizetype feed(QByteArrayView data);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool headComplete() const { return m_state == State::Body || m_state == State::Complete; }
    // Whether any byte of the current request has arrived.
    [[nodiscard]] bool started() const { return m_started; }
    [[nodiscard]] const HttpHead &head() const { return m_head; }
    [[nodiscard]] const QByteArray &body() const { return m_body; }
    [[nodiscard]] QByteArray takeBody() { return std::exchange(m_body, {}); }

    // After Failed: the status to answer (400, 413, 431, 501, 505) and why.
    [[nodiscard]] int errorStatus() const { return m_errorStatus; }
    [[nodiscard]] QString errorReason() const { return m_errorReason; }

    // Ready for the next request on the same connection.
    void reset();

private:
    enum class BodyPart { Length, ChunkLine, ChunkData, ChunkDataEnd, Trailer };

    qsizetype feedHead(QByteArrayView data);
    qsizetype feedBody(QByteArrayView data);
    bool parseHead();
    bool parseRequestLine(QByteArrayView line);
    bool parseField(QByteArrayView line);
    bool finishHead();
    bool parseChunkLine();
    void fail(int status, const QString &reason);

    Limits m_limits;
    BodyLimit m_bodyLimit;
    State m_state = State::Head;
    bool m_started = false;
    bool m_skippedCr = false;     // empty lines before a request line: a CR waits for its LF
    qsizetype m_skippedBytes = 0;
    QByteArray m_headBytes;
    qsizetype m_scanFrom = 0;
    HttpHead m_head;
    qint64 m_maxBody = 0;
    BodyPart m_part = BodyPart::Length;
    qint64 m_remaining = 0;   // of the Content-Length body or the current chunk
    QByteArray m_line;        // a chunk-size line or trailer being read
    qsizetype m_trailerBytes = 0;
    QByteArray m_body;
    int m_errorStatus = 0;
    QString m_errorReason;
};

} // namespace lango::app::http
