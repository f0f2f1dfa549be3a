#include "passage_splitting.h"

#include "utf8_text.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

namespace plenary::loader {
namespace {

constexpr std::size_t paragraph_max_words = 250;
constexpr std::size_t window_target_words = 150;
constexpr std::size_t window_max_words = 200;
// A last window shorter than this joins the window before it.
constexpr std::size_t last_window_min_words = 50;
// A sentence longer than a window (a text without punctuation) is cut at word boundaries.
constexpr std::size_t sentence_chunk_words = 150;

struct Span {
    std::size_t start;
    std::size_t end;
    std::size_t words;
};

Span trimmed_span(std::string_view text, std::size_t start, std::size_t end) {
    const std::string_view trimmed = trim_whitespace(text.substr(start, end - start));
    const auto trimmed_start = static_cast<std::size_t>(trimmed.data() - text.data());
    return {trimmed_start, trimmed_start + trimmed.size(), count_words(trimmed)};
}

icu::BreakIterator& sentence_iterator() {
    thread_local const std::unique_ptr<icu::BreakIterator> iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> created(
            icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
        if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU sentence iterator: ") + u_errorName(status));
        return created;
    }();
    return *iterator;
}

// Appends the sentence [start, end) to pieces, cut into chunks if it is longer than a window.
void append_sentence(std::string_view text, std::size_t start, std::size_t end, std::vector<Span>& pieces) {
    const Span sentence = trimmed_span(text, start, end);
    if (sentence.words == 0) return;
    if (sentence.words <= window_max_words) {
        pieces.push_back(sentence);
        return;
    }
    std::size_t chunk_start = sentence.start;
    std::size_t words = 0;
    bool in_word = false;
    for (std::size_t at = sentence.start; at < sentence.end;) {
        const std::size_t space = whitespace_length_at(text, at);
        if (space == 0 && !in_word && words == sentence_chunk_words) {
            pieces.push_back(trimmed_span(text, chunk_start, at));
            chunk_start = at;
            words = 0;
        }
        if (space == 0 && !in_word) ++words;
        in_word = space == 0;
        at += space == 0 ? 1 : space;
    }
    pieces.push_back(trimmed_span(text, chunk_start, sentence.end));
}

// The sentences of text[start, end) as ICU finds them, with UTF-8 byte offsets.
std::vector<Span> sentences_of(std::string_view text, std::size_t start, std::size_t end) {
    UErrorCode status = U_ZERO_ERROR;
    UText utext = UTEXT_INITIALIZER;
    utext_openUTF8(&utext, text.data() + start, static_cast<std::int64_t>(end - start), &status);
    icu::BreakIterator& iterator = sentence_iterator();
    iterator.setText(&utext, status);
    if (U_FAILURE(status)) {
        utext_close(&utext);
        throw std::runtime_error(std::string("ICU sentence iterator: ") + u_errorName(status));
    }
    std::vector<Span> pieces;
    std::int32_t sentence_start = iterator.first();
    for (std::int32_t boundary = iterator.next(); boundary != icu::BreakIterator::DONE;
         boundary = iterator.next()) {
        append_sentence(text, start + static_cast<std::size_t>(sentence_start),
                        start + static_cast<std::size_t>(boundary), pieces);
        sentence_start = boundary;
    }
    utext_close(&utext);
    return pieces;
}

// Groups consecutive sentences into windows of about window_target_words words.
std::vector<Span> sentence_windows(const std::vector<Span>& sentences) {
    std::vector<Span> windows;
    std::optional<Span> window;
    for (const Span& sentence : sentences) {
        if (window && window->words + sentence.words > window_max_words) {
            windows.push_back(*window);
            window.reset();
        }
        if (window) {
            window->end = sentence.end;
            window->words += sentence.words;
        } else {
            window = sentence;
        }
        if (window->words >= window_target_words) {
            windows.push_back(*window);
            window.reset();
        }
    }
    if (!window) return windows;
    if (!windows.empty() && window->words < last_window_min_words) {
        windows.back().end = window->end;
        windows.back().words += window->words;
    } else {
        windows.push_back(*window);
    }
    return windows;
}

} // namespace

std::vector<TextWindow> passage_windows(std::string_view text) {
    const Span whole = trimmed_span(text, 0, text.size());
    if (whole.words == 0) return {};
    if (whole.words <= paragraph_max_words) return {TextWindow{whole.start, whole.end}};
    std::vector<TextWindow> windows;
    for (const Span& window : sentence_windows(sentences_of(text, whole.start, whole.end)))
        windows.push_back(TextWindow{window.start, window.end});
    return windows;
}

} // namespace plenary::loader
