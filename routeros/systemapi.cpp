#include "routeros/systemapi.h"

#include "routeros/apiconnection.h"
#include "routeros/menuops.h"
#include "routeros/routererrors.h"

#include <memory>

namespace lango::routeros {

SystemApi::SystemApi(ApiConnection *connection, QObject *parent) : QObject(parent), m_connection(connection) {}

QFuture<Result<QString>> SystemApi::identity()
{
    SharedPromise<Result<QString>> promise;
    MenuOps::submit(m_connection, Command(u"/system/identity/print"), [promise](const Result<Reply> &reply) {
        if (!reply)
            promise.finish(reply.error());
        else
            promise.finish(reply->items.isEmpty() ? QString() : reply->items.first().attribute("name"));
    });
    return promise.future();
}

QFuture<Result<void>> SystemApi::setIdentity(const QString &name)
{
    return MenuOps::run(m_connection, Command(u"/system/identity/set").attr(u"name", name));
}

QFuture<Result<RouterResource>> SystemApi::resources()
{
    SharedPromise<Result<RouterResource>> promise;
    const QString router = m_connection ? m_connection->routerName() : QString();
    MenuOps::submit(m_connection, Command(u"/system/resource/print"), [promise, router](const Result<Reply> &reply) {
        if (!reply)
            promise.finish(reply.error());
        else if (reply->items.isEmpty())
            promise.finish(RouterErrors::protocol(router, QStringLiteral("/system/resource/print returned nothing")));
        else
            promise.finish(RouterResource::fromSentence(reply->items.first()));
    });
    return promise.future();
}

QFuture<Result<RouterClock>> SystemApi::clock()
{
    SharedPromise<Result<RouterClock>> promise;
    const QString router = m_connection ? m_connection->routerName() : QString();
    MenuOps::submit(m_connection, Command(u"/system/clock/print"), [promise, router](const Result<Reply> &reply) {
        if (!reply)
            promise.finish(reply.error());
        else if (reply->items.isEmpty())
            promise.finish(RouterErrors::protocol(router, QStringLiteral("/system/clock/print returned nothing")));
        else
            promise.finish(RouterClock::fromSentence(reply->items.first(), QDateTime::currentDateTimeUtc()));
    });
    return promise.future();
}

QFuture<Result<QList<SchedulerEntry>>> SystemApi::readSchedulers(const QString &name, const QString &prefix)
{
    // next-run is router wall time: read the clock alongside (pipelined) to
    // know its UTC offset and today's date for a bare "HH:MM:SS".
    struct State
    {
        std::optional<Result<Reply>> clock;
        std::optional<Result<Reply>> entries;
    };
    auto state = std::make_shared<State>();
    SharedPromise<Result<QList<SchedulerEntry>>> promise;
    const auto finish = [state, promise, prefix] {
        if (!state->clock || !state->entries)
            return;
        if (!*state->entries) {
            promise.finish(state->entries->error());
            return;
        }
        int offset = 0;
        QDate today;
        if (*state->clock && !(*state->clock)->items.isEmpty()) {
            const RouterClock clock =
                RouterClock::fromSentence((*state->clock)->items.first(), QDateTime::currentDateTimeUtc());
            offset = clock.utcOffsetSeconds;
            today = clock.routerTime.date();
        }
        QList<SchedulerEntry> out;
        for (const Sentence &s : (*state->entries)->items) {
            SchedulerEntry entry = SchedulerEntry::fromSentence(s, offset, today);
            if (entry.name.startsWith(prefix))
                out.append(std::move(entry));
        }
        promise.finish(std::move(out));
    };
    MenuOps::submit(m_connection, Command(u"/system/clock/print"), [state, finish](const Result<Reply> &reply) {
        state->clock = reply;
        finish();
    });
    Command print(u"/system/scheduler/print");
    if (!name.isEmpty())
        print.where(u"name", name);
    MenuOps::submit(m_connection, print, [state, finish](const Result<Reply> &reply) {
        state->entries = reply;
        finish();
    });
    return promise.future();
}

QFuture<Result<QList<SchedulerEntry>>> SystemApi::schedulers(const QString &prefix)
{
    return readSchedulers({}, prefix);
}

QFuture<Result<std::optional<SchedulerEntry>>> SystemApi::findScheduler(const QString &name)
{
    SharedPromise<Result<std::optional<SchedulerEntry>>> promise;
    readSchedulers(name, {}).then(this, [promise](const Result<QList<SchedulerEntry>> &entries) {
        if (!entries)
            promise.finish(entries.error());
        else
            promise.finish(entries->isEmpty() ? std::optional<SchedulerEntry>() : std::optional<SchedulerEntry>(entries->first()));
    });
    return promise.future();
}

QFuture<Result<QString>> SystemApi::addScheduler(const SchedulerEntry &entry)
{
    Command add(u"/system/scheduler/add");
    entry.addAttributes(add);
    return MenuOps::runForRet(m_connection, add);
}

QFuture<Result<QString>> SystemApi::replaceScheduler(const SchedulerEntry &entry)
{
    SharedPromise<Result<QString>> promise;
    QPointer<ApiConnection> connection = m_connection;
    MenuOps::applyWhere(connection, QStringLiteral("/system/scheduler"), QStringLiteral("name"), entry.name,
                        QStringLiteral("remove"), {}, [promise, connection, entry](const Result<int> &removed) {
        if (!removed) {
            promise.finish(removed.error());
            return;
        }
        Command add(u"/system/scheduler/add");
        entry.addAttributes(add);
        MenuOps::submit(connection, add, [promise](const Result<Reply> &reply) {
            promise.finish(reply ? Result<QString>(reply->ret) : Result<QString>(reply.error()));
        });
    });
    return promise.future();
}

QFuture<Result<bool>> SystemApi::removeScheduler(const QString &name)
{
    SharedPromise<Result<bool>> promise;
    MenuOps::applyWhere(m_connection, QStringLiteral("/system/scheduler"), QStringLiteral("name"), name,
                        QStringLiteral("remove"), {}, [promise](const Result<int> &count) {
                            promise.finish(count ? Result<bool>(*count > 0) : Result<bool>(count.error()));
                        });
    return promise.future();
}

QFuture<Result<QList<RouterFile>>> SystemApi::files()
{
    return MenuOps::list<RouterFile>(m_connection, Command(u"/file/print"), &RouterFile::fromSentence);
}

QFuture<Result<void>> SystemApi::putFile(const QString &name, const QString &contents)
{
    SharedPromise<Result<void>> promise;
    QPointer<ApiConnection> connection = m_connection;
    MenuOps::submit(connection, Command(u"/file/print").where(u"name", name).proplist({QStringLiteral(".id")}),
                    [promise, connection, name, contents](const Result<Reply> &reply) {
        if (!reply) {
            promise.finish(reply.error());
            return;
        }
        // v7 has /file/add; older routers only set contents of an existing file.
        Command command = reply->items.isEmpty()
            ? Command(u"/file/add").attr(u"name", name).attr(u"contents", contents)
            : Command(u"/file/set").id(reply->items.first().attribute(".id")).attr(u"contents", contents);
        MenuOps::submit(connection, command, [promise](const Result<Reply> &done) {
            promise.finish(done ? Result<void>() : Result<void>(done.error()));
        });
    });
    return promise.future();
}

} // namespace lango::routeros
