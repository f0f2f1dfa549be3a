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
        token.marked_stem.clear();
        if (std::size_t letters = footnote_marked_word_length(word)) {
            token.marked_stem = impl_->stem_of(std::string(word));
            word = word.substr(0, letters);
        }
        impl_->fold(word, token.term);
        if (token.term.empty()) continue;
        if (is_dotted_abbreviation(token.term)) drop_dots(token.term);
        token.stem = impl_->stem_of(token.term);
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
