#pragma once

#include "models/clock.h"
#include "models/database.h"
#include "models/secretbox.h"

namespace lango::models {

// Office-wide settings every desk and the server share (office name, support
// phone, Daraja keys). Secrets are sealed under the office key.
class OfficeSettings final
{
    Q_DECLARE_TR_FUNCTIONS(OfficeSettings)

public:
    OfficeSettings(const Database &db, const Clock &clock);

    [[nodiscard]] Result<QString> value(const QString &key, const QString &fallback = {}) const;
    [[nodiscard]] Result<void> setValue(const QString &key, const QString &value) const;
    // An empty result when the secret was never set.
    [[nodiscard]] Result<QString> secret(const QString &key, const SecretBox &box) const;
    [[nodiscard]] Result<void> setSecret(const QString &key, const QString &value, const SecretBox &box) const;
    [[nodiscard]] Result<bool> hasSecret(const QString &key) const;
    [[nodiscard]] Result<void> remove(const QString &key) const;

    // A sealed canary: proves this desk's office key is the office's one.
    [[nodiscard]] Result<void> checkOfficeKey(const SecretBox &box) const;

private:
    Result<void> write(const QString &key, const QString &value, bool sealed) const;

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace lango::models
