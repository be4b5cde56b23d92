#include "routeros/routerprobe.h"

#include "routeros/apiconnection.h"
#include "routeros/menuops.h"
#include "routeros/sharedpromise.h"

#include <QElapsedTimer>
#include <QPointer>

#include <memory>

namespace lango::routeros {

namespace {

struct ProbeState
{
    QPointer<ApiConnection> connection;
    SharedPromise<ProbeResult> promise;
    ProbeResult result;
    CommandOptions options;
    QElapsedTimer timer;
    int left = 0;
};

void askDetails(const std::shared_ptr<ProbeState> &state)
{
    // Resources and clock together: one round trip.
    state->left = 2;
    const auto done = [state] {
        if (--state->left == 0) {
            state->result.legacyLogin = state->connection && state->connection->usedLegacyLogin();
            state->promise.finish(state->result);
        }
    };
    MenuOps::submit(state->connection, Command(u"/system/resource/print"), [state, done](const Result<Reply> &reply) {
        if (reply && !reply->items.isEmpty())
            state->result.resource = RouterResource::fromSentence(reply->items.first());
        else if (!reply && !state->result.error)
            state->result.error = reply.error();
        done();
    }, state->options);
    MenuOps::submit(state->connection, Command(u"/system/clock/print"), [state, done](const Result<Reply> &reply) {
        if (reply && !reply->items.isEmpty())
            state->result.clock = RouterClock::fromSentence(reply->items.first(), QDateTime::currentDateTimeUtc());
        else if (!reply && !state->result.error)
            state->result.error = reply.error();
        done();
    }, state->options);
}

void askIdentity(const std::shared_ptr<ProbeState> &state, bool measuring)
{
    state->timer.start();
    const bool wasReady = state->connection && state->connection->isReady();
    MenuOps::submit(state->connection, Command(u"/system/identity/print"),
                    [state, measuring, wasReady](const Result<Reply> &reply) {
        if (!reply) {
            state->result.error = reply.error();
            state->promise.finish(state->result);
            return;
        }
        state->result.identity = reply->items.isEmpty() ? QString() : reply->items.first().attribute("name");
        if (!wasReady && !measuring) {
            // That answer included connecting and logging in: time a second one.
            askIdentity(state, true);
            return;
        }
        state->result.rttMs = state->timer.elapsed();
        askDetails(state);
    }, state->options);
}

} // namespace

QFuture<ProbeResult> RouterProbe::run(ApiConnection *connection, int extraMs)
{
    auto state = std::make_shared<ProbeState>();
    state->connection = connection;
    if (connection)
        state->options.timeoutMs = connection->config().connectTimeoutMs + extraMs;
    askIdentity(state, false);
    return state->promise.future();
}

} // namespace lango::routeros
