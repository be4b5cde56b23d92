#pragma once

// Result<T, E>: a value or an error, never both (an expected-like type).
// Each layer names its own error type and aliases Result<T> to Result<T, Error>
// (STYLE.md 2.5). Default-constructed results hold a default error, so a
// Result can travel through QFuture and queued signals.

#include <QString>

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace lango {

// The common shape of every layer's error: a closed set of codes, a sentence
// people can act on, and the technical detail for the log.
template <typename Code>
struct BasicError
{
    Code code{};
    QString message;
    QString detail;
    int retryAfterSeconds = 0;   // > 0: when trying again may work (HTTP Retry-After)
};

template <typename T, typename E>
class [[nodiscard]] Result
{
    static_assert(!std::is_same_v<T, E>, "value and error types must differ");

public:
    Result() : m_state(std::in_place_index<1>, E{}) {}
    Result(const T &value) : m_state(std::in_place_index<0>, value) {}
    Result(T &&value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(const E &error) : m_state(std::in_place_index<1>, error) {}
    Result(E &&error) : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T &&operator*() && { return std::get<0>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

    const E &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, E> m_state;
};

template <typename E>
class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;  // success
    Result(const E &error) : m_error(error) {}
    Result(E &&error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const E &error() const { return *m_error; }

private:
    std::optional<E> m_error;
};

} // namespace lango
