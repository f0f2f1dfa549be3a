// Facts about where output goes: colour choice and terminal width.
#pragma once

#include <cstddef>
#include <string>

namespace plenary {

enum class ColorMode { auto_detect, always, never };

// "auto", "always" or "never"; throws std::invalid_argument naming the valid values.
ColorMode parse_color_mode(const std::string& text);

// always: yes; never: no; auto: stdout is a terminal, TERM is not "dumb" and
// NO_COLOR is unset.
bool use_color(ColorMode mode);

bool stdout_is_terminal();

// Columns of the terminal on stdout, else $COLUMNS, else 80.
std::size_t terminal_width();

} // namespace plenary
