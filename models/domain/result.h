#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Domain {

// What went wrong, in words a user can act on. Kind lets callers react (a conflict is offered
// a reload, a validation error points at a field); message is already translated.
struct Error
{
    enum class Kind {
        Invalid,   // the input breaks a rule; nothing was written
        NotFound,  // the entity does not exist (any more)
        Conflict,  // someone else changed or created it first; nothing was overwritten
        Database,  // the database refused or failed
        Format,    // a file is not in the expected format
        Io,        // a file could not be read or written
        Transient, // another program's work at the same time got in the way; trying again may do
    };

    Kind kind = Kind::Invalid;
    QString message;
};

// Either a value or an Error. Failures travel as values so that no caller can mistake a
// failed read for an empty one.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

// For reading several results in a row: moves the value into target and returns true, or keeps
// the error in failure and returns false, so reads chain with &&.
template <typename T>
bool take(Result<T> &&result, T &target, Error &failure)
{
    if (!result) {
        failure = result.error();
        return false;
    }
    target = std::move(result).value();
    return true;
}

} // namespace Domain
