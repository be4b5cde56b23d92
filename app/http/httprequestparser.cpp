#include "app/http/httprequestparser.h"

#include <limits>

namespace lango::app::http {

namespace {

// tchar of RFC 9110 5.6.2: what a method or a field name may hold.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+':
    case '-': case '.': case '^': case '_': case '`': case '|': case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// A field value: visible characters, spaces, tabs and obs-text; no controls.
bool isFieldValue(QByteArrayView text)
{
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7F)
            return false;
    }
    return true;
}

QByteArrayView trimmedOws(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

// Decimal digits only, no sign, no spaces; false on overflow.
bool parseDecimal(QByteArrayView text, qint64 &value)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    return true;
}

bool containsToken(QByteArrayView list, QByteArrayView token)
{
    for (QByteArrayView item : QByteArray(list.data(), list.size()).split(',')) {
        if (trimmedOws(item).compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QByteArray HttpHead::field(QByteArrayView lowerName) const
{
    for (const auto &[name, value] : fields) {
        if (name == lowerName)
            return value;
    }
    return {};
}

QByteArray HttpHead::combinedField(QByteArrayView lowerName) const
{
    QByteArray combined;
    for (const auto &[name, value] : fields) {
        if (name != lowerName)
            continue;
        if (!combined.isEmpty())
            combined += ", ";
        combined += value;
    }
    return combined;
}

QByteArray HttpHead::path() const
{
    const qsizetype question = target.indexOf('?');
    return question < 0 ? target : target.left(question);
}

QByteArray HttpHead::query() const
{
    const qsizetype question = target.indexOf('?');
    return question < 0 ? QByteArray() : target.mid(question + 1);
}

HttpRequestParser::HttpRequestParser(BodyLimit bodyLimit)
    : HttpRequestParser(Limits{}, std::move(bodyLimit))
{
}

HttpRequestParser::HttpRequestParser(Limits limits, BodyLimit bodyLimit)
    : m_limits(limits)
    , m_bodyLimit(std::move(bodyLimit))
{
}

void HttpRequestParser::reset()
{
    m_state = State::Head;
    m_started = false;
    m_skippedCr = false;
    m_skippedBytes = 0;
    m_headBytes.clear();
    m_scanFrom = 0;
    m_head = {};
    m_maxBody = 0;
    m_part = BodyPart::Length;
    m_remaining = 0;
    m_line.clear();
    m_trailerBytes = 0;
    m_body.clear();
    m_errorStatus = 0;
    m_errorReason.clear();
}

void HttpRequestParser::fail(int status, const QString &reason)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorReason = reason;
    m_headBytes.clear();
    m_body.clear();
    m_line.clear();
}

qsizetype HttpRequestParser::feed(QByteArrayView data)
{
    qsizetype used = 0;
    if (m_state == State::Head && !data.isEmpty()) {
        used += feedHead(data);
        if (m_state == State::Body && m_remaining == 0 && m_part == BodyPart::Length)
            m_state = State::Complete;
    }
    if (m_state == State::Body && used < data.size())
        used += feedBody(data.sliced(used));
    return used;
}

qsizetype HttpRequestParser::feedHead(QByteArrayView data)
{
    qsizetype used = 0;
    // Empty lines before a request line are skipped (RFC 9112 2.2).
    if (m_headBytes.isEmpty()) {
        while (used < data.size() && (data[used] == '\r' || data[used] == '\n')) {
            if (data[used] == '\n' && !m_skippedCr) {
                fail(400, QStringLiteral("bare LF before the request line"));
                return used + 1;
            }
            m_skippedCr = data[used] == '\r';
            ++used;
            if (++m_skippedBytes > m_limits.maxHeadBytes) {
                fail(431, QStringLiteral("too many empty lines"));
                return used;
            }
        }
        if (used > 0)
            m_started = true;
        if (used == data.size())
            return used;
        if (m_skippedCr) {
            fail(400, QStringLiteral("bare CR before the request line"));
            return used;
        }
    }
    // Take bytes up to the end of the head, never past the head limit.
    const qsizetype room = m_limits.maxHeadBytes - m_headBytes.size();
    const QByteArrayView rest = data.sliced(used);
    const qsizetype before = m_headBytes.size();
    const qsizetype appended = std::min(rest.size(), room + 1);
    m_headBytes.append(rest.first(appended));
    if (!m_headBytes.isEmpty())
        m_started = true;
    const qsizetype end = m_headBytes.indexOf("\r\n\r\n", std::max<qsizetype>(0, m_scanFrom - 3));
    // A bare LF ends nothing here: refuse it at once rather than wait. Only
    // the head is looked at; what follows it is body.
    const qsizetype headLimit = end < 0 ? m_headBytes.size() : end + 4;
    for (qsizetype i = std::max<qsizetype>(before, 0); i < headLimit; ++i) {
        if (m_headBytes.at(i) == '\n' && (i == 0 || m_headBytes.at(i - 1) != '\r')) {
            fail(400, QStringLiteral("bare LF in the request head"));
            return used + (i + 1 - before);
        }
    }
    if (end < 0) {
        if (m_headBytes.size() > m_limits.maxHeadBytes) {
            fail(431, QStringLiteral("request line and header fields exceed %1 bytes").arg(m_limits.maxHeadBytes));
            return used + appended;
        }
        m_scanFrom = m_headBytes.size();
        return used + appended;
    }
    const qsizetype headEnd = end + 4;
    if (headEnd > m_limits.maxHeadBytes) {
        fail(431, QStringLiteral("request line and header fields exceed %1 bytes").arg(m_limits.maxHeadBytes));
        return used + appended;
    }
    // Bytes past the head belong to the body or the next request.
    const qsizetype takenFromData = headEnd - before;
    m_headBytes.truncate(headEnd);
    used += takenFromData;
    parseHead();
    return used;
}

bool HttpRequestParser::parseHead()
{
    const QByteArrayView head = QByteArrayView(m_headBytes).first(m_headBytes.size() - 2);   // keep the last field's CRLF
    qsizetype lineStart = 0;
    bool first = true;
    while (lineStart < head.size()) {
        const qsizetype crlf = QByteArrayView(head).sliced(lineStart).indexOf("\r\n");
        if (crlf < 0) {
            fail(400, QStringLiteral("malformed line ending"));
            return false;
        }
        const QByteArrayView line = head.sliced(lineStart, crlf);
        if (line.contains('\r') || line.contains('\n')) {
            fail(400, QStringLiteral("bare CR or LF inside a line"));
            return false;
        }
        if (first) {
            if (!parseRequestLine(line))
                return false;
            first = false;
        } else if (!parseField(line)) {
            return false;
        }
        lineStart += crlf + 2;
    }
    m_headBytes.clear();
    return finishHead();
}

bool HttpRequestParser::parseRequestLine(QByteArrayView line)
{
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype lastSpace = line.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace == firstSpace) {
        fail(400, QStringLiteral("malformed request line"));
        return false;
    }
    const QByteArrayView method = line.first(firstSpace);
    const QByteArrayView target = line.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = line.sliced(lastSpace + 1);
    if (!isToken(method) || method.size() > 16) {
        fail(400, QStringLiteral("malformed method"));
        return false;
    }
    if (target.isEmpty() || target.front() != '/') {
        fail(400, QStringLiteral("only origin-form targets are served"));
        return false;
    }
    for (const char c : target) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7F) {
            fail(400, QStringLiteral("invalid character in the request target"));
            return false;
        }
    }
    if (version.size() != 8 || !version.startsWith("HTTP/") || version[6] != '.' || version[5] < '0' || version[5] > '9'
        || version[7] < '0' || version[7] > '9') {
        fail(400, QStringLiteral("malformed HTTP version"));
        return false;
    }
    if (version[5] != '1') {
        fail(505, QStringLiteral("only HTTP/1.x is served"));
        return false;
    }
    m_head.method = method.toByteArray();
    m_head.target = target.toByteArray();
    m_head.minorVersion = version[7] - '0';
    return true;
}

