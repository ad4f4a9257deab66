// SPDX-License-Identifier: MIT
#pragma once
// A small subset of std::expected (not in GCC 12's C++20): a value or an Error.
#include <string>
#include <utility>
#include <variant>

namespace sputnik {

/// What went wrong, in the terms the exit code documents (see README "Exit codes").
enum class ErrorCode {
  no_match = 1,   ///< a query matched nothing
  usage = 2,      ///< the user's arguments or query are malformed
  data = 3,       ///< the kb failed validation
  catalog = 4,    ///< the catalog is missing, corrupt, locked or of another version
  io = 5,         ///< a file could not be read or written
  internal = 70,  ///< a bug
};

/// An error with a message (what happened) and a hint (what the user can do about it).
struct Error {
  ErrorCode code = ErrorCode::internal;
  std::string message;
  std::string hint;
};

template <class T>
class [[nodiscard]] Result {
 public:
  using value_type = T;

  Result(T value) : state_(std::move(value)) {}  // NOLINT: implicit like std::expected
  Result(Error error) : state_(std::move(error)) {}

  bool has_value() const { return state_.index() == 0; }
  explicit operator bool() const { return has_value(); }
  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

/// Result<void>: success, or an Error.
template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::move(error)), ok_(false) {}
  bool has_value() const { return ok_; }
  explicit operator bool() const { return ok_; }
  const Error& error() const { return error_; }

 private:
  Error error_;
  bool ok_ = true;
};

using Status = Result<void>;

inline Error make_error(ErrorCode code, std::string message, std::string hint = {}) {
  return Error{code, std::move(message), std::move(hint)};
}

}  // namespace sputnik
