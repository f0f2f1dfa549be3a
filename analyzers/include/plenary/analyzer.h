// The one analyzer chain of plenary: UTF-8 text in, normalized and stemmed tokens out.
// Documents and queries go through the same chain, so a query word is normalized
// exactly as the text was.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace plenary {

// One word of the text. The strings are reused between calls of the sink, so
// copy what you keep.
struct Token {
    std::string term;       // case- and accent-folded surface form, unstemmed
    std::string stem;       // what the index holds and queries look up
    std::uint32_t position; // word position, 0-based from the first_position given
    std::uint32_t begin;    // byte offsets of the word in the analyzed text
    std::uint32_t end;
    // A lowercase word with a number glued to it ("countries1", the Ottawa text's
    // footnote marker, or an identifier such as "round2") is two terms at one
    // position: stem is the word's ("countri"), marked_stem the whole's
    // ("countries1"). So is a name with an elided particle ("D'Alotto", "O'Brien",
    // "l'Aquila"): stem is the name's ("alotto", term too), marked_stem the whole's
    // ("d'alotto"). Empty for every other word.
    std::string marked_stem;
    // Written in capitals: two letters or more, none lowercase ("US", "WHO"; not "Us").
    bool capitals = false;
};

struct AnalyzerOptions {
    bool stem = true;       // English Snowball stemming; off: stem == term
};

// Not thread-safe: use one Analyzer per thread (ICU iterators and the stem cache
// are per instance, which is what keeps analysis allocation-free per token).
class Analyzer {
public:
    explicit Analyzer(AnalyzerOptions options = {});
    ~Analyzer();
    Analyzer(Analyzer&&) noexcept;
    Analyzer& operator=(Analyzer&&) noexcept;

    using Sink = std::function<void(const Token&)>;

    // Tokenizes text (valid UTF-8 expected; invalid bytes are skipped as
    // separators) and calls sink for every word in order; words over 100 bytes are
    // skipped. Returns the number of positions used.
    std::uint32_t analyze(std::string_view text, const Sink& sink, std::uint32_t first_position = 0);

    // Convenience for tests and queries: all tokens of text.
    std::vector<Token> tokens(std::string_view text);

    // Case and accent folding, apostrophe and width normalization of one word.
    std::string fold(std::string_view word);

    // The stem of an already folded term.
    std::string stem(std::string_view folded_term);

    // English function words ("of", "the"): indexed for phrases, dropped from
    // free-text ranking.
    static bool is_stopword(std::string_view folded_term);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace plenary
