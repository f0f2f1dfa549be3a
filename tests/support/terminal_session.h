// Running a tool as a user at a terminal does: in a pseudo-terminal of a given size (through
// script(1)), and reading what the tools print.
#pragma once

#include <nlohmann/json.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "test_support.h"

namespace plenary::testing {

// Runs a shell command line in a pseudo-terminal of columns × rows and returns what it printed
// there (stdout and stderr, "\r\n" turned into "\n"). The pager is off unless environment sets
// PLENARY_PAGER; environment is a prefix of VAR=value words.
inline CommandResult run_in_terminal(const std::string& command_line, int columns, int rows = 1000,
                                     const std::string& environment = "PLENARY_PAGER=cat") {
    std::string inner = "stty cols " + std::to_string(columns) + " rows " + std::to_string(rows) + "; " + environment + " " +
                        command_line;
    CommandResult result = run("script -qec " + quote(inner) + " /dev/null");
    std::string text;
    for (char c : result.out) {
        if (c != '\r') text += c;
    }
    result.out = text;
    return result;
}

inline std::vector<nlohmann::json> json_lines(const std::string& out) {
    std::vector<nlohmann::json> lines;
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
    return lines;
}

inline std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// Code points of UTF-8 text (bytes that are not continuation bytes).
inline std::size_t code_points(const std::string& text) {
    std::size_t count = 0;
    for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

} // namespace plenary::testing
