#include "plenary/topics.h"

#include "plenary/files.h"
#include "plenary/strings.h"

#include <fmt/format.h>

#include <cctype>
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

// A TREC topic file as the tags in it, each with the text up to the next tag.
struct TaggedText {
    std::string tag;         // lowercased: "top", "/top", "num", "title", "desc", ...
    std::string_view text;   // up to the next tag
    std::size_t line = 0;    // of the tag
};

// Where a tag starts at text[at] ('<', an optional '/', letters, '>'), its length; else 0.
std::size_t tag_length(std::string_view text, std::size_t at) {
    std::size_t end = at + 1;
    if (end < text.size() && text[end] == '/') ++end;
    const std::size_t name = end;
    while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
    return end > name && end < text.size() && text[end] == '>' ? end + 1 - at : 0;
}

// The tags of text in order; what comes before the first one is left out (a topic file read as
// TREC starts with <top>).
std::vector<TaggedText> tagged_texts(std::string_view text) {
    std::vector<TaggedText> tagged;
    std::size_t line = 1;
    std::size_t text_start = 0;
    for (std::size_t at = 0; at < text.size(); ++at) {
        if (text[at] == '\n') ++line;
        if (text[at] != '<') continue;
        const std::size_t length = tag_length(text, at);
        if (length == 0) continue;
        if (!tagged.empty()) tagged.back().text = text.substr(text_start, at - text_start);
        tagged.push_back({lowercase_ascii(text.substr(at + 1, length - 2)), {}, line});
        text_start = at + length;
        at += length - 1;
    }
    if (!tagged.empty()) tagged.back().text = text.substr(text_start);
    return tagged;
}

// The tag's text with its white space runs as single spaces, without a "Number:"/"Topic:" label.
std::string tag_text(std::string_view text, std::string_view label) {
    std::string words;
    for (char c : trim(text)) {
        const bool space = ascii_whitespace.find(c) != std::string_view::npos;
        if (!space) words += c;
        else if (!words.empty() && words.back() != ' ') words += ' ';
    }
    if (lowercase_ascii(std::string_view(words).substr(0, label.size())) == lowercase_ascii(label)) words = trim(std::string_view(words).substr(label.size()));
    return words;
}

// The line where text's first non-blank character is, text starting on line `line`.
std::size_t first_text_line(std::string_view text, std::size_t line) {
    for (char c : text.substr(0, text.find_first_not_of(ascii_whitespace))) line += c == '\n';
    return line;
}

// TREC topics: <top>, <num> (Number: 401), <title> (Topic: ...; continued on the next lines up to
// the next tag), any other tag's text ignored; tags in any case, on lines of their own or not.
std::vector<Topic> parse_trec(std::string_view text, const fs::path& file) {
    std::vector<Topic> topics;
    IdChecker ids(file);
    std::optional<Topic> open;  // the topic between <top> and </top>
    std::size_t top_line = 0;
    bool has_title = false;
    for (const auto& [tag, content, line] : tagged_texts(text)) {
        if (tag == "top") {
            if (open) throw TopicError(file, line, fmt::format("<top> inside the topic opened on line {}", top_line));
            open = Topic{};
            top_line = line;
            has_title = false;
        } else if (tag == "/top") {
            if (!open) throw TopicError(file, line, "</top> without <top>");
            if (open->id.empty()) throw TopicError(file, top_line, "topic without <num>");
            if (!has_title) throw TopicError(file, top_line, fmt::format("topic {} has no <title>", printable(open->id)));
            ids.check(*open);
            topics.push_back(std::move(*open));
            open.reset();
        } else if (!open) {
            throw TopicError(file, line, fmt::format("<{}> outside <top> ... </top>", tag));
        } else if (tag == "num") {
            open->id = tag_text(content, "Number:");
            if (open->id.empty()) throw TopicError(file, line, "empty <num>");
        } else if (tag == "title") {
            open->query = tag_text(content, "Topic:");
            open->line = line;
            has_title = true;
        }
        if (!open && !trim(content).empty()) {
            throw TopicError(file, first_text_line(content, line), "text outside <top> ... </top>");
        }
    }
    if (open) throw TopicError(file, top_line, "<top> is never closed by </top>");
    return topics;
}

bool starts_trec_topic(std::string_view line) { return lowercase_ascii(trim(line)).starts_with("<top>"); }

} // namespace

std::vector<Topic> parse_topics(std::string_view text, const fs::path& file) {
    text = without_byte_order_mark(text);
    auto lines = split_lines(text);
    for (auto line : lines) {
        if (trim(line).empty()) continue;
        return starts_trec_topic(line) ? parse_trec(text, file) : parse_tsv(lines, file);
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
