#include "plenary/vocabulary.h"

#include <fmt/format.h>

#include <algorithm>

#include "plenary/embedded_files.h"
#include "plenary/files.h"
#include "plenary/strings.h"

namespace plenary {

namespace {

std::string_view trimmed(std::string_view text) { return trim(text, " \t\r"); }

class Parser {
public:
    Parser(std::string_view source, Analyzer& analyzer) : source_(source), analyzer_(analyzer) {}

    void line(std::string_view text, std::size_t number, Vocabulary& into) {
        text = trimmed(text);
        if (text.empty() || text.front() == '#') return;
        bool equivalent = text.find('=') != std::string_view::npos;
        if (equivalent && text.find('~') != std::string_view::npos) fail(number, "a group is separated by '=' or by '~', not both");
        auto alternatives = split(text, equivalent ? '=' : '~');
        if (alternatives.size() < 2) fail(number, "a group needs two or more alternatives separated by '=' or '~'");
        VocabularyGroup group;
        group.kind = equivalent ? VocabularyGroup::Kind::equivalent : VocabularyGroup::Kind::related;
        std::size_t with_number = 0;
        for (auto alternative : alternatives) {
            std::string key = alternative_key(trimmed(alternative), number, with_number);
            if (std::find(group.keys.begin(), group.keys.end(), key) == group.keys.end()) group.keys.push_back(std::move(key));
        }
        if (with_number != 0 && with_number != alternatives.size()) {
            fail(number, fmt::format("{} must appear in every alternative of the group or in none", number_slot));
        }
        if (group.keys.size() > 1) into.groups.push_back(std::move(group));
    }

private:
    // The alternative's synonym key; counts the alternatives with a number slot.
    std::string alternative_key(std::string_view alternative, std::size_t number, std::size_t& with_number) {
        auto tokens = analyzed(alternative, number);
        auto slots = std::count_if(tokens.begin(), tokens.end(), [](const Token& token) { return token.stem == number_slot; });
        if (slots > 1) fail(number, fmt::format("'{}' has more than one {}", alternative, number_slot));
        with_number += static_cast<std::size_t>(slots);
        if (tokens.size() == 1 && tokens.front().capitals && Analyzer::is_stopword(tokens.front().term)) {
            return uppercase_ascii(tokens.front().stem);  // US, IT, WHO: only in capitals
        }
        std::vector<std::string> stems;
        for (const auto& token : tokens) stems.push_back(token.stem);
        return synonym_key(stems);
    }

    std::vector<Token> analyzed(std::string_view alternative, std::size_t number) {
        std::vector<Token> tokens;
        for (auto chunk : split(alternative, ' ')) {
            if (chunk == number_slot) {
                tokens.emplace_back().stem = number_slot;
                continue;
            }
            analyzer_.analyze(chunk, [&](const Token& token) { tokens.push_back(token); });
        }
        if (tokens.empty()) fail(number, fmt::format("'{}' has no word", alternative));
        return tokens;
    }

    [[noreturn]] void fail(std::size_t number, const std::string& reason) const {
        throw VocabularyError(fmt::format("{}:{}: {}", source_, number, reason));
    }

    std::string_view source_;
    Analyzer& analyzer_;
};

} // namespace

std::string synonym_key(const std::vector<std::string>& stems) {
    std::string key;
    for (const auto& stem : stems) {
        if (!key.empty()) key += ' ';
        key += stem;
    }
    return key;
}

std::string key_form(std::string_view key) { return lowercase_ascii(key); }

void append(Vocabulary& into, Vocabulary&& from) {
    for (auto& group : from.groups) into.groups.push_back(std::move(group));
}

Vocabulary parse_vocabulary(std::string_view text, std::string_view source, Analyzer& analyzer) {
    Vocabulary vocabulary;
    Parser parser(source, analyzer);
    std::size_t number = 0;
    for (auto line : split(text, '\n')) parser.line(line, ++number, vocabulary);
    return vocabulary;
}

Vocabulary builtin_vocabulary(Analyzer& analyzer) {
    Vocabulary vocabulary;
    for (const auto& file : builtin_vocabulary_files()) {
        append(vocabulary, parse_vocabulary(file.text, fmt::format("analyzers/vocabulary/{}", file.name), analyzer));
    }
    return vocabulary;
}

Vocabulary load_vocabulary(const std::filesystem::path& dir, Analyzer& analyzer) {
    std::error_code error;
    if (!std::filesystem::is_directory(dir, error)) {
        throw VocabularyError(fmt::format("{}: not a folder of vocabulary files", dir.string()));
    }
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() == ".txt") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    Vocabulary vocabulary;
    for (const auto& file : files) {
        std::string text;
        try {
            text = read_text_file(file);
        } catch (const FileReadError&) {
            throw VocabularyError(fmt::format("{}: cannot be read", file.string()));
        }
        append(vocabulary, parse_vocabulary(text, file.string(), analyzer));
    }
    return vocabulary;
}

} // namespace plenary
