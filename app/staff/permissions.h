#pragma once

#include "models/staffstore.h"

#include <QCoreApplication>

namespace lango::app {

// What each role may see and do at a desk (the desk asks before it shows a
// panel or enables an action). Admins do everything; cashiers take money
// and look after customers; sellers sell vouchers and help customers.
enum class Permission {
    SeeDashboard,      // revenue and the office's figures
    SeePackages,
    ManagePackages,    // add, edit, retire, sync to routers
    SeeSessions,
    ManageSessions,    // kick, extend, disable
    SeeVouchers,
    GenerateVouchers,  // make and push batches (a seller: for themselves only)
    ManageVouchers,    // retire batches, sell any batch's vouchers
    SeeCustomers,
    SeePayments,       // purchases, paybill payments, problems
    ManagePayments,    // retry, resolve, export
    SellByMpesa,       // a manual STK Push at the desk
    SeeRouters,
    ManageRouters,     // add, edit, remove, install the portal
    ManageStaff,       // accounts and roles
    SeeAudit,
    ManageOffice,      // M-Pesa, office details, server address
};

class Permissions final
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    static bool allows(models::Role role, Permission permission);
    // The panels a role sees, by MainWindow key.
    static bool showsPanel(models::Role role, const QString &panelKey);
    static QString refusal();   // the sentence staff see when a role may not
};

} // namespace lango::app
