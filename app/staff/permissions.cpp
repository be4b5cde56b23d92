#include "app/staff/permissions.h"

#include <QHash>

namespace lango::app {

bool Permissions::allows(models::Role role, Permission permission)
{
    switch (role) {
    case models::Role::Admin:
        return true;
    case models::Role::Cashier:
        switch (permission) {
        case Permission::ManagePackages:
        case Permission::ManageRouters:
        case Permission::ManageStaff:
        case Permission::SeeAudit:
        case Permission::ManageOffice:
            return false;
        default:
            return true;
        }
    case models::Role::Seller:
        switch (permission) {
        // Their own batches and what they sold; the database holds a seller
        // to that (staff roles), so customers and live sessions stay out.
        case Permission::SeePackages:
        case Permission::SeeVouchers:
        case Permission::GenerateVouchers:
            return true;
        default:
            return false;
        }
    }
    return false;
}

bool Permissions::showsPanel(models::Role role, const QString &panelKey)
{
    static const QHash<QString, Permission> panels{
        {QStringLiteral("dashboard"), Permission::SeeDashboard}, {QStringLiteral("packages"), Permission::SeePackages},
        {QStringLiteral("sessions"), Permission::SeeSessions},   {QStringLiteral("customers"), Permission::SeeCustomers},
        {QStringLiteral("vouchers"), Permission::SeeVouchers},   {QStringLiteral("payments"), Permission::SeePayments},
        {QStringLiteral("routers"), Permission::SeeRouters},     {QStringLiteral("staff"), Permission::ManageStaff},
        {QStringLiteral("audit"), Permission::SeeAudit},
    };
    const auto found = panels.constFind(panelKey);
    return found == panels.constEnd() || allows(role, *found);   // settings: everyone (its sections check)
}

QString Permissions::refusal()
{
    return tr("Your role does not allow this. Ask an admin.");
}

} // namespace lango::app
