// Text wrapped for a terminal at word boundaries, colour codes and all.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <utility>

namespace plenary {

struct Indent {
    std::string text;  // maybe coloured
    std::size_t width;
};

// Writes pieces of text separated by spaces, starting a new line before a piece that would
// cross the width, so nothing is cut mid-word by the terminal.
class LineWrapper {
public:
    LineWrapper(std::ostream& out, std::size_t width, const Indent& first, Indent next)
        : out_(out), width_(width), indent_(std::move(next)), line_(first.text), line_width_(first.width),
          start_width_(first.width) {}

    void add(const std::string& rendered, std::size_t visible, std::size_t spaces_before = 1) {
        if (line_width_ > start_width_ && line_width_ + spaces_before + visible > width_) {
            out_ << line_ << '\n';
            line_ = indent_.text;
            line_width_ = start_width_ = indent_.width;
        }
        if (line_width_ > start_width_) {
            line_.append(spaces_before, ' ');
            line_width_ += spaces_before;
        }
        line_ += rendered;
        line_width_ += visible;
    }

    void finish() { out_ << line_ << '\n'; }

private:
    std::ostream& out_;
    std::size_t width_;
    Indent indent_;
    std::string line_;
    std::size_t line_width_;
    std::size_t start_width_;
};

} // namespace plenary
