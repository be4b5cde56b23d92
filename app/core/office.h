#pragma once

#include "app/core/error.h"
#include "models/auditlog.h"
#include "models/c2bpaymentstore.h"
#include "models/clock.h"
#include "models/database.h"
#include "models/grantstore.h"
#include "models/jobqueue.h"
#include "models/officeroles.h"
#include "models/officesettings.h"
#include "models/packagestore.h"
#include "models/purchasestore.h"
#include "models/routerstore.h"
#include "models/secretbox.h"
#include "models/smsstore.h"
#include "models/staffstore.h"
#include "models/tunnelstore.h"
#include "models/vouchersales.h"
#include "models/voucherstore.h"

#include <QCoreApplication>

#include <memory>

namespace lango::app {

// The open office database with its stores and the office key: what every
// face (desktop, headless, CLI) works on. Built once by the composition root;
// members are declared in dependency order so they die in reverse.
class Office final
{
    Q_DECLARE_TR_FUNCTIONS(Office)
    Q_DISABLE_COPY_MOVE(Office)

public:
    struct OpenOptions
    {
        models::DatabaseUrl url;
        QString databasePassword;
        QString officeKey;             // this computer's copy; may be empty
        bool mayCreateOfficeKey = true;  // only when the database has none yet
        bool migrate = true;
    };

    // Opens (and migrates) the database and checks the office key against
    // it. A brand-new database gets a fresh office key (generatedOfficeKey()
    // says which, so the caller stores it); a database that already has one
    // refuses a desk without the same key.
    [[nodiscard]] static Result<std::unique_ptr<Office>> open(const OpenOptions &options,
                                                              const models::Clock &clock);

    models::Database &db() { return *m_db; }
    const models::Clock &clock() const { return m_clock; }
    const models::SecretBox &box() const { return m_box; }
    QString generatedOfficeKey() const { return m_generatedKey; }
    // Whether the database holds staff roles (PostgreSQL with the owner
    // allowed to create roles), and why not when it does not.
    const models::OfficeRoles::Status &roles() const { return m_roles; }
    // Who this connection is: the owner (server, CLI on it, a desk before
    // staff roles) or a staff member's own login.
    models::OfficeRoles::Kind kind() const { return m_kind; }

    models::PackageStore packages;
    models::RouterStore routers;
    models::TunnelStore tunnels;
    models::StaffStore staff;
    models::AuditLog audit;
    models::JobQueue jobs;
    models::OfficeSettings settings;
    models::PurchaseStore purchases;
    models::C2bPaymentStore c2bPayments;
    models::GrantStore grants;
    models::ProblemStore problems;
    models::CallbackLog callbacks;
    models::VoucherStore vouchers;
    models::VoucherSales voucherSales;
    models::SmsStore sms;

private:
    Office(std::unique_ptr<models::Database> db, const models::Clock &clock, models::SecretBox box);

    std::unique_ptr<models::Database> m_db;
    const models::Clock &m_clock;
    models::SecretBox m_box;
    QString m_generatedKey;
    models::OfficeRoles::Status m_roles;
    models::OfficeRoles::Kind m_kind = models::OfficeRoles::Kind::Owner;
};

// Wraps an error from the layer below in app's own error type (STYLE.md 2.5).
Error fromModels(const models::Error &error);

} // namespace lango::app
