#include "models/officesettings.h"

#include <QSqlQuery>
#include <QVariant>

namespace lango::models {

namespace {
const QString kCanaryKey = QStringLiteral("office_key_check");
const QString kCanaryText = QStringLiteral("lango office key");
} // namespace

OfficeSettings::OfficeSettings(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<QString> OfficeSettings::value(const QString &key, const QString &fallback) const
{
    auto q = m_db.exec(QStringLiteral("SELECT value FROM office_settings WHERE key = ? AND sealed = 0"), {key});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : fallback;
}

Result<void> OfficeSettings::setValue(const QString &key, const QString &value) const
{
    return write(key, value, false);
}

Result<QString> OfficeSettings::secret(const QString &key, const SecretBox &box) const
{
    auto q = m_db.exec(QStringLiteral("SELECT value FROM office_settings WHERE key = ? AND sealed = 1"), {key});
    if (!q)
        return q.error();
    if (!q->next())
        return QString();
    return box.open(q->value(0).toString());
}

Result<void> OfficeSettings::setSecret(const QString &key, const QString &value, const SecretBox &box) const
{
    auto sealed = box.seal(value);
    if (!sealed)
        return sealed.error();
    return write(key, *sealed, true);
}

Result<bool> OfficeSettings::hasSecret(const QString &key) const
{
    auto q = m_db.exec(QStringLiteral("SELECT 1 FROM office_settings WHERE key = ? AND sealed = 1"), {key});
    if (!q)
        return q.error();
    return q->next();
}

Result<void> OfficeSettings::remove(const QString &key) const
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM office_settings WHERE key = ?"), {key});
    if (!q)
        return q.error();
    return {};
}

Result<void> OfficeSettings::checkOfficeKey(const SecretBox &box) const
{
    auto stored = secret(kCanaryKey, box);
    if (!stored) {
        return Error{ErrorCode::Invalid,
                     tr("This computer's office key does not match the office database. "
                        "Ask an admin for the office key (Settings, Office key on a desk that has it), then give it to this "
                        "computer: on a desk at its first start (or Settings, Change database), on a server or the command "
                        "line as office_key in the credentials file or LANGO_OFFICE_KEY."),
                     stored.error().detail};
    }
    if (stored->isEmpty())
        return setSecret(kCanaryKey, kCanaryText, box);   // first desk: plant the canary
    return {};
}

Result<void> OfficeSettings::write(const QString &key, const QString &value, bool sealed) const
{
    auto q = m_db.exec(QStringLiteral(
        "INSERT INTO office_settings (key, value, sealed, updated_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value, sealed = excluded.sealed, updated_at = excluded.updated_at"),
        {key, value, sealed ? 1 : 0, m_clock.now()});
    if (!q)
        return q.error();
    return {};
}

} // namespace lango::models
