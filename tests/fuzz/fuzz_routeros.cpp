// The RouterOS API word codec and sentence parser, as a hostile router
// would feed them: any bytes, split anywhere. Parsed sentences are read the
// way the client reads replies.

#include "routeros/sentenceparser.h"
#include "routeros/wordcodec.h"

#include <cstddef>
#include <cstdint>

using lango::routeros::Sentence;
using lango::routeros::SentenceParser;
using lango::routeros::WordCodec;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype step = data[0] % 128 + 1;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    quint32 length = 0;
    int prefix = 0;
    if (WordCodec::decodeLength(input, length, prefix) == WordCodec::Decode::Ok) {
        if (prefix < 1 || prefix > 5 || WordCodec::prefixSize(length) > prefix)
            __builtin_trap();
    }
    SentenceParser parser(SentenceParser::Limits{4096, 64, 16384});
    for (qsizetype pos = 0; pos < input.size(); pos += step) {
        parser.feed(input.sliced(pos, std::min(step, input.size() - pos)));
        Sentence sentence;
        while (parser.next(sentence)) {
            if (sentence.words().size() > 64 || parser.lastSentenceBytes() > 16384)
                __builtin_trap();
            (void)sentence.type();
            (void)sentence.tag();
            (void)sentence.attributes();
            (void)sentence.queries();
            (void)sentence.fatalReason();
            (void)sentence.attribute("message");
            const QByteArray again = WordCodec::encodeSentence(sentence.words());
            if (again.isEmpty())
                __builtin_trap();
        }
        if (parser.hasError())
            break;
    }
    return 0;
}
