#include "app/core/officeopener.h"

#include "app/core/await.h"
#include "app/core/logging.h"

namespace lango::app {

namespace {
const QString kOfficeKey = QStringLiteral("office_key");
const QString kDatabasePassword = QStringLiteral("database_password");
} // namespace

OfficeOpener::OnOfficeThread OfficeOpener::inlineThread()
{
    return [](std::function<void()> work) {
        work();
        return QtFuture::makeReadyFuture();
    };
}

OfficeOpener::OfficeOpener(SecretStore &secrets, const models::Clock &clock, OnOfficeThread onOfficeThread, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_clock(clock)
    , m_onOfficeThread(std::move(onOfficeThread))
{
}

QFuture<Result<OfficeOpener::Secrets>> OfficeOpener::readSecrets(const models::DatabaseUrl &url, const QString &officeKeyHint)
{
    SharedPromise<Result<Secrets>> done;
    const bool postgres = url.backend == models::Backend::Postgres;
    auto readPassword = [this, done, postgres](QString officeKey) {
        if (!postgres) {
            done.finish(Secrets{officeKey, {}});
            return;
        }
        m_secrets.read(kDatabasePassword).then(this, [done, officeKey](Result<QString> password) {
            if (!password)
                done.finish(password.error());
            else
                done.finish(Secrets{officeKey, *password});
        });
    };
    if (!officeKeyHint.isEmpty()) {
        // A key typed at the desk wins; keep it for the next start (unsaved,
        // it still opens the office now, and the desk asks again next time).
        m_secrets.write(kOfficeKey, officeKeyHint).then(this, [readPassword, officeKeyHint](Result<void> kept) {
            if (!kept)
                qCWarning(lcApp).noquote() << "the office key typed here could not be saved:" << kept.error().message;
            readPassword(officeKeyHint);
        });
        return done.future();
    }
    m_secrets.read(kOfficeKey).then(this, [done, readPassword](Result<QString> key) {
        if (!key)
            done.finish(key.error());
        else
            readPassword(*key);
    });
    return done.future();
}

QFuture<Result<std::shared_ptr<OfficeOpener::Opened>>> OfficeOpener::open(const models::DatabaseUrl &url,
                                                                          const Secrets &secrets, Options options)
{
    SharedPromise<Result<std::shared_ptr<Opened>>> done;
    auto opened = std::make_shared<Opened>();
    auto error = std::make_shared<Error>();
    Office::OpenOptions openOptions;
    openOptions.url = url;
    openOptions.officeKey = secrets.officeKey;
    openOptions.databasePassword = secrets.databasePassword;
    openOptions.migrate = options.migrate;
    const models::Clock &clock = m_clock;
    m_onOfficeThread([openOptions, options, opened, error, &clock] {
        auto office = Office::open(openOptions, clock);
        if (!office) {
            *error = office.error();
            return;
        }
        opened->office = std::move(*office);
        if (options.countStaff && !opened->office->db().isSqlite() && opened->office->roles().enforced) {
            auto staff = opened->office->staff.count();
            opened->hasStaff = staff && *staff > 0;
        }
    }).then(this, [this, done, opened, error, url] {
        if (!opened->office) {
            done.finish(*error);
            return;
        }
        const QString generated = opened->office->generatedOfficeKey();
        if (generated.isEmpty()) {
            done.finish(opened);
            return;
        }
        m_secrets.write(kOfficeKey, generated).then(this, [this, done, opened, url](Result<void> stored) {
            if (stored) {
                qCInfo(lcApp) << "created a new office key for" << url.toString();
                done.finish(opened);
                return;
            }
            const Error unsaved{ErrorCode::Unavailable,
                                Office::tr("A new office key was made for this database but could not be saved: %1")
                                    .arg(stored.error().message),
                                stored.error().detail};
            // Forget the new key's proof, so the next start makes a key
            // again instead of locking this computer out of its database.
            m_onOfficeThread([opened] {
                (void)opened->office->settings.remove(QStringLiteral("office_key_check"));
                opened->office.reset();
            }).then(this, [done, unsaved] { done.finish(unsaved); });
        });
    });
    return done.future();
}

QFuture<Result<std::shared_ptr<OfficeOpener::Opened>>> OfficeOpener::open(const models::DatabaseUrl &url, Options options)
{
    SharedPromise<Result<std::shared_ptr<Opened>>> done;
    readSecrets(url).then(this, [this, done, url, options](Result<Secrets> secrets) {
        if (!secrets) {
            done.finish(secrets.error());
            return;
        }
        open(url, *secrets, options).then(this, [done](Result<std::shared_ptr<Opened>> opened) { done.finish(opened); });
    });
    return done.future();
}

} // namespace lango::app
