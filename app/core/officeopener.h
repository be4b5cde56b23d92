#pragma once

#include "app/core/error.h"
#include "app/core/office.h"
#include "app/core/secretstore.h"

#include <QFuture>
#include <QObject>

#include <functional>
#include <memory>

namespace lango::app {

// Opens the office the same way for every face (desktop, headless, CLI):
// this computer's office key (a key typed at a desk's first run wins and is
// kept), the database password for PostgreSQL, then the database opened and
// migrated on the thread the office will live on, then a newly made office
// key kept with this computer's secrets. When that key cannot be kept, its
// proof is removed again, so the next start makes a key instead of locking
// this computer out of its own database.
//
// Asynchronous: the keychain answers later, and a desk must never wait for
// it. Continuations run on the opener's thread, so it must have an event
// loop; openOfficeWaiting() (core/startup.h) waits for it where nothing else
// needs the thread.
class OfficeOpener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfficeOpener)

public:
    // Runs work on the thread the office's connection belongs to: inline for
    // the CLI and the server, the database executor for a desk.
    using OnOfficeThread = std::function<QFuture<void>(std::function<void()>)>;
    static OnOfficeThread inlineThread();

    struct Secrets
    {
        QString officeKey;          // empty: none here yet (a new database makes one)
        QString databasePassword;   // PostgreSQL's, or empty
    };

    struct Opened
    {
        std::unique_ptr<Office> office;
        // A shared office with staff roles and staff: people sign in as
        // themselves (only asked for when Options::countStaff is set).
        bool hasStaff = false;
    };

    struct Options
    {
        bool migrate = true;
        bool countStaff = false;
    };

    OfficeOpener(SecretStore &secrets, const models::Clock &clock, OnOfficeThread onOfficeThread,
                 QObject *parent = nullptr);

    // This computer's secrets for the database at `url`. A non-empty
    // `officeKeyHint` (typed by a person) is kept and used instead of the
    // stored key.
    [[nodiscard]] QFuture<Result<Secrets>> readSecrets(const models::DatabaseUrl &url, const QString &officeKeyHint = {});
    // Opens with secrets already read, and keeps a newly made office key.
    [[nodiscard]] QFuture<Result<std::shared_ptr<Opened>>> open(const models::DatabaseUrl &url, const Secrets &secrets,
                                                               Options options);
    // Both steps.
    [[nodiscard]] QFuture<Result<std::shared_ptr<Opened>>> open(const models::DatabaseUrl &url, Options options);

private:
    SecretStore &m_secrets;
    const models::Clock &m_clock;
    OnOfficeThread m_onOfficeThread;
};

} // namespace lango::app
