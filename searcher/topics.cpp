#include "plenary/topics.h"

#include "plenary/files.h"
#include "plenary/strings.h"

#include <fmt/format.h>

#include <map>
#include <optional>
#include <system_error>

namespace plenary {

namespace fs = std::filesystem;

TopicError::TopicError(const fs::path& file, std::size_t line, const std::string& reason)
    : std::runtime_error(fmt::format("{}:{}: {}", file.string(), line, reason)) {}

namespace {


// Rejects ids a TREC run could not carry and ids given twice.
class IdChecker {
public:
    explicit IdChecker(const fs::path& file) : file_(file) {}

    void check(const Topic& topic) {
        if (topic.id.empty()) throw TopicError(file_, topic.line, "empty topic id");
        if (has_control_character(topic.id)) {
            throw TopicError(file_, topic.line, fmt::format("topic id '{}' contains a control character", printable(topic.id)));
        }
        if (topic.id.find_first_of(ascii_whitespace) != std::string::npos) {
            throw TopicError(file_, topic.line, fmt::format("topic id '{}' contains white space", printable(topic.id)));
        }
        if (topic.query.empty()) {
            throw TopicError(file_, topic.line, fmt::format("topic {} has an empty query", printable(topic.id)));
        }
        auto [first, inserted] = lines_.emplace(topic.id, topic.line);
        if (!inserted) {
            throw TopicError(file_, topic.line,
                             fmt::format("topic id {} repeated (first on line {})", printable(topic.id), first->second));
        }
    }

private:
    const fs::path& file_;
    std::map<std::string, std::size_t> lines_;
};

std::vector<Topic> parse_tsv(const std::vector<std::string_view>& lines, const fs::path& file) {
    std::vector<Topic> topics;
    IdChecker ids(file);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string_view line = lines[i];
        if (trim(line).empty() || line.front() == '#') continue;
        auto tab = line.find('\t');
        if (tab == std::string_view::npos) throw TopicError(file, i + 1, "expected qid<TAB>query");
        Topic topic{std::string(trim(line.substr(0, tab))), std::string(trim(line.substr(tab + 1))), i + 1};
        ids.check(topic);
        topics.push_back(std::move(topic));
    }
    return topics;
}

// The tag a line of a TREC topic file starts with ("top", "/top", "num", ...), or "".
std::string_view leading_tag(std::string_view line) {
    line = trim(line);
    if (line.size() < 3 || line.front() != '<') return {};
    auto close = line.find('>');
    if (close == std::string_view::npos) return {};
    return line.substr(1, close - 1);
}

// Text after a line's leading tag, without a closing tag and a "Number:"/"Topic:" label.
std::string_view tag_text(std::string_view line, std::string_view label) {
    line = trim(line);
    line = trim(line.substr(line.find('>') + 1));
    auto closing = line.find("</");
    if (closing != std::string_view::npos) line = trim(line.substr(0, closing));
    if (line.substr(0, label.size()) == label) line = trim(line.substr(label.size()));
    return line;
}

std::vector<Topic> parse_trec(const std::vector<std::string_view>& lines, const fs::path& file) {
    std::vector<Topic> topics;
    IdChecker ids(file);
    std::optional<Topic> open;  // the topic between <top> and </top>
    std::size_t top_line = 0;
    bool in_title = false;
    bool has_title = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string_view line = lines[i];
        std::string_view tag = leading_tag(line);
        if (!tag.empty()) in_title = false;
        if (tag == "top") {
            if (open) throw TopicError(file, i + 1, fmt::format("<top> inside the topic opened on line {}", top_line));
            open = Topic{};
            top_line = i + 1;
            has_title = false;
        } else if (tag == "/top") {
            if (!open) throw TopicError(file, i + 1, "</top> without <top>");
            if (open->id.empty()) throw TopicError(file, top_line, "topic without <num>");
            if (!has_title) throw TopicError(file, top_line, fmt::format("topic {} has no <title>", printable(open->id)));
            if (open->line == 0) open->line = top_line;
            ids.check(*open);
            topics.push_back(std::move(*open));
            open.reset();
        } else if (!open) {
            if (!trim(line).empty()) throw TopicError(file, i + 1, "text outside <top> ... </top>");
        } else if (tag == "num") {
            open->id = std::string(tag_text(line, "Number:"));
            if (open->id.empty()) throw TopicError(file, i + 1, "empty <num>");
        } else if (tag == "title") {
            open->query = std::string(tag_text(line, "Topic:"));
            open->line = i + 1;
            has_title = true;
            in_title = line.find("</title>") == std::string_view::npos;
        } else if (in_title && !trim(line).empty()) {
            // Old TREC titles continue on the next lines until the next tag.
            if (!open->query.empty()) open->query += ' ';
            open->query.append(trim(line));
        }
    }
    if (open) throw TopicError(file, top_line, "<top> is never closed by </top>");
    return topics;
}

} // namespace

std::vector<Topic> parse_topics(std::string_view text, const fs::path& file) {
    auto lines = split_lines(text);
    for (auto line : lines) {
        if (trim(line).empty()) continue;
        return leading_tag(line) == "top" ? parse_trec(lines, file) : parse_tsv(lines, file);
    }
    return {};
}

std::vector<Topic> read_topics(const fs::path& file) {
    std::string text;
    try {
        text = read_file(file);
    } catch (const FileReadError& unreadable) {
        throw std::runtime_error(fmt::format("cannot read topics file {}: {}", file.string(), unreadable.reason()));
    }
    auto topics = parse_topics(text, file);
    if (topics.empty()) throw TopicError(file, 1, "no topics in the file");
    return topics;
}

} // namespace plenary
