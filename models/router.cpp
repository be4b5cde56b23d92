#include "models/router.h"

#include <QRegularExpression>

namespace lango::models {

bool Router::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

Result<void> Router::validate() const
{
    if (!isValidName(name))
        return invalid(tr("A router name is 1 to 64 letters, digits, dots, dashes or underscores, like \"ofisi\" or \"stage-2\"."));
    static const QRegularExpression hostPattern(QStringLiteral("^[A-Za-z0-9.:\\-\\[\\]]{1,253}$"));
    if (!hostPattern.match(host).hasMatch())
        return invalid(tr("\"%1\" is not a host name or IP address.").arg(host));
    if (port < 1 || port > 65535)
        return invalid(tr("The port must be between 1 and 65535 (the API uses 8728, API-SSL 8729)."));
    if (apiUser.trimmed().isEmpty() || apiUser.size() > 64)
        return invalid(tr("Enter the RouterOS user Lango logs in as."));
    if (apiPasswordSealed.isEmpty())
        return invalid(tr("Enter the RouterOS user's password."));
    static const QRegularExpression fingerprint(QStringLiteral("^([0-9a-fA-F]{2}:?){32}$"));
    if (!tlsFingerprint.isEmpty() && !fingerprint.match(tlsFingerprint).hasMatch())
        return invalid(tr("The certificate fingerprint must be a SHA-256 in hex (64 hex digits, colons allowed)."));
    return {};
}

} // namespace lango::models
