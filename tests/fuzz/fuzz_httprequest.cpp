// The bounded HTTP/1.1 request parser, fed in slices whose size the first
// byte chooses. It must never consume more than it was given, never leave
// bytes unconsumed unless a request ended, and never exceed its limits.

#include "app/http/httprequestparser.h"

#include <cstddef>
#include <cstdint>

using lango::app::http::HttpHead;
using lango::app::http::HttpRequestParser;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype step = data[0] % 64 + 1;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    constexpr qint64 kBody = 512;
    HttpRequestParser parser(HttpRequestParser::Limits{1024, 20, 64, 256},
                             [](const HttpHead &head) { return head.method == "POST" ? kBody : 0; });
    qsizetype pos = 0;
    while (pos < input.size()) {
        const qsizetype slice = std::min(step, input.size() - pos);
        const qsizetype used = parser.feed(input.sliced(pos, slice));
        if (used < 0 || used > slice)
            __builtin_trap();
        pos += used;
        switch (parser.state()) {
        case HttpRequestParser::State::Failed:
            if (parser.errorStatus() < 400 || parser.errorStatus() > 505 || parser.errorReason().isEmpty())
                __builtin_trap();
            return 0;
        case HttpRequestParser::State::Complete:
            if (parser.body().size() > kBody || parser.head().method.isEmpty() || !parser.head().target.startsWith('/'))
                __builtin_trap();
            (void)parser.head().path();
            (void)parser.head().query();
            (void)parser.head().combinedField("x-forwarded-for");
            parser.reset();
            break;
        default:
            if (used != slice)
                __builtin_trap();   // mid-request, every byte given is taken
            break;
        }
    }
    return 0;
}
