#pragma once

#include "app/core/error.h"
#include "app/core/paths.h"

#include <QFuture>
#include <QObject>

namespace lango::app {

// Where this computer keeps its own secrets (the office key, the database
// password, the callback token): LANGO_<KEY> environment variables first,
// then the credentials file named by [secrets] file (servers), then the OS
// keychain (desktops), then a private fallback file when no keychain service
// runs, with a notice that says so once. Never hangs on a missing keychain.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    struct Options
    {
        QString credentialsFile;   // [secrets] file; when set, the keychain is not used
        bool useKeychain = true;
        QString fallbackFile;      // private file used when the keychain is unavailable
        QString service = Paths::keychainService();
        int keychainTimeoutMs = 3000;
    };

    explicit SecretStore(Options options, QObject *parent = nullptr);
    ~SecretStore() override;

    // The secret, or an empty string when it is not set anywhere.
    [[nodiscard]] QFuture<Result<QString>> read(const QString &key);
    [[nodiscard]] QFuture<Result<void>> write(const QString &key, const QString &value);

    static QString environmentName(const QString &key);   // office_key -> LANGO_OFFICE_KEY
    static QString defaultFallbackFile();
    QString notice() const { return m_notice; }

Q_SIGNALS:
    // The keychain was unavailable and the fallback file is used instead.
    void noticeRaised(const QString &message);

private:
    Result<QString> readFile(const QString &path, const QString &key) const;
    QString keychainKey(const QString &key) const;
    void readKeychain(const QString &key, std::shared_ptr<class QPromise<Result<QString>>> promise);
    void writeKeychain(const QString &key, const QString &value, std::shared_ptr<class QPromise<Result<void>>> promise);
    void keychainUnavailable(const QString &why);

    Options m_options;
    bool m_keychainUsable = true;
    QString m_notice;
};

} // namespace lango::app
