#include "app/portal/officedetails.h"

#include "app/core/office.h"
#include "app/portal/portalsettings.h"

#include <QUrl>

#include <QRegularExpression>

namespace lango::app {

namespace {

const QString kName = QStringLiteral("office.name");
const QString kPhone = QStringLiteral("office.phone");
const QString kLogo = QStringLiteral("office.logo");
const QString kColor = QStringLiteral("office.color");

} // namespace

Result<OfficeDetails> OfficeDetails::load(Office &office)
{
    OfficeDetails details;
    QString *fields[] = {&details.name, &details.phone, &details.logoBase64, &details.color, &details.loginUrl};
    const QString keys[] = {kName, kPhone, kLogo, kColor, PortalSettings::loginUrlKey()};
    for (int i = 0; i < 5; ++i) {
        auto value = office.settings.value(keys[i]);
        if (!value)
            return fromModels(value.error());
        if (!value->isEmpty())
            *fields[i] = *value;
    }
    return details;
}

Result<void> OfficeDetails::validate() const
{
    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty() || trimmedName.size() > 60)
        return Error{ErrorCode::BadInput, tr("Give the office a name of 1 to 60 characters; customers see it on the portal and cards."), {}};
    static const QRegularExpression phonePattern(QStringLiteral("^\\+?[0-9 ]{0,20}$"));
    if (!phonePattern.match(phone.trimmed()).hasMatch())
        return Error{ErrorCode::BadInput, tr("Write the support phone with digits and spaces only, e.g. 0712 345 678."), {}};
    static const QRegularExpression colorPattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!colorPattern.match(color).hasMatch())
        return Error{ErrorCode::BadInput, tr("The colour must be written #rrggbb, e.g. #1b7f3b."), {}};
    if (!logoBase64.isEmpty()) {
        if (auto logo = logoFromFile(QByteArray::fromBase64(logoBase64.toLatin1())); !logo)
            return logo.error();
    }
    if (!loginUrl.trimmed().isEmpty()) {
        const QUrl url(loginUrl.trimmed());
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return Error{ErrorCode::BadInput,
                         tr("The QR login page must be a web address such as http://login.wifi/login: the router's "
                            "hotspot DNS name followed by /login."), {}};
    }
    return {};
}

Result<QString> OfficeDetails::logoFromFile(const QByteArray &bytes)
{
    static const QByteArray pngMagic("\x89PNG\r\n\x1a\n", 8);
    if (!bytes.startsWith(pngMagic))
        return Error{ErrorCode::BadInput, tr("The logo must be a PNG picture."), {}};
    if (bytes.size() > kLogoMaxBytes)
        return Error{ErrorCode::BadInput, tr("The logo is %1 KB; it may be at most %2 KB so phones load the portal fast. "
                                             "Make it smaller (e.g. 200 pixels wide).")
                                              .arg((bytes.size() + 1023) / 1024).arg(kLogoMaxBytes / 1024), {}};
    return QString::fromLatin1(bytes.toBase64());
}

Result<void> OfficeDetails::save(Office &office, const models::AuditEntry &who) const
{
    // A logo saved under an older, larger limit does not block saving the
    // other details; the portal leaves it out and says why.
    OfficeDetails checked = *this;
    if (auto stored = office.settings.value(kLogo); stored && *stored == logoBase64)
        checked.logoBase64.clear();
    if (auto valid = checked.validate(); !valid)
        return valid;
    models::Transaction tx(office.db());
    if (auto begun = tx.begin(); !begun)
        return fromModels(begun.error());
    const std::pair<QString, QString> values[] = {{kName, name.trimmed()}, {kPhone, phone.trimmed()}, {kLogo, logoBase64},
                                                  {kColor, color.toLower()}, {PortalSettings::loginUrlKey(), loginUrl.trimmed()}};
    for (const auto &[key, value] : values) {
        if (auto stored = office.settings.setValue(key, value); !stored)
            return fromModels(stored.error());
    }
    models::AuditEntry entry = who;
    entry.action = QStringLiteral("settings.office");
    entry.entity = QStringLiteral("settings");
    entry.detail = tr("%1, %2, colour %3, %4").arg(name.trimmed(), phone.trimmed(), color,
                                                   logoBase64.isEmpty() ? tr("no logo") : tr("with logo"));
    if (auto audited = office.audit.record(entry); !audited)
        return fromModels(audited.error());
    if (auto committed = tx.commit(); !committed)
        return fromModels(committed.error());
    return {};
}

} // namespace lango::app
