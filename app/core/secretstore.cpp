#include "app/core/secretstore.h"

#include "app/core/credentialsfile.h"
#include "app/core/logging.h"
#include "app/core/paths.h"

#include <QFileInfo>
#include <QPromise>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace lango::app {

SecretStore::SecretStore(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    if (m_options.fallbackFile.isEmpty())
        m_options.fallbackFile = defaultFallbackFile();
    m_keychainUsable = m_options.useKeychain && m_options.credentialsFile.isEmpty();
}

SecretStore::~SecretStore() = default;

QString SecretStore::environmentName(const QString &key)
{
    return QStringLiteral("LANGO_") + key.toUpper();
}

QString SecretStore::keychainKey(const QString &key) const
{
    // QtKeychain's Windows backend names an entry by its key alone, so a
    // second copy (LANGO_HOME) puts its service in the key as well.
    return m_options.service == QLatin1String("lango") ? key : m_options.service + QLatin1Char('/') + key;
}

QString SecretStore::defaultFallbackFile()
{
    return Paths::configDir() + QStringLiteral("/credentials");
}

Result<QString> SecretStore::readFile(const QString &path, const QString &key) const
{
    if (path.isEmpty())
        return QString();
    auto values = CredentialsFile::read(path);
    if (!values)
        return values.error();
    return values->value(key);
}

QFuture<Result<QString>> SecretStore::read(const QString &key)
{
    const QString fromEnvironment = qEnvironmentVariable(qPrintable(environmentName(key)));
    if (!fromEnvironment.isEmpty())
        return QtFuture::makeReadyFuture<Result<QString>>(fromEnvironment);
    if (!m_options.credentialsFile.isEmpty())
        return QtFuture::makeReadyFuture(readFile(m_options.credentialsFile, key));
    if (!m_keychainUsable) {
        if (!QFileInfo::exists(m_options.fallbackFile))
            return QtFuture::makeReadyFuture<Result<QString>>(QString());
        return QtFuture::makeReadyFuture(readFile(m_options.fallbackFile, key));
    }
    auto promise = std::make_shared<QPromise<Result<QString>>>();
    promise->start();
    auto future = promise->future();
    readKeychain(key, promise);
    return future;
}

void SecretStore::readKeychain(const QString &key, std::shared_ptr<QPromise<Result<QString>>> promise)
{
    auto *job = new QKeychain::ReadPasswordJob(m_options.service, this);
    job->setAutoDelete(false);
    job->setKey(keychainKey(key));
    auto finished = std::make_shared<bool>(false);
    // Fall back to the private file: used when the keychain is unavailable,
    // and read as well when the keychain simply has no entry (the secret may
    // have been written there while the keychain was down).
    auto fallback = [this, key, promise] {
        promise->addResult(QFileInfo::exists(m_options.fallbackFile) ? readFile(m_options.fallbackFile, key) : Result<QString>(QString()));
        promise->finish();
    };
    connect(job, &QKeychain::Job::finished, this, [this, job, promise, finished, fallback] {
        if (*finished)
            return;
        *finished = true;
        job->deleteLater();
        switch (job->error()) {
        case QKeychain::NoError:
            promise->addResult(job->textData());
            promise->finish();
            return;
        case QKeychain::EntryNotFound:
            fallback();
            return;
        default:
            keychainUnavailable(job->errorString());
            fallback();
        }
    });
    QTimer::singleShot(m_options.keychainTimeoutMs, this, [this, finished, fallback] {
        if (*finished)
            return;
        *finished = true;
        keychainUnavailable(tr("the keychain did not answer within %1 s").arg(m_options.keychainTimeoutMs / 1000));
        fallback();
    });
    job->start();
}

QFuture<Result<void>> SecretStore::write(const QString &key, const QString &value)
{
    if (!m_options.credentialsFile.isEmpty())
        return QtFuture::makeReadyFuture(CredentialsFile::write(m_options.credentialsFile, key, value));
    if (!m_keychainUsable)
        return QtFuture::makeReadyFuture(CredentialsFile::write(m_options.fallbackFile, key, value));
    auto promise = std::make_shared<QPromise<Result<void>>>();
    promise->start();
    auto future = promise->future();
    writeKeychain(key, value, promise);
    return future;
}

void SecretStore::writeKeychain(const QString &key, const QString &value, std::shared_ptr<QPromise<Result<void>>> promise)
{
    auto *job = new QKeychain::WritePasswordJob(m_options.service, this);
    job->setAutoDelete(false);
    job->setKey(keychainKey(key));
    job->setTextData(value);
    auto finished = std::make_shared<bool>(false);
    auto fallback = [this, key, value, promise] {
        promise->addResult(CredentialsFile::write(m_options.fallbackFile, key, value));
        promise->finish();
    };
    connect(job, &QKeychain::Job::finished, this, [this, job, key, value, promise, finished, fallback] {
        if (*finished)
            return;
        job->deleteLater();
        if (job->error() != QKeychain::NoError) {
            *finished = true;
            keychainUnavailable(job->errorString());
            fallback();
            return;
        }
        // Read back before trusting it: a keychain that stores something
        // else (Wine's keeps 3 bytes of a 44-character key) would lose the
        // office key without a word.
        auto *check = new QKeychain::ReadPasswordJob(m_options.service, this);
        check->setAutoDelete(true);
        check->setKey(keychainKey(key));
        connect(check, &QKeychain::Job::finished, this, [this, check, key, value, promise, finished, fallback] {
            if (*finished)
                return;
            *finished = true;
            if (check->error() == QKeychain::NoError && check->textData() == value) {
                promise->addResult(Result<void>());
                promise->finish();
                return;
            }
            auto *remove = new QKeychain::DeletePasswordJob(m_options.service, this);
            remove->setKey(keychainKey(key));
            remove->start();
            keychainUnavailable(tr("the keychain did not give back what was stored in it"));
            fallback();
        });
        check->start();
    });
    QTimer::singleShot(m_options.keychainTimeoutMs, this, [this, finished, fallback] {
        if (*finished)
            return;
        *finished = true;
        keychainUnavailable(tr("the keychain did not answer within %1 s").arg(m_options.keychainTimeoutMs / 1000));
        fallback();
    });
    job->start();
}

void SecretStore::keychainUnavailable(const QString &why)
{
    if (!m_keychainUsable)
        return;
    m_keychainUsable = false;
    m_notice = tr("No keychain service is available (%1). Lango keeps this computer's secrets in %2, readable only by you.")
                   .arg(why, m_options.fallbackFile);
    // Said once: when the fallback file already holds secrets, the user has
    // been told before.
    if (QFileInfo::exists(m_options.fallbackFile))
        qCDebug(lcApp).noquote() << m_notice;
    else
        qCInfo(lcApp).noquote() << m_notice;
    Q_EMIT noticeRaised(m_notice);
}

} // namespace lango::app
