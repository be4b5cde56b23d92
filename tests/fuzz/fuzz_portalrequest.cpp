// The body of POST /api/portal/purchases, then the field checks every
// purchase goes through before anything is recorded.

#include "app/billing/portalrequest.h"
#include "app/mpesa/phonenumber.h"

#include <QHostAddress>
#include <QUrlQuery>

#include <cstddef>
#include <cstdint>

using namespace lango::app;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    auto request = PortalRequest::parsePurchase(body);
    if (!request)
        return 0;
    if (request->phone.size() > 256 || request->mac.size() > 256 || request->router.size() > 256)
        __builtin_trap();
    if (auto phone = mpesa::PhoneNumber::parse(request->phone)) {
        if (phone->msisdn().size() != 12)
            __builtin_trap();
        (void)phone->display();
        (void)phone->networkWarning();
    }
    QHostAddress ip;
    (void)ip.setAddress(request->ip);
    (void)QUrlQuery(request->router).queryItemValue(QStringLiteral("router"));
    return 0;
}
