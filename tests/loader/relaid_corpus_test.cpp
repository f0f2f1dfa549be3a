// The bundled communiqués keep exactly their passages, and laid out again as hard-wrapped text
// (at 64 to 72 columns, with or without blank lines between paragraphs) they give the same
// passages by words, the same metadata and no chrome.
#include <catch2/catch.hpp>

#include <plenary/communique.h>

#include <map>
#include <sstream>

#include "test_support.h"
#include "word_coverage.h"

using namespace plenary;
using namespace plenary::testing;

namespace {

const std::vector<std::string> bundled_names{"2001-ottawa-16th-plenary.txt", "2004-seoul-19th-plenary.txt",
                                             "2011-buenos-aires-25th-plenary.txt", "2013-rome-27th-plenary.txt",
                                             "2021-sochi-33rd-plenary.txt"};

std::size_t characters_in(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

struct Layout {
    std::size_t width;
    bool blank_lines;    // keep the file's blank lines, and add one after each paragraph
    std::string indent;  // before the first line of each paragraph
};

// Whether a line of the original opens one of its passages.
bool opens_passage(const std::string& line, const Communique& original) {
    return !line.empty() && std::any_of(original.passages.begin(), original.passages.end(), [&](const Passage& passage) {
        return passage.text.starts_with(line.substr(0, std::min<std::size_t>(line.size(), 40)));
    });
}

// Each line of text wrapped greedily at layout.width, as fmt or a PDF-to-text tool does; the
// passages of the original tell which lines open paragraphs.
std::string relaid(const std::string& text, const Layout& layout, const Communique& original) {
    std::istringstream lines(text);
    std::string out;
    for (std::string line; std::getline(lines, line);) {
        std::istringstream words(line);
        const bool paragraph = line.ends_with(".");
        std::string current = opens_passage(line, original) ? layout.indent : "", word;
        bool line_has_words = false;
        while (words >> word) {
            if (line_has_words && characters_in(current) + 1 + characters_in(word) > layout.width) {
                out += current + "\n";
                current.clear();
                line_has_words = false;
            }
            current += (line_has_words ? " " : "") + word;
            line_has_words = true;
        }
        if (line_has_words) out += current + "\n";
        if (layout.blank_lines && (!line_has_words || paragraph)) out += "\n";
    }
    return out;
}

std::vector<Words> words_per_passage(const Communique& communique) {
    std::vector<Words> words;
    for (const Passage& passage : communique.passages) words.push_back(folded_words(passage.text));
    return words;
}

Words all_words(const Communique& communique) {
    Words words;
    for (const Words& passage : words_per_passage(communique)) words.insert(words.end(), passage.begin(), passage.end());
    return words;
}

// Without blank lines, a title's lines run into each other and into the dateline: the title and
// the country it names are compared only where the layout keeps the headings apart.
void check_same_metadata(const CommuniqueMetadata& laid_out, const CommuniqueMetadata& original, bool headings_apart) {
    for_each_field(original, [&](const char* key, const auto& field) {
        if (!headings_apart && (std::string_view(key) == "title" || std::string_view(key) == "country")) return;
        for_each_field(laid_out, [&](const char* other_key, const auto& other) {
            if constexpr (std::is_same_v<decltype(field), decltype(other)>) {
                INFO(key);
                if (std::string_view(key) == other_key) CHECK(other == field);
            }
        });
    });
}

void check_no_chrome(const Communique& communique) {
    for (const std::string needle : {"Back to Top", "Back to top", "Privacy Notice", "Skip Links", "FOIA", "](", "|",
                                     "\u00BB", "manages this site", "U.S. Department of State"}) {
        for (const Passage& passage : communique.passages) {
            INFO(needle);
            CHECK(passage.text.find(needle) == std::string::npos);
        }
    }
}

} // namespace

TEST_CASE("the bundled communiqués keep exactly their passages") {
    std::istringstream expected(read_file(source_dir / "tests/data/bundled_passages.tsv"));
    std::map<std::string, std::string> texts;
    for (std::string line; std::getline(expected, line);) texts[line.substr(0, line.find('\t'))] = line.substr(line.find('\t') + 1);
    std::size_t passages = 0;
    for (const std::string& name : bundled_names) {
        const Communique communique = load_communique(corpus_dir / name);
        for (const Passage& passage : communique.passages) {
            const std::string id = communique.id + "#" + std::to_string(passage.ordinal);
            INFO(id);
            CHECK(passage.text == texts[id]);
            ++passages;
        }
    }
    CHECK(passages == texts.size());
}

TEST_CASE("bundled communiqués laid out again with blank lines or indents give the same passages and metadata") {
    for (const std::string& name : bundled_names) {
        const std::string bytes = read_file(corpus_dir / name);
        const Communique original = parse_communique(bytes, name);
        for (const Layout& layout : {Layout{64, true, ""}, Layout{68, true, ""}, Layout{72, true, ""},
                                     Layout{64, false, "   "}, Layout{68, false, "   "}, Layout{72, false, "    "}}) {
            INFO(name << " at " << layout.width << (layout.blank_lines ? " with blank lines" : " indented"));
            const Communique laid_out = parse_communique(relaid(bytes, layout, original), name);
            CHECK(words_per_passage(laid_out) == words_per_passage(original));
            check_same_metadata(laid_out.metadata, original.metadata, layout.blank_lines);
            check_no_chrome(laid_out);
        }
    }
}

// Text pasted from a PDF has no web page around it: the statement's paragraphs alone, flush left,
// with nothing but the geometry of their last lines to tell where one ends.
TEST_CASE("bundled statements pasted flush without blank lines lose no word") {
    for (const std::string& name : bundled_names) {
        const Communique original = load_communique(corpus_dir / name);
        std::string statement;
        for (const Passage& passage : original.passages) statement += passage.text + "\n";
        for (const std::size_t width : {64, 68, 72}) {
            INFO(name << " at " << width);
            const Communique laid_out = parse_communique(relaid(statement, Layout{width, false, ""}, original), name);
            CHECK(all_words(laid_out) == all_words(original));
            check_no_chrome(laid_out);
            // A paragraph whose last line is nearly full cannot be told from the next (joined, a
            // long run is cut into windows of whole sentences): about two in three boundaries show.
            CHECK(laid_out.passages.size() * 3 >= original.passages.size() * 2);
        }
    }
}
