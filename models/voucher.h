#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace lango::models {

// A voucher's life as Lango sees it: unused on the router, in use since its
// first login (the router's clock runs), expired (time or caps used up, or
// the router removed it), or retired by staff before anyone used it.
enum class VoucherState { Unused, InUse, Expired, Retired };

// One printed code: a hotspot user made ahead of time (username = code).
struct Voucher
{
    Q_DECLARE_TR_FUNCTIONS(Voucher)

public:
    qint64 id = 0;
    qint64 batchId = 0;
    QString code;
    QString pinSealed;          // the password when the batch has PINs; empty = the code
    VoucherState state = VoucherState::Unused;
    qint64 pushedAt = 0;        // first push to a router (0 = on no router yet)
    qint64 soldAt = 0;
    qint64 soldBy = 0;          // staff id
    QString soldTo;             // the phone that bought it at the paybill (texted the code)
    qint64 firstUsedAt = 0;
    QString mac;
    qint64 expiresAt = 0;
    qint64 usedRouterId = 0;    // where it was first used
    qint64 updatedAt = 0;
    // From the batch, for the services.
    qint64 packageId = 0;
    qint64 batchRouterId = 0;   // 0 = the batch is for every router
    qint64 priceCents = 0;

    bool isSold() const { return soldAt > 0; }

    static QString stateKey(VoucherState state);
    static std::optional<VoucherState> stateFromKey(const QString &key);
    static QString stateLabel(VoucherState state);   // for people: "Unused", "In use", ...
};

// N vouchers of one package, for one router or all, optionally for one
// seller, at one price. The counts are read with the batch (not stored).
struct VoucherBatch
{
    qint64 id = 0;
    qint64 packageId = 0;
    qint64 routerId = 0;        // 0 = every router
    qint64 sellerId = 0;        // 0 = not assigned to a seller
    int count = 0;
    qint64 priceCents = 0;
    int codeLength = 0;         // random characters, without prefix and check character
    QString prefix;
    bool withPin = false;
    bool forPaybill = false;    // kept for paybill sales: codes texted, never printed for a seller
    QString note;
    qint64 createdBy = 0;
    qint64 createdAt = 0;
    qint64 retiredAt = 0;

    // Read with the batch.
    QString packageName;
    QString routerName;         // empty = every router
    QString sellerName;
    int unused = 0;
    int inUse = 0;
    int expired = 0;
    int retired = 0;
    int pushed = 0;             // on at least one router
    int sold = 0;

    bool isRetired() const { return retiredAt > 0; }
};

// What the router told about one voucher, to be written back.
struct VoucherUsage
{
    qint64 voucherId = 0;
    VoucherState state = VoucherState::InUse;
    qint64 firstUsedAt = 0;
    QString mac;
    qint64 expiresAt = 0;
    qint64 usedRouterId = 0;
};

} // namespace lango::models
