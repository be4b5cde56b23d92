#pragma once

// A copyable handle on a QPromise, so a promise can ride inside the
// std::function reply handlers of ApiConnection (STYLE.md 2.7: one-shot
// requests return QFuture<Result<T>> made with QPromise).

#include <QFuture>
#include <QPromise>

#include <memory>

namespace lango::routeros {

template <typename T>
class SharedPromise final
{
public:
    SharedPromise() : m_state(std::make_shared<State>()) { m_state->promise.start(); }

    [[nodiscard]] QFuture<T> future() const { return m_state->promise.future(); }
    // Delivers the value once; later calls are ignored.
    void finish(T value) const
    {
        if (m_state->done)
            return;
        m_state->done = true;
        m_state->promise.addResult(std::move(value));
        m_state->promise.finish();
    }
    [[nodiscard]] bool isDone() const { return m_state->done; }

private:
    struct State
    {
        QPromise<T> promise;
        bool done = false;
    };
    std::shared_ptr<State> m_state;
};

} // namespace lango::routeros
