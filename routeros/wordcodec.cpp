#include "routeros/wordcodec.h"

namespace lango::routeros {

int WordCodec::prefixSize(quint32 length)
{
    if (length <= MaxOneByte)
        return 1;
    if (length <= MaxTwoBytes)
        return 2;
    if (length <= MaxThreeBytes)
        return 3;
    if (length <= MaxFourBytes)
        return 4;
    return 5;
}

void WordCodec::appendLength(QByteArray &out, quint32 length)
{
    // Big-endian, with the size class marked in the high bits of the first byte.
    const auto byte = [](quint32 v) { return static_cast<char>(static_cast<quint8>(v & 0xFF)); };
    switch (prefixSize(length)) {
    case 1:
        out.append(byte(length));
        break;
    case 2: {
        const quint32 v = length | 0x8000;
        out.append(byte(v >> 8)).append(byte(v));
        break;
    }
    case 3: {
        const quint32 v = length | 0xC00000;
        out.append(byte(v >> 16)).append(byte(v >> 8)).append(byte(v));
        break;
    }
    case 4: {
        const quint32 v = length | 0xE0000000;
        out.append(byte(v >> 24)).append(byte(v >> 16)).append(byte(v >> 8)).append(byte(v));
        break;
    }
    default:
        out.append(byte(0xF0));
        out.append(byte(length >> 24)).append(byte(length >> 16)).append(byte(length >> 8)).append(byte(length));
        break;
    }
}

void WordCodec::appendWord(QByteArray &out, QByteArrayView word)
{
    appendLength(out, static_cast<quint32>(word.size()));
    out.append(word.data(), word.size());
}

void WordCodec::appendSentence(QByteArray &out, const QList<QByteArray> &words)
{
    for (const QByteArray &word : words) {
        if (!word.isEmpty())  // an empty word would end the sentence early
            appendWord(out, word);
    }
    out.append('\0');
}

QByteArray WordCodec::encodeSentence(const QList<QByteArray> &words)
{
    QByteArray out;
    qsizetype size = 1;
    for (const QByteArray &word : words)
        size += word.size() + prefixSize(static_cast<quint32>(word.size()));
    out.reserve(size);
    appendSentence(out, words);
    return out;
}

WordCodec::Decode WordCodec::decodeLength(QByteArrayView data, quint32 &length, int &prefixBytes)
{
    if (data.isEmpty())
        return Decode::NeedMore;
    // Work on unsigned bytes: a signed char >= 0x80 would sign-extend.
    const auto at = [&data](qsizetype i) { return static_cast<quint32>(static_cast<quint8>(data[i])); };
    const quint32 b = at(0);
    int size = 0;
    quint32 value = 0;
    if ((b & 0x80) == 0x00) {
        size = 1;
        value = b;
    } else if ((b & 0xC0) == 0x80) {
        size = 2;
        value = b & 0x3F;
    } else if ((b & 0xE0) == 0xC0) {
        size = 3;
        value = b & 0x1F;
    } else if ((b & 0xF0) == 0xE0) {
        size = 4;
        value = b & 0x0F;
    } else if (b == 0xF0) {
        size = 5;
        value = 0;
    } else {
        return Decode::ControlByte;  // 0xF1..0xFF: reserved control bytes
    }
    if (data.size() < size)
        return Decode::NeedMore;
    for (int i = 1; i < size; ++i)
        value = (value << 8) | at(i);
    length = value;
    prefixBytes = size;
    return Decode::Ok;
}

} // namespace lango::routeros
