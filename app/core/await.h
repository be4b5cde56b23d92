#pragma once

#include <QEventLoop>
#include <QFuture>
#include <QPromise>

#include <memory>

namespace lango::app {

// Waits for a future where nothing else needs the thread meanwhile: the CLI
// and the start of a server, before any face is up. Never on the GUI thread.
template <typename T>
T await(QFuture<T> future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        auto watcher = future.then([&loop](T value) {
            QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
            return value;
        });
        loop.exec();
        return watcher.result();
    }
    return future.result();
}

// A promise that chained callbacks hand along and the last one keeps: the
// future it gives finishes when finish() is called, once.
template <typename T>
class SharedPromise final
{
public:
    SharedPromise() : m_promise(std::make_shared<QPromise<T>>()) { m_promise->start(); }
    QFuture<T> future() const { return m_promise->future(); }
    void finish(T value) const
    {
        m_promise->addResult(std::move(value));
        m_promise->finish();
    }

private:
    std::shared_ptr<QPromise<T>> m_promise;
};

} // namespace lango::app
