#include "app/voucherprinting.h"

#include "app/office.h"
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

Result<CardSheet> VoucherCards::load(Office &office, qint64 batchId, const QString &code)
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

    CardSheet sheet;
    auto name = office.settings.value(QStringLiteral("office.name"));
    auto phone = office.settings.value(QStringLiteral("office.phone"));
    auto logo = office.settings.value(QStringLiteral("office.logo"));
    auto base = office.settings.value(QStringLiteral("hotspot.login_url"), defaultLoginBase());
    if (!name || !phone || !logo || !base)
        return fromModels((!name ? name : !phone ? phone : !logo ? logo : base).error());
    sheet.officeName = name->isEmpty() ? tr("WiFi voucher") : *name;
    sheet.officePhone = *phone;
    sheet.logoPng = QByteArray::fromBase64(logo->toLatin1());
    const QString loginBase = base->trimmed().isEmpty() ? defaultLoginBase() : base->trimmed();

    int position = 0;
    for (const models::Voucher &v : *vouchers) {
        ++position;
        const bool wanted = code.isEmpty() ? (v.state == models::VoucherState::Unused || v.state == models::VoucherState::InUse)
                                           : v.code == code;
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
        return Error{ErrorCode::NotFound, code.isEmpty() ? tr("Batch %1 has no unused vouchers left to print.").arg(batchId)
                                                         : tr("Batch %1 has no voucher with that code.").arg(batchId), {}};
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
