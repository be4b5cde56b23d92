#include "app/core/office.h"

#include "app/core/logging.h"
#include "models/migrator.h"
#include "models/officeroles.h"

namespace lango::app {

Error fromModels(const models::Error &error)
{
    ErrorCode code = ErrorCode::Internal;
    switch (error.code) {
    case models::ErrorCode::NotFound: code = ErrorCode::NotFound; break;
    case models::ErrorCode::Conflict: code = ErrorCode::Conflict; break;
    case models::ErrorCode::Invalid: code = ErrorCode::BadInput; break;
    case models::ErrorCode::Database: code = ErrorCode::Unavailable; break;
    case models::ErrorCode::Migration: code = ErrorCode::Unavailable; break;
    }
    return Error{code, error.message, error.detail};
}

Office::Office(std::unique_ptr<models::Database> db, const models::Clock &clock, models::SecretBox box)
    : packages(*db, clock)
    , routers(*db, clock)
    , tunnels(*db, clock)
    , staff(*db, clock)
    , audit(*db, clock)
    , jobs(*db, clock)
    , settings(*db, clock)
    , purchases(*db, clock)
    , c2bPayments(*db, clock)
    , grants(*db, clock)
    , problems(*db, clock)
    , callbacks(*db, clock)
    , vouchers(*db, clock)
    , voucherSales(*db, clock)
    , sms(*db, clock)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_box(std::move(box))
{
}

Result<std::unique_ptr<Office>> Office::open(const OpenOptions &options, const models::Clock &clock)
{
    auto db = std::make_unique<models::Database>(options.url, options.databasePassword);
    models::Migrator migrator(*db);
    if (options.migrate) {
        if (auto migrated = migrator.migrate(); !migrated)
            return fromModels(migrated.error());
    } else if (auto compatible = migrator.checkCompatible(); !compatible) {
        return fromModels(compatible.error());
    }
    // Staff roles held by PostgreSQL: the owner (server, migrations) keeps
    // the groups and their rights in step with this version.
    auto roles = models::OfficeRoles::ensure(*db);
    if (!roles)
        return fromModels(roles.error());
    if (!roles->enforced && !db->isSqlite())
        qCWarning(lcApp).noquote() << roles->why;

    auto kind = models::OfficeRoles::currentKind(*db);
    if (!kind)
        return fromModels(kind.error());
    if (*kind == models::OfficeRoles::Kind::Seller) {
        // A seller's desk holds no office key: nothing it may do needs one
        // (router work for its vouchers is the server's), and the database
        // shows it no sealed value to open.
        db->setSecretsHidden(true);
        auto office = std::unique_ptr<Office>(new Office(std::move(db), clock, models::SecretBox()));
        office->m_roles = *roles;
        office->m_kind = *kind;
        return office;
    }
    if (*kind == models::OfficeRoles::Kind::None)
        return Error{ErrorCode::Unauthorized,
                     tr("This database login belongs to no active staff member of the office. Ask an admin to check your account."), {}};

    QString key = options.officeKey;
    QString generated;
    models::OfficeSettings settings(*db, clock);
    auto hasCanary = settings.hasSecret(QStringLiteral("office_key_check"));
    if (!hasCanary)
        return fromModels(hasCanary.error());
    if (key.isEmpty()) {
        if (*hasCanary || !options.mayCreateOfficeKey)
            return Error{ErrorCode::Unauthorized,
                         tr("This office database is protected by an office key that this computer does not have. "
                            "Ask an admin for the office key and set it (Settings, or LANGO_OFFICE_KEY / office_key in the "
                            "credentials file)."), {}};
        key = generated = models::SecretBox::generateKey();
    }
    auto box = models::SecretBox::fromKey(key);
    if (!box)
        return fromModels(box.error());
    if (auto matches = settings.checkOfficeKey(*box); !matches)
        return fromModels(matches.error());

    auto office = std::unique_ptr<Office>(new Office(std::move(db), clock, *box));
    office->m_generatedKey = generated;
    office->m_roles = *roles;
    office->m_kind = *kind;
    return office;
}

} // namespace lango::app
