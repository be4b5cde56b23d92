#include "routeros/menuops.h"

#include "routeros/routererrors.h"

namespace lango::routeros {

void MenuOps::submit(ApiConnection *connection, const Command &command, ApiConnection::ReplyHandler handler,
                     const CommandOptions &options)
{
    if (!connection) {
        handler(RouterErrors::notConnected(QString(), QStringLiteral("the router connection was removed")));
        return;
    }
    connection->submit(command, std::move(handler), options);
}

void MenuOps::applyWhere(ApiConnection *connection, const QString &menu, const QString &property,
                         const QString &value, const QString &verb, const QList<QByteArray> &extra,
                         CountHandler done)
{
    QPointer<ApiConnection> guard(connection);
    Command find(QString(menu + QStringLiteral("/print")));
    find.where(property, value).proplist({QStringLiteral(".id")});
    submit(connection, find, [guard, menu, verb, extra, done](const Result<Reply> &reply) {
        if (!reply) {
            done(reply.error());
            return;
        }
        QStringList ids;
        for (const Sentence &s : reply->items)
            ids.append(s.attribute(".id"));
        if (ids.isEmpty()) {
            done(0);
            return;
        }
        Command act(QString(menu + QLatin1Char('/') + verb));
        act.attr(u"numbers", ids.join(QLatin1Char(',')));
        for (const QByteArray &w : extra)
            act.word(w);
        const int count = static_cast<int>(ids.size());
        const bool removing = verb == QLatin1String("remove");
        submit(guard, act, [done, count, removing](const Result<Reply> &result) {
            if (!result && !(removing && result.error().code == ErrorCode::NotFound))
                done(result.error());
            else
                done(count);
        });
    });
}

QFuture<Result<void>> MenuOps::run(ApiConnection *connection, const Command &command)
{
    SharedPromise<Result<void>> promise;
    submit(connection, command, [promise](const Result<Reply> &reply) {
        promise.finish(reply ? Result<void>() : Result<void>(reply.error()));
    });
    return promise.future();
}

QFuture<Result<QString>> MenuOps::runForRet(ApiConnection *connection, const Command &command)
{
    SharedPromise<Result<QString>> promise;
    submit(connection, command, [promise](const Result<Reply> &reply) {
        promise.finish(reply ? Result<QString>(reply->ret) : Result<QString>(reply.error()));
    });
    return promise.future();
}

} // namespace lango::routeros