bool HttpRequestParser::parseField(QByteArrayView line)
{
    if (line.isEmpty() || line.front() == ' ' || line.front() == '\t') {
        fail(400, QStringLiteral("obsolete line folding"));
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.first(colon))) {
        fail(400, QStringLiteral("malformed header field"));
        return false;
    }
    const QByteArrayView value = trimmedOws(line.sliced(colon + 1));
    if (!isFieldValue(value)) {
        fail(400, QStringLiteral("control character in a header field"));
        return false;
    }
    if (m_head.fields.size() >= m_limits.maxFields) {
        fail(431, QStringLiteral("more than %1 header fields").arg(m_limits.maxFields));
        return false;
    }
    m_head.fields.append({line.first(colon).toByteArray().toLower(), value.toByteArray()});
    return true;
}

bool HttpRequestParser::finishHead()
{
    bool haveLength = false;
    bool haveEncoding = false;
    for (const auto &[name, value] : std::as_const(m_head.fields)) {
        if (name == "content-length") {
            qint64 length = 0;
            if (!parseDecimal(value, length) || (haveLength && length != m_head.contentLength)) {
                fail(400, QStringLiteral("invalid Content-Length"));
                return false;
            }
            haveLength = true;
            m_head.contentLength = length;
        } else if (name == "transfer-encoding") {
            if (haveEncoding || trimmedOws(value).compare("chunked", Qt::CaseInsensitive) != 0) {
                fail(501, QStringLiteral("only the chunked transfer coding is served"));
                return false;
            }
            haveEncoding = true;
        }
    }
    if (haveEncoding && (haveLength || m_head.minorVersion == 0)) {
        fail(400, QStringLiteral("Transfer-Encoding with Content-Length or HTTP/1.0"));
        return false;
    }
    if (m_head.minorVersion >= 1 && m_head.field("host").isEmpty()) {
        fail(400, QStringLiteral("HTTP/1.1 request without Host"));
        return false;
    }
    m_head.chunked = haveEncoding;
    const QByteArray connection = m_head.combinedField("connection");
    m_head.keepAlive = m_head.minorVersion >= 1 ? !containsToken(connection, "close") : containsToken(connection, "keep-alive");
    m_head.expectContinue = m_head.field("expect").compare("100-continue", Qt::CaseInsensitive) == 0;

    m_maxBody = m_bodyLimit ? std::max<qint64>(0, m_bodyLimit(m_head)) : 0;
    if (!m_head.chunked && m_head.contentLength > m_maxBody) {
        fail(413, QStringLiteral("a body of %1 bytes exceeds the limit of %2").arg(m_head.contentLength).arg(m_maxBody));
        return false;
    }
    m_state = State::Body;
    m_part = m_head.chunked ? BodyPart::ChunkLine : BodyPart::Length;
    m_remaining = m_head.chunked ? 0 : m_head.contentLength;
    m_body.reserve(m_head.chunked ? 0 : m_head.contentLength);
    return true;
}

