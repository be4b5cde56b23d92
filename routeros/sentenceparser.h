#pragma once

// Incremental sentence parser: feed it bytes exactly as the socket hands
// them over (split anywhere, several sentences at once) and take complete
// sentences out. Words already complete are kept, so a long sentence trickling
// in byte by byte is never rescanned.

#include "routeros/sentence.h"

#include <QByteArray>
#include <QList>

namespace lango::routeros {

class SentenceParser final
{
public:
    // What one sentence may hold; past a limit the stream is a protocol
    // error, not a memory bomb. A router's largest real words (file
    // contents, scripts) are far below a mebibyte, its largest items far
    // below a thousand properties.
    struct Limits
    {
        quint32 maxWordBytes = 1024u * 1024u;
        int maxWords = 2048;
        qint64 maxSentenceBytes = 8 * 1024 * 1024;
    };

    SentenceParser() : SentenceParser(Limits{}) {}
    explicit SentenceParser(Limits limits);

    void feed(QByteArrayView bytes);
    // Takes the next complete sentence; false when none is complete yet or
    // after a protocol error (check hasError()).
    [[nodiscard]] bool next(Sentence &sentence);
    [[nodiscard]] bool hasError() const { return !m_error.isEmpty(); }
    [[nodiscard]] QString errorString() const { return m_error; }
    // Bytes buffered but not yet returned as sentences.
    [[nodiscard]] qsizetype pendingBytes() const { return m_buffer.size() - m_pos; }
    // The size of the sentence next() returned last (its words' bytes).
    [[nodiscard]] qint64 lastSentenceBytes() const { return m_lastSentenceBytes; }
    void reset();

private:
    void compact();

    QByteArray m_buffer;
    qsizetype m_pos = 0;
    QList<QByteArray> m_words;  // words of the sentence being read
    qint64 m_sentenceBytes = 0;
    qint64 m_lastSentenceBytes = 0;
    Limits m_limits;
    QString m_error;
};

} // namespace lango::routeros
