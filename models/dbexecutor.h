#pragma once

#include <QFuture>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <type_traits>
#include <utility>

namespace lango::models {

// Runs store calls off the calling thread (the GUI's) and hands back a
// QFuture; continue it with .then(widget, ...) to land in the GUI thread.
// Each pool thread keeps its own connection (Database is per thread), and
// threads never expire, so connections are reused.
class DbExecutor final
{
    Q_DISABLE_COPY_MOVE(DbExecutor)

public:
    explicit DbExecutor(int threads = 1)
    {
        m_pool.setMaxThreadCount(threads);
        m_pool.setExpiryTimeout(-1);
    }
    ~DbExecutor() { m_pool.waitForDone(); }

    template <typename Function>
    auto run(Function &&function) -> QFuture<std::invoke_result_t<std::decay_t<Function>>>
    {
        using R = std::invoke_result_t<std::decay_t<Function>>;
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        m_pool.start([promise, task = std::forward<Function>(function)]() mutable {
            promise->addResult(task());
            promise->finish();
        });
        return future;
    }

    // Blocks until queued work is done; for shutdown and tests only.
    void waitForDone() { m_pool.waitForDone(); }

private:
    QThreadPool m_pool;
};

} // namespace lango::models
