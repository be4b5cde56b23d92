#include "app/vouchers/voucherissuer.h"

#include "app/core/office.h"
#include "models/units.h"

namespace lango::app {

Result<void> VoucherIssuer::validate(const GenerateRequest &request)
{
    if (request.count < 1 || request.count > 100000)
        return Error{ErrorCode::BadInput, tr("Make 1 to 100,000 vouchers at a time; %1 is not allowed.").arg(request.count), {}};
    if (auto settings = models::VoucherCodes::validateSettings(request.randomLength, request.prefix); !settings)
        return fromModels(settings.error());
    if (request.priceCents && *request.priceCents < 0)
        return Error{ErrorCode::BadInput, tr("A voucher price cannot be negative."), {}};
    return {};
}

Result<qint64> VoucherIssuer::issue(Office &office, const GenerateRequest &request, const VoucherActor &actor)
{
    if (auto valid = validate(request); !valid)
        return valid.error();
    auto package = office.packages.byId(request.packageId);
    if (!package)
        return fromModels(package.error());
    if (package->retired)
        return Error{ErrorCode::BadInput, tr("The package \"%1\" is retired. Choose a package on sale.").arg(package->name), {}};
    if (request.routerId) {
        auto router = office.routers.byId(request.routerId);
        if (!router)
            return fromModels(router.error());
        if (!package->soldOn(router->id))
            return Error{ErrorCode::BadInput, tr("Router %1 does not sell \"%2\". Pick another router or add it to the package.")
                                                  .arg(router->name, package->name), {}};
    }
    if (request.forPaybill && request.sellerId)
        return Error{ErrorCode::BadInput, tr("Vouchers kept for paybill sales are texted to the customer, not given to a seller."), {}};
    if (request.forPaybill && !package->soldByPaybill)
        return Error{ErrorCode::BadInput, tr("\"%1\" is not sold by paybill. Tick \"Sold by paybill\" on the package first.")
                                              .arg(package->name), {}};
    if (request.sellerId) {
        auto seller = office.staff.byId(request.sellerId);
        if (!seller)
            return fromModels(seller.error());
        if (!seller->active)
            return Error{ErrorCode::BadInput, tr("%1 is not an active staff member.").arg(seller->username), {}};
    }
    if (request.withPin && !office.box().hasKey())
        return Error{ErrorCode::BadInput, tr("PINs are stored sealed under the office key, which this computer does not have."), {}};

    models::VoucherBatch batch;
    batch.packageId = package->id;
    batch.routerId = request.routerId;
    batch.sellerId = request.sellerId;
    batch.count = request.count;
    batch.priceCents = request.priceCents.value_or(package->priceCents);
    batch.codeLength = request.randomLength;
    batch.prefix = request.prefix;
    batch.withPin = request.withPin;
    batch.forPaybill = request.forPaybill;
    batch.note = request.note;
    batch.createdBy = actor.staffId;

    const models::SecretBox &box = office.box();
    std::optional<models::Error> sealError;
    auto next = [&]() {
        models::NewVoucher fresh{models::VoucherCodes::generate(request.randomLength, request.prefix), {}};
        if (request.withPin) {
            auto sealed = box.seal(models::VoucherCodes::generatePin());
            if (sealed)
                fresh.pinSealed = *sealed;
            else
                sealError = sealed.error();
        }
        return fresh;
    };

    models::Transaction tx(office.db());
    if (auto begun = tx.begin(); !begun)
        return fromModels(begun.error());
    auto id = office.vouchers.createBatch(batch, next);
    if (!id)
        return fromModels(id.error());
    if (sealError)
        return fromModels(*sealError);
    auto audited = office.audit.record({0, 0, actor.staffId, actor.name, QStringLiteral("voucher.generate"),
                                        QStringLiteral("voucher_batch"), *id,
                                        tr("%n voucher(s) of %1 at %2", nullptr, batch.count)
                                            .arg(package->name, models::Units::formatMoney(batch.priceCents))});
    if (!audited)
        return fromModels(audited.error());
    if (auto committed = tx.commit(); !committed)
        return fromModels(committed.error());
    return *id;
}

} // namespace lango::app
