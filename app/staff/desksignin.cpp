#include "app/staff/desksignin.h"

#include "app/core/logging.h"
#include "app/staff/staffadmin.h"
#include "models/officeroles.h"

namespace lango::app {

namespace {

Error wrongLogin()
{
    return Error{ErrorCode::Unauthorized, DeskSignIn::tr("Wrong username or password."), {}};
}

} // namespace

models::DatabaseUrl DeskSignIn::urlFor(const models::DatabaseUrl &office, const QString &username)
{
    models::DatabaseUrl url = office;
    url.user = models::OfficeRoles::loginRole(office.name, username.trimmed().toLower());
    return url;
}

Result<DeskSignIn::Opened> DeskSignIn::asPerson(const models::DatabaseUrl &url, const QString &username, const QString &password,
                                                const QString &officeKey, const models::Clock &clock)
{
    Office::OpenOptions options;
    options.url = urlFor(url, username);
    options.databasePassword = password;
    options.officeKey = officeKey;
    options.mayCreateOfficeKey = false;   // a new office is made by its owner, not at a desk
    options.migrate = false;              // the server (the owner) migrates
    auto office = Office::open(options, clock);
    if (!office) {
        if (office.error().detail.contains(QLatin1String("password authentication failed"))
            || office.error().detail.contains(QLatin1String("does not exist"))
            || office.error().detail.contains(QLatin1String("not permitted to log in")))
            return wrongLogin();
        return office.error();
    }
    auto member = (*office)->staff.signedIn();
    if (!member)
        return fromModels(member.error());
    if (!member->has_value())
        return wrongLogin();
    (void)(*office)->staff.noteSignIn((*member)->id);
    (void)(*office)->audit.record({0, 0, (*member)->id, StaffAdmin::actorFor(**member), QStringLiteral("staff.login"),
                                   QStringLiteral("staff"), (*member)->id, tr("signed in at a desk")});
    return Opened{std::move(*office), **member, false};
}

Result<DeskSignIn::Opened> DeskSignIn::upgrade(const models::DatabaseUrl &url, const QString &sharedPassword, const QString &username,
                                               const QString &password, const QString &officeKey, const models::Clock &clock)
{
    Office::OpenOptions shared;
    shared.url = url;
    shared.databasePassword = sharedPassword;
    shared.officeKey = officeKey;
    shared.mayCreateOfficeKey = false;
    auto owner = Office::open(shared, clock);
    if (!owner)
        return owner.error();
    if (!(*owner)->roles().enforced)
        return Error{ErrorCode::Unavailable, (*owner)->roles().why, {}};
    auto member = StaffAdmin(**owner).signIn(username, password);
    if (!member)
        return member.error();
    if (auto login = models::OfficeRoles::setLogin((*owner)->db(), member->id, password); !login)
        return fromModels(login.error());
    qCInfo(lcApp).noquote() << "made the database login of" << member->username << "at this desk";
    owner->reset();   // the shared login is not used again
    auto opened = asPerson(url, username, password, officeKey, clock);
    if (opened)
        opened->loginMade = true;
    return opened;
}

} // namespace lango::app
