#include "plenary/terminal.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <stdexcept>

namespace plenary {

ColorMode parse_color_mode(const std::string& text) {
    if (text == "auto") return ColorMode::auto_detect;
    if (text == "always") return ColorMode::always;
    if (text == "never") return ColorMode::never;
    throw std::invalid_argument("--color must be one of: always, auto, never (not '" + text + "')");
}

bool stdout_is_terminal() { return isatty(STDOUT_FILENO) == 1; }

bool use_color(ColorMode mode) {
    if (mode != ColorMode::auto_detect) return mode == ColorMode::always;
    const char* term = std::getenv("TERM");
    const char* no_color = std::getenv("NO_COLOR");
    return stdout_is_terminal() && !(term && std::string(term) == "dumb") && !(no_color && *no_color);
}

std::size_t terminal_width() {
    winsize size{};
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
    if (const char* columns = std::getenv("COLUMNS")) {
        char* end = nullptr;
        long value = std::strtol(columns, &end, 10);
        if (end != columns && value > 0) return static_cast<std::size_t>(value);
    }
    return 80;
}

} // namespace plenary
