#pragma once

// The RouterOS API word codec: a length prefix in one of five size classes
// followed by that many raw bytes. One codec serves the client and the
// emulator, so both sides of every test speak exactly the same bytes.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace lango::routeros {

class WordCodec final
{
public:
    WordCodec() = delete;

    static constexpr quint32 MaxOneByte = 0x7F;
    static constexpr quint32 MaxTwoBytes = 0x3FFF;
    static constexpr quint32 MaxThreeBytes = 0x1FFFFF;
    static constexpr quint32 MaxFourBytes = 0xFFFFFFF;

    enum class Decode { Ok, NeedMore, ControlByte };

    // Appends the length prefix of a word of `length` bytes.
    static void appendLength(QByteArray &out, quint32 length);
    // Appends one word (prefix + bytes).
    static void appendWord(QByteArray &out, QByteArrayView word);
    // Appends a whole sentence: the words, then the empty word.
    static void appendSentence(QByteArray &out, const QList<QByteArray> &words);
    [[nodiscard]] static QByteArray encodeSentence(const QList<QByteArray> &words);

    // Number of prefix bytes needed for a word of `length` bytes (1..5).
    [[nodiscard]] static int prefixSize(quint32 length);

    // Reads a length prefix from `data`. On Ok, `length` and `prefixBytes`
    // are set; NeedMore means the prefix itself is incomplete; ControlByte
    // means a first byte of 0xF8..0xFF, which the protocol reserves.
    [[nodiscard]] static Decode decodeLength(QByteArrayView data, quint32 &length, int &prefixBytes);
};

} // namespace lango::routeros
