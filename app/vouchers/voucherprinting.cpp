#include "app/vouchers/voucherprinting.h"

#include "app/core/office.h"
#include "app/portal/portalsettings.h"
#include "models/units.h"

#include <QUrl>
#include <QUrlQuery>

namespace lango::app {

namespace {

QString validityText(const models::Package &p)
{
    return VoucherCards::tr("%1 from first login").arg(models::Units::humanDuration(p.durationSeconds));
}

QString capsText(const models::Package &p)
{
    QStringList caps;
    if (p.uptimeSeconds)
        caps << VoucherCards::tr("%1 of use").arg(models::Units::humanDuration(*p.uptimeSeconds));
    if (p.dataBytes)
        caps << VoucherCards::tr("%1 of data").arg(models::Units::formatDataSize(*p.dataBytes));
    if (p.devices > 1)
        caps << VoucherCards::tr("%n devices", nullptr, p.devices);
    return caps.join(QStringLiteral(", "));
}

} // namespace

Result<CardSheet> VoucherCards::load(Office &office, qint64 batchId, const QStringList &codes)
{
    auto batch = office.vouchers.batch(batchId);
    if (!batch)
        return fromModels(batch.error());
    auto package = office.packages.byId(batch->packageId);
    if (!package)
        return fromModels(package.error());
    auto vouchers = office.vouchers.vouchers(batchId);
    if (!vouchers)
        return fromModels(vouchers.error());

    // A reprint: every chosen code must be in the batch and still able to work.
    if (!codes.isEmpty()) {
        QStringList missing = codes;
        QStringList dead;
        for (const models::Voucher &v : std::as_const(*vouchers)) {
            if (!codes.contains(v.code))
                continue;
            missing.removeAll(v.code);
            if (v.state == models::VoucherState::Retired || v.state == models::VoucherState::Expired)
                dead << tr("%1 (%2)").arg(v.code, models::Voucher::stateLabel(v.state));
        }
        if (!missing.isEmpty())
            return Error{ErrorCode::NotFound, tr("Batch %1 has no voucher %2.").arg(batchId).arg(missing.join(QStringLiteral(", "))), {}};
        if (!dead.isEmpty())
            return Error{ErrorCode::BadInput,
                         tr("Not printed: %n voucher(s) no longer usable (%1). A card for them would not log anyone in; "
                            "choose only unused or in-use vouchers.", nullptr, int(dead.size()))
                             .arg(dead.join(QStringLiteral(", "))),
                         {}};
    }

    CardSheet sheet;
    auto name = office.settings.value(QStringLiteral("office.name"));
    auto phone = office.settings.value(QStringLiteral("office.phone"));
    auto logo = office.settings.value(QStringLiteral("office.logo"));
    auto base = office.settings.value(PortalSettings::loginUrlKey(), defaultLoginBase());
    if (!name || !phone || !logo || !base)
        return fromModels((!name ? name : !phone ? phone : !logo ? logo : base).error());
    sheet.officeName = name->isEmpty() ? tr("WiFi voucher") : *name;
    sheet.officePhone = *phone;
    sheet.logoPng = QByteArray::fromBase64(logo->toLatin1());
    const QString loginBase = base->trimmed().isEmpty() ? defaultLoginBase() : base->trimmed();

    int position = 0;
    for (const models::Voucher &v : *vouchers) {
        ++position;
        const bool wanted = codes.isEmpty() ? (v.state == models::VoucherState::Unused && !v.isSold()) : codes.contains(v.code);
        if (!wanted)
            continue;
        VoucherCard card;
        card.code = v.code;
        if (v.pinSealed.isEmpty()) {
            card.password = v.code;
        } else {
            auto pin = office.box().open(v.pinSealed);
            if (!pin)
                return fromModels(pin.error());
            card.password = *pin;
        }
        card.packageName = package->name;
        card.price = models::Units::formatMoney(batch->priceCents);
        card.validity = validityText(*package);
        card.caps = capsText(*package);
        card.loginUrl = loginUrl(loginBase, v.code, card.password);
        card.serial = QStringLiteral("%1-%2").arg(batchId).arg(position, 4, 10, QLatin1Char('0'));
        sheet.cards << card;
    }
    if (sheet.cards.isEmpty())
        return Error{ErrorCode::NotFound,
                     tr("Batch %1 has no unsold, unused vouchers left to print. To print a card again, choose its code and "
                        "use \"Reprint card\".").arg(batchId), {}};
    return sheet;
}

QString VoucherCards::loginUrl(const QString &loginBase, const QString &username, const QString &password)
{
    QUrl url(loginBase);
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("username"), QString::fromLatin1(QUrl::toPercentEncoding(username)));
    query.addQueryItem(QStringLiteral("password"), QString::fromLatin1(QUrl::toPercentEncoding(password)));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

std::optional<CardTemplate> VoucherCards::templateFromKey(const QString &key)
{
    for (CardTemplate t : {CardTemplate::A4, CardTemplate::Roll58, CardTemplate::Roll80}) {
        if (templateKey(t) == key.toLower())
            return t;
    }
    return std::nullopt;
}

QString VoucherCards::templateKey(CardTemplate layout)
{
    switch (layout) {
    case CardTemplate::A4: return QStringLiteral("a4");
    case CardTemplate::Roll58: return QStringLiteral("58mm");
    case CardTemplate::Roll80: return QStringLiteral("80mm");
    }
    return {};
}

} // namespace lango::app
