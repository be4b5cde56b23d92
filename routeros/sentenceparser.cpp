#include "routeros/sentenceparser.h"

#include "routeros/wordcodec.h"

namespace lango::routeros {

SentenceParser::SentenceParser(Limits limits) : m_limits(limits) {}

void SentenceParser::feed(QByteArrayView bytes)
{
    if (hasError())
        return;
    compact();
    m_buffer.append(bytes.data(), bytes.size());
}

void SentenceParser::compact()
{
    // Drop consumed bytes once they dominate, keeping appends amortised O(1).
    if (m_pos > 0 && (m_pos == m_buffer.size() || m_pos >= 64 * 1024 || m_pos * 2 >= m_buffer.size())) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
}

bool SentenceParser::next(Sentence &sentence)
{
    while (!hasError()) {
        const QByteArrayView rest = QByteArrayView(m_buffer).sliced(m_pos);
        quint32 length = 0;
        int prefix = 0;
        switch (WordCodec::decodeLength(rest, length, prefix)) {
        case WordCodec::Decode::NeedMore:
            return false;
        case WordCodec::Decode::ControlByte:
            m_error = QStringLiteral("reserved control byte 0x%1 in word length")
                          .arg(static_cast<quint8>(rest[0]), 2, 16, QLatin1Char('0'));
            return false;
        case WordCodec::Decode::Ok:
            break;
        }
        if (length > m_limits.maxWordBytes) {
            m_error = QStringLiteral("a word of %1 bytes exceeds the limit of %2").arg(length).arg(m_limits.maxWordBytes);
            return false;
        }
        if (length > 0 && (m_words.size() >= m_limits.maxWords || m_sentenceBytes + length > m_limits.maxSentenceBytes)) {
            m_error = QStringLiteral("a sentence of more than %1 words or %2 bytes").arg(m_limits.maxWords).arg(m_limits.maxSentenceBytes);
            return false;
        }
        if (rest.size() - prefix < static_cast<qsizetype>(length))
            return false;  // wait for the rest of this word
        m_pos += prefix;
        if (length == 0) {
            if (m_words.isEmpty())
                continue;  // stray empty word between sentences: tolerate it
            sentence = Sentence(std::move(m_words));
            m_words = {};
            m_lastSentenceBytes = m_sentenceBytes;
            m_sentenceBytes = 0;
            return true;
        }
        m_words.append(m_buffer.sliced(m_pos, length));
        m_sentenceBytes += length;
        m_pos += length;
    }
    return false;
}

void SentenceParser::reset()
{
    m_buffer.clear();
    m_pos = 0;
    m_words.clear();
    m_sentenceBytes = 0;
    m_lastSentenceBytes = 0;
    m_error.clear();
}

} // namespace lango::routeros
