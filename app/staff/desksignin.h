#pragma once

#include "app/core/error.h"
#include "app/core/office.h"

#include <QCoreApplication>

#include <memory>

namespace lango::app {

// Signing a person in at a desk of a shared office (PostgreSQL with staff
// roles): the desk connects to the database as that person's own login, so
// the database, not the desk, decides what they may do. Blocking: run it on
// the desk's database thread.
class DeskSignIn final
{
    Q_DECLARE_TR_FUNCTIONS(DeskSignIn)

public:
    struct Opened
    {
        std::unique_ptr<Office> office;
        models::StaffMember member;
        bool loginMade = false;   // the upgrade made this person's database login now
    };

    DeskSignIn() = delete;

    // The database URL with this person's login as its user.
    [[nodiscard]] static models::DatabaseUrl urlFor(const models::DatabaseUrl &office, const QString &username);

    // Opens the office as this person. Wrong names and passwords get one
    // message, so a guesser learns nothing.
    [[nodiscard]] static Result<Opened> asPerson(const models::DatabaseUrl &url, const QString &username, const QString &password,
                                                 const QString &officeKey, const models::Clock &clock);

    // A desk that still holds the office's shared database password, from
    // before staff roles: checks the person's Lango password, makes their
    // own database login with it, and opens as them. The desk then forgets
    // the shared password.
    [[nodiscard]] static Result<Opened> upgrade(const models::DatabaseUrl &url, const QString &sharedPassword, const QString &username,
                                                const QString &password, const QString &officeKey, const models::Clock &clock);
};

} // namespace lango::app
