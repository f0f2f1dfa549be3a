// A malformed query, with the place of the problem.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace plenary {

// column is 1-based, in bytes of the query text.
class QueryError : public std::runtime_error {
public:
    QueryError(std::size_t column, const std::string& reason)
        : std::runtime_error("column " + std::to_string(column) + ": " + reason), column_(column), reason_(reason) {}
    std::size_t column() const { return column_; }
    const std::string& reason() const { return reason_; }

private:
    std::size_t column_;
    std::string reason_;
};

} // namespace plenary
