// What Safaricom (or anyone with the callback URL) posts: STK callbacks and
// C2B confirmations/validations. Bodies come from the internet.

#include "app/mpesa/c2bpayment.h"
#include "app/mpesa/phonenumber.h"
#include "app/mpesa/stkcallback.h"

#include <cstddef>
#include <cstdint>

using namespace lango::app::mpesa;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (auto stk = StkCallback::parse(body)) {
        if (stk->checkoutRequestId.isEmpty() || stk->amountCents < 0)
            __builtin_trap();
        (void)stk->isPaid();
        (void)PhoneNumber::mask(stk->phone);
    }
    if (auto c2b = C2bPayment::parse(body)) {
        if (c2b->transId.isEmpty() || c2b->amountCents <= 0)
            __builtin_trap();
        (void)c2b->isBuyGoods();
        (void)C2bPayment::normaliseBillRef(c2b->billRefRaw);
    }
    return 0;
}
