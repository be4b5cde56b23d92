#pragma once

#include <QLatin1String>

// The kinds stored in jobs.kind and problems.kind, named once. The text is
// the stored form (scripts and the desk's filters read it): never rename one.
namespace lango::models {

namespace JobKind {
inline constexpr QLatin1String Provision("provision");          // put a grant's user on its router
inline constexpr QLatin1String Expire("expire");                // take an ended grant off its router
inline constexpr QLatin1String SyncProfiles("sync_profiles");   // make a router's lango-* profiles match
inline constexpr QLatin1String VoucherPush("voucher_push");     // put a batch's vouchers on routers
inline constexpr QLatin1String StkPush("stk_push");             // a desk's M-Pesa prompt, sent by the server
inline constexpr QLatin1String Sms("sms");                      // a text handed to the SMS provider
} // namespace JobKind

namespace ProblemKind {
// Payments
inline constexpr QLatin1String CheckoutNotStored("checkout_not_stored");
inline constexpr QLatin1String PaidAfterFailure("paid_after_failure");
inline constexpr QLatin1String AmountMismatch("amount_mismatch");
inline constexpr QLatin1String Overpaid("overpaid");
inline constexpr QLatin1String ReceiptReused("receipt_reused");
inline constexpr QLatin1String DoublePayment("double_payment");
inline constexpr QLatin1String PaidAfterRevocation("paid_after_revocation");
inline constexpr QLatin1String UnconfirmedPayment("unconfirmed_payment");
inline constexpr QLatin1String NoAnswer("no_answer");
inline constexpr QLatin1String UnknownCallback("unknown_callback");
inline constexpr QLatin1String C2bUnmatched("c2b_unmatched");
inline constexpr QLatin1String PaybillNoPackage("paybill_no_package");
inline constexpr QLatin1String PaybillNoTexts("paybill_no_texts");
// Routers and texts
inline constexpr QLatin1String PaidNotOnline("paid_not_online");
inline constexpr QLatin1String ProvisioningFailing("provisioning_failing");
inline constexpr QLatin1String ExpiryFailing("expiry_failing");
inline constexpr QLatin1String SmsFailing("sms_failing");
inline constexpr QLatin1String OrphanUserRemoved("orphan_user_removed");
} // namespace ProblemKind

} // namespace lango::models