qsizetype HttpRequestParser::feedBody(QByteArrayView data)
{
    qsizetype used = 0;
    while (m_state == State::Body && used < data.size()) {
        const QByteArrayView rest = data.sliced(used);
        switch (m_part) {
        case BodyPart::Length:
        case BodyPart::ChunkData: {
            const qsizetype take = static_cast<qsizetype>(std::min<qint64>(m_remaining, rest.size()));
            m_body.append(rest.first(take));
            m_remaining -= take;
            used += take;
            if (m_remaining == 0) {
                if (m_part == BodyPart::Length)
                    m_state = State::Complete;
                else
                    m_part = BodyPart::ChunkDataEnd;
            }
            break;
        }
        case BodyPart::ChunkDataEnd:
        case BodyPart::ChunkLine:
        case BodyPart::Trailer: {
            // Lines: read up to LF, bounded.
            const qsizetype lf = rest.indexOf('\n');
            const qsizetype take = lf < 0 ? rest.size() : lf + 1;
            m_line.append(rest.first(take));
            used += take;
            const qsizetype cap = m_part == BodyPart::Trailer ? m_limits.maxTrailerBytes - m_trailerBytes : m_limits.maxChunkLineBytes;
            if (m_line.size() > cap) {
                fail(m_part == BodyPart::Trailer ? 431 : 400, QStringLiteral("chunk line or trailer too long"));
                return used;
            }
            if (lf < 0)
                break;
            if (!m_line.endsWith("\r\n")) {
                fail(400, QStringLiteral("bare LF in the chunked body"));
                return used;
            }
            if (m_part == BodyPart::ChunkDataEnd) {
                if (m_line.size() != 2) {
                    fail(400, QStringLiteral("chunk data longer than its size"));
                    return used;
                }
                m_line.clear();
                m_part = BodyPart::ChunkLine;
            } else if (m_part == BodyPart::ChunkLine) {
                if (!parseChunkLine())
                    return used;
            } else {
                m_trailerBytes += m_line.size();
                const bool last = m_line.size() == 2;
                if (QByteArrayView(m_line).first(m_line.size() - 2).contains('\r')) {
                    fail(400, QStringLiteral("bare CR in a trailer"));
                    return used;
                }
                m_line.clear();
                if (last)
                    m_state = State::Complete;
            }
            break;
        }
        }
    }
    return used;
}

bool HttpRequestParser::parseChunkLine()
{
    QByteArrayView line = QByteArrayView(m_line).first(m_line.size() - 2);
    const qsizetype semicolon = line.indexOf(';');
    const QByteArrayView digits = trimmedOws(semicolon < 0 ? line : line.first(semicolon));
    if (digits.isEmpty() || digits.size() > 15) {
        fail(400, QStringLiteral("malformed chunk size"));
        return false;
    }
    qint64 size = 0;
    for (const char c : digits) {
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0) {
            fail(400, QStringLiteral("malformed chunk size"));
            return false;
        }
        size = size * 16 + digit;
    }
    if (line.contains('\r') || !isFieldValue(line)) {
        fail(400, QStringLiteral("control character in a chunk line"));
        return false;
    }
    m_line.clear();
    if (size > m_maxBody - m_body.size()) {
        fail(413, QStringLiteral("a chunked body exceeds the limit of %1 bytes").arg(m_maxBody));
        return false;
    }
    if (size == 0) {
        m_part = BodyPart::Trailer;
        return true;
    }
    m_remaining = size;
    m_part = BodyPart::ChunkData;
    return true;
}

} // namespace lango::app::http
