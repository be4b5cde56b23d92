// What the SMS provider answers (any status, any body), what a delivery
// report form carries, and what a customer types as a paybill account: no
// crash, and a text Lango builds is always one GSM-7 part.

#include "app/billing/paybillsale.h"
#include "app/sms/africastalking.h"
#include "app/sms/smstext.h"

#include <QUrlQuery>

#include <cstddef>
#include <cstdint>

using lango::app::PaybillSale;
using lango::app::sms::AfricasTalking;
using lango::app::sms::SmsText;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = 100 + (data[0] | (data[1] << 8)) % 500;
    const QByteArray body(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    (void)AfricasTalking::interpret(status, body);
    const QString text = QString::fromUtf8(body);
    const QUrlQuery form(text);
    (void)form.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded);
    if (auto phone = PaybillSale::phoneIn(text.left(40)); phone && (phone->size() != 12 || !phone->startsWith(QLatin1String("254"))))
        __builtin_trap();
    const QString names = text.left(80);
    const QString sale = SmsText::voucherSale({QStringLiteral("sw"), names, 2000, QStringLiteral("TKL9AB12CD"), names,
                                               QStringLiteral("K7M3Q9XW2R"), {}});
    if (!SmsText::isGsm7(sale) || SmsText::gsm7Length(sale) > SmsText::kSinglePart)
        __builtin_trap();
    return 0;
}
