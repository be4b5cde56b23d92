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
    // Largest word accepted; bigger ones are a protocol error rather than a
    // memory bomb. Router file contents and scripts are far below this.
    static constexpr quint32 DefaultMaxWordSize = 64u * 1024u * 1024u;

    explicit SentenceParser(quint32 maxWordSize = DefaultMaxWordSize);

    void feed(QByteArrayView bytes);
    // Takes the next complete sentence; false when none is complete yet or
    // after a protocol error (check hasError()).
    [[nodiscard]] bool next(Sentence &sentence);
    [[nodiscard]] bool hasError() const { return !m_error.isEmpty(); }
    [[nodiscard]] QString errorString() const { return m_error; }
    // Bytes buffered but not yet returned as sentences.
    [[nodiscard]] qsizetype pendingBytes() const { return m_buffer.size() - m_pos; }
    void reset();

private:
    void compact();

    QByteArray m_buffer;
    qsizetype m_pos = 0;
    QList<QByteArray> m_words;  // words of the sentence being read
    quint32 m_maxWordSize;
    QString m_error;
};

} // namespace lango::routeros
