#include "app/core/credentialsfile.h"

#include "app/core/platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace lango::app {

const QStringList &CredentialsFile::knownKeys()
{
    static const QStringList keys{QStringLiteral("office_key"), QStringLiteral("database_password"),
                                  QStringLiteral("callback_token"), QStringLiteral("mpesa_consumer_key"),
                                  QStringLiteral("mpesa_consumer_secret"), QStringLiteral("mpesa_passkey"),
                                  QStringLiteral("sms_api_key")};
    return keys;
}

Result<QHash<QString, QString>> CredentialsFile::read(const QString &path)
{
    if (!QFileInfo::exists(path))
        return Error{ErrorCode::NotFound,
                     tr("The credentials file %1 does not exist. Create it with `install -m 600 /dev/null %1` "
                        "and add lines such as office_key = ... (see the README).").arg(path), {}};
    if (auto privateFile = platform::checkOwnerOnly(path); !privateFile)
        return privateFile.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Unauthorized, tr("Cannot read the credentials file %1: %2").arg(path, file.errorString()), {}};
    QHash<QString, QString> values;
    int lineNumber = 0;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        ++lineNumber;
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        const int equals = line.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return Error{ErrorCode::BadInput, tr("%1, line %2: expected key = value").arg(path).arg(lineNumber), {}};
        const QString key = line.left(equals).trimmed().toLower();
        if (!knownKeys().contains(key))
            return Error{ErrorCode::BadInput, tr("%1, line %2: unknown key \"%3\"; known keys are %4")
                                                  .arg(path).arg(lineNumber).arg(key, knownKeys().join(QStringLiteral(", "))), {}};
        values.insert(key, line.mid(equals + 1).trimmed());
    }
    return values;
}

Result<void> CredentialsFile::write(const QString &path, const QString &key, const QString &value)
{
    QHash<QString, QString> values;
    if (QFileInfo::exists(path)) {
        auto existing = read(path);
        if (!existing)
            return existing.error();
        values = *existing;
    } else if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return Error{ErrorCode::Unauthorized, tr("Cannot create the folder for %1.").arg(path), {}};
    }
    values.insert(key, value);
    QByteArray text = "# Lango credentials: keep this file private (mode 600).\n";
    for (const QString &known : knownKeys()) {
        if (values.contains(known))
            text += known.toUtf8() + " = " + values.value(known).toUtf8() + '\n';
    }
    // Created owner-only from its first byte, then moved over the old file.
    const QString temporary = path + QStringLiteral(".new");
    QFile::remove(temporary);
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner) || file.write(text) != text.size()
        || !file.flush())
        return Error{ErrorCode::Unauthorized, tr("Cannot write the credentials file %1: %2").arg(path, file.errorString()), {}};
    file.close();
    if (auto restricted = platform::restrictToOwner(temporary); !restricted)
        return restricted.error();
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(path);   // Windows will not rename over an existing file
        if (!QFile::rename(temporary, path))
            return Error{ErrorCode::Unauthorized, tr("Cannot replace the credentials file %1.").arg(path), {}};
    }
    return {};
}

} // namespace lango::app
