#pragma once

// Building blocks the typed APIs share: list a menu into records, run a
// command for success/failure, and the API form of the CLI's
// `<verb> [find property=value]` (print the ids, then act on them).

#include "routeros/apiconnection.h"
#include "routeros/sharedpromise.h"

#include <QPointer>

#include <functional>

namespace lango::routeros {

class MenuOps final
{
public:
    MenuOps() = delete;

    using CountHandler = std::function<void(const Result<int> &)>;

    // Runs `verb` (remove, enable, disable, set...) on every item of `menu`
    // whose `property` equals `value`; `extra` words (for set) are appended.
    // Reports how many items matched. A remove racing another remover
    // ("no such item") counts as done: removal is idempotent.
    static void applyWhere(ApiConnection *connection, const QString &menu, const QString &property,
                           const QString &value, const QString &verb, const QList<QByteArray> &extra,
                           CountHandler done);

    // A command whose reply only matters as success or failure.
    [[nodiscard]] static QFuture<Result<void>> run(ApiConnection *connection, const Command &command);
    // A command whose !done carries =ret= (add -> new .id).
    [[nodiscard]] static QFuture<Result<QString>> runForRet(ApiConnection *connection, const Command &command);

    // A print turned into records.
    template <typename T, typename Parse>
    [[nodiscard]] static QFuture<Result<QList<T>>> list(ApiConnection *connection, const Command &command, Parse parse)
    {
        SharedPromise<Result<QList<T>>> promise;
        submit(connection, command, [promise, parse](const Result<Reply> &reply) {
            if (!reply) {
                promise.finish(reply.error());
                return;
            }
            QList<T> out;
            out.reserve(reply->items.size());
            for (const Sentence &s : reply->items)
                out.append(parse(s));
            promise.finish(std::move(out));
        });
        return promise.future();
    }

    // The first record of a print, or nullopt.
    template <typename T, typename Parse>
    [[nodiscard]] static QFuture<Result<std::optional<T>>> first(ApiConnection *connection, const Command &command,
                                                                Parse parse)
    {
        SharedPromise<Result<std::optional<T>>> promise;
        submit(connection, command, [promise, parse](const Result<Reply> &reply) {
            if (!reply)
                promise.finish(reply.error());
            else if (reply->items.isEmpty())
                promise.finish(std::optional<T>());
            else
                promise.finish(std::optional<T>(parse(reply->items.first())));
        });
        return promise.future();
    }

    // submit() that tolerates a connection already deleted.
    static void submit(ApiConnection *connection, const Command &command, ApiConnection::ReplyHandler handler,
                       const CommandOptions &options = {});
};

} // namespace lango::routeros
