#include "plenary/analyzer.h"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>
#include <xapian.h>

#include <algorithm>
#include <array>
#include <stdexcept>

#include "stem_cache.h"
#include "stopwords.h"

namespace plenary {

namespace {

// Longer "words" are URLs, base64 or junk; Xapian terms are limited to 245 bytes.
constexpr std::int32_t max_word_bytes = 100;

bool is_ascii(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool is_apostrophe(UChar32 c) {
    return c == u'\u2019' || c == u'\u2018' || c == u'\u02BC' || c == u'\uFF07' || c == u'\u0060' || c == u'\u00B4';
}

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "U.S", "A.Q", "H.E" (ICU keeps the inner dots of an abbreviation): one letter
// between each pair of dots. Indexed dotless, so "US" and "U.S." meet.
bool is_dotted_abbreviation(std::string_view term) {
    if (term.size() < 3 || term.size() % 2 == 0) return false;
    for (std::size_t i = 0; i < term.size(); ++i) {
        if (i % 2 == 0 ? !is_lower(term[i]) : term[i] != '.') return false;
    }
    return true;
}

void drop_dots(std::string& term) { term.erase(std::remove(term.begin(), term.end(), '.'), term.end()); }

// The length of a lowercase word with a footnote marker glued to it as written
// ("countries1" -> 9), or 0. "4th", "G7" and "COVID-19" are not such words.
std::size_t footnote_marked_word_length(std::string_view word) {
    std::size_t digits = 0;
    while (digits < word.size() && is_digit(word[word.size() - 1 - digits])) ++digits;
    if (digits == 0 || digits > 2) return 0;
    std::size_t letters = word.size() - digits;
    if (letters < 3) return 0;
    for (std::size_t i = 0; i < letters; ++i) {
        if (!is_lower(word[i])) return 0;
    }
    return letters;
}

// Particles elided before a name: d'Alotto, l'Aquila, O'Brien, dell'Acqua, N'Djamena.
constexpr std::string_view elided_particles[] = {"all", "d", "dall", "dell", "l", "m", "n", "nell", "o", "sull"};

// The length of the elided particle a folded word starts with ("d'alotto" -> 1), or 0.
std::size_t elided_particle_length(std::string_view term) {
    std::size_t apostrophe = term.find('\'');
    if (apostrophe == std::string_view::npos || term.size() - apostrophe < 3) return 0;
    if (term.find('\'', apostrophe + 1) != std::string_view::npos) return 0;
    std::string_view particle = term.substr(0, apostrophe);
    bool known = std::find(std::begin(elided_particles), std::end(elided_particles), particle) != std::end(elided_particles);
    return known ? apostrophe : 0;
}

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

// Two ASCII capitals or more and no lowercase ASCII letter ("US", "U.S"; not "Us").
bool written_in_capitals(std::string_view word) {
    return std::count_if(word.begin(), word.end(), is_upper) >= 2 && std::none_of(word.begin(), word.end(), is_lower);
}

// Renders the full-width, accented or ligatured forms of a word as plain
// lowercase letters: NFKD, drop combining marks, case fold, recompose.
void fold_unicode(std::string_view word, std::string& out) {
    UErrorCode status = U_ZERO_ERROR;
    static const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
    static const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU normalizer unavailable");

    icu::UnicodeString decomposed = nfkd->normalize(icu::UnicodeString::fromUTF8(
        icu::StringPiece(word.data(), static_cast<std::int32_t>(word.size()))), status);
    icu::UnicodeString bare;
    for (std::int32_t i = 0; i < decomposed.length();) {
        UChar32 c = decomposed.char32At(i);
        i += U16_LENGTH(c);
        if (u_charType(c) == U_NON_SPACING_MARK) continue;
        bare.append(is_apostrophe(c) ? UChar32('\'') : c);
    }
    bare.foldCase();
    icu::UnicodeString composed = nfc->normalize(bare, status);
    out.clear();
    composed.toUTF8String(out);
}

} // namespace

struct Analyzer::Impl {
    AnalyzerOptions options;
    std::unique_ptr<icu::BreakIterator> words;
    Xapian::Stem stemmer{"english"};
    StemCache stem_cache;
    Token token;

    explicit Impl(AnalyzerOptions opts) : options(opts) {
        UErrorCode status = U_ZERO_ERROR;
        words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status)) throw std::runtime_error("ICU word break iterator unavailable");
    }

    void fold(std::string_view word, std::string& out) {
        if (is_ascii(word)) {
            out.assign(word);
            for (char& c : out) {
                if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
            }
        } else {
            fold_unicode(word, out);
        }
    }

    const std::string& stem_of(const std::string& term) {
        if (const std::string* known = stem_cache.find(term)) return *known;
        return stem_cache.insert(term, options.stem ? stemmer(term) : term);
    }

    // out's term, stem, marked stem and capitals from the word as written; false for a
    // word that folds to nothing.
    bool read_word(std::string_view word, Token& out) {
        out.marked_stem.clear();
        out.capitals = written_in_capitals(word);
        if (std::size_t letters = footnote_marked_word_length(word)) {
            out.marked_stem = stem_of(std::string(word));
            word = word.substr(0, letters);
        }
        fold(word, out.term);
        if (out.term.empty()) return false;
        if (is_dotted_abbreviation(out.term)) drop_dots(out.term);
        if (std::size_t particle = elided_particle_length(out.term)) {
            out.marked_stem = stem_of(out.term);
            out.term.erase(0, particle + 1);
        }
        out.stem = stem_of(out.term);
        return true;
    }
};

Analyzer::Analyzer(AnalyzerOptions options) : impl_(std::make_unique<Impl>(options)) {}
Analyzer::~Analyzer() = default;
Analyzer::Analyzer(Analyzer&&) noexcept = default;
Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;

std::uint32_t Analyzer::analyze(std::string_view text, const Sink& sink, std::uint32_t first_position) {
    UErrorCode status = U_ZERO_ERROR;
    UText utext = UTEXT_INITIALIZER;
    utext_openUTF8(&utext, text.data(), static_cast<std::int64_t>(text.size()), &status);
    impl_->words->setText(&utext, status);
    if (U_FAILURE(status)) {
        utext_close(&utext);
        throw std::runtime_error("ICU cannot segment the text");
    }

    Token& token = impl_->token;
    std::uint32_t position = first_position;
    std::int32_t begin = impl_->words->first();
    for (std::int32_t end = impl_->words->next(); end != icu::BreakIterator::DONE;
         begin = end, end = impl_->words->next()) {
        if (impl_->words->getRuleStatus() < UBRK_WORD_NUMBER || end - begin > max_word_bytes) continue;
        std::string_view word = text.substr(static_cast<std::size_t>(begin), static_cast<std::size_t>(end - begin));
        if (!impl_->read_word(word, token)) continue;
        token.position = position++;
        token.begin = static_cast<std::uint32_t>(begin);
        token.end = static_cast<std::uint32_t>(end);
        sink(token);
    }
    utext_close(&utext);
    return position - first_position;
}

std::vector<Token> Analyzer::tokens(std::string_view text) {
    std::vector<Token> out;
    analyze(text, [&](const Token& token) { out.push_back(token); });
    return out;
}

std::string Analyzer::fold(std::string_view word) {
    std::string out;
    impl_->fold(word, out);
    return out;
}

std::string Analyzer::stem(std::string_view folded_term) {
    return impl_->stem_of(std::string(folded_term));
}

bool Analyzer::is_stopword(std::string_view folded_term) {
    return std::binary_search(std::begin(english_stopwords), std::end(english_stopwords), folded_term);
}

} // namespace plenary
