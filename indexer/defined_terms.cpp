#include "defined_terms.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "plenary/index_schema.h"
#include "plenary/strings.h"

namespace plenary {

namespace {

constexpr std::size_t longest_short_form = 10;
constexpr std::string_view reserved = "=~#<>";  // the vocabulary format's own characters

bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

// An acronym as written: 2 to 10 ASCII letters, digits or hyphens, starting with a letter,
// with two capitals or more ("TEM", "HCoC", "UNSCR").
bool looks_like_short_form(std::string_view word) {
    if (word.size() < 2 || word.size() > longest_short_form || !std::isalpha(static_cast<unsigned char>(word[0]))) return false;
    bool ascii = std::all_of(word.begin(), word.end(), [](char c) { return is_alnum(c) || c == '-'; });
    return ascii && std::count_if(word.begin(), word.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); }) >= 2;
}

// The end of candidate that spells short_form (Schwartz and Hearst), or "".
std::string_view long_form_in(std::string_view short_form, std::string_view candidate) {
    std::ptrdiff_t s = static_cast<std::ptrdiff_t>(short_form.size()) - 1;
    std::ptrdiff_t l = static_cast<std::ptrdiff_t>(candidate.size()) - 1;
    for (; s >= 0; --s, --l) {
        char c = lower(short_form[static_cast<std::size_t>(s)]);
        if (!is_alnum(c)) {
            ++l;
            continue;
        }
        auto at = [&](std::ptrdiff_t i) { return candidate[static_cast<std::size_t>(i)]; };
        while (l >= 0 && (lower(at(l)) != c || (s == 0 && l > 0 && is_alnum(at(l - 1))))) --l;
        if (l < 0) return {};
    }
    return candidate.substr(static_cast<std::size_t>(l + 1));  // where the short form's first letter starts a word
}

// The last `count` words of text (its whole when shorter).
std::string_view last_words(std::string_view text, std::size_t count) {
    std::size_t start = text.size();
    while (count-- > 0 && start > 0) {
        std::size_t space = text.rfind(' ', start - 1);
        start = space == std::string_view::npos ? 0 : space;
    }
    return trim(text.substr(start));
}

// A definition worth a vocabulary line: a long form of two words or more, none of the
// vocabulary format's characters.
bool usable(const Definition& definition) {
    const auto& [short_form, long_form] = definition;
    if (long_form.find(' ') == std::string::npos || long_form.size() <= short_form.size()) return false;
    return long_form.find_first_of(reserved) == std::string::npos && short_form.find_first_of(reserved) == std::string::npos;
}

// The definition around the parentheses [open, close] of text, if any.
std::optional<Definition> definition_at(std::string_view text, std::size_t open, std::size_t close) {
    std::string_view inside = trim(text.substr(open + 1, close - open - 1));
    std::string_view before = trim(text.substr(0, open));
    if (looks_like_short_form(inside)) {
        std::size_t words = std::min(inside.size() + 5, inside.size() * 2);
        std::string_view long_form = long_form_in(inside, last_words(before, words));
        if (!long_form.empty()) return Definition{std::string(inside), std::string(long_form)};
    }
    std::string_view word = trim(last_words(before, 1), ",;:\"'");
    if (looks_like_short_form(word) && inside.find(' ') != std::string_view::npos) {
        std::string_view long_form = long_form_in(word, inside);
        if (long_form == inside) return Definition{std::string(word), std::string(long_form)};
    }
    return std::nullopt;
}

} // namespace

std::vector<Definition> find_definitions(std::string_view text) {
    std::vector<Definition> definitions;
    for (std::size_t open = text.find('('); open != std::string_view::npos; open = text.find('(', open + 1)) {
        std::size_t close = text.find_first_of("()", open + 1);
        if (close == std::string_view::npos || text[close] != ')') continue;
        auto definition = definition_at(text, open, close);
        if (definition && usable(*definition) &&
            std::find(definitions.begin(), definitions.end(), *definition) == definitions.end()) {
            definitions.push_back(std::move(*definition));
        }
    }
    return definitions;
}

std::string vocabulary_lines(const std::vector<Definition>& definitions) {
    std::string lines;
    for (const auto& [short_form, long_form] : definitions) lines += short_form + " = " + long_form + "\n";
    return lines;
}

std::string definitions_key(const std::string& communique_id) {
    return std::string(schema::definitions_key_prefix) + communique_id;
}

Vocabulary defined_vocabulary(const Xapian::Database& db, Analyzer& analyzer) {
    Vocabulary vocabulary;
    std::string prefix(schema::definitions_key_prefix);
    for (auto key = db.metadata_keys_begin(prefix); key != db.metadata_keys_end(prefix); ++key) {
        std::string lines = db.get_metadata(*key);
        for (auto line : split_lines(lines)) {
            try {
                append(vocabulary, parse_vocabulary(line, *key, analyzer));
            } catch (const VocabularyError&) {
                continue;  // a long form that analysis leaves without a word
            }
        }
    }
    for (auto& group : vocabulary.groups) group.kind = VocabularyGroup::Kind::defined;
    return vocabulary;
}

} // namespace plenary
