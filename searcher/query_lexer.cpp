#include "query_lexer.h"

#include <fmt/format.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <climits>
#include <cstdint>

#include "plenary/query_error.h"
#include "plenary/strings.h"

namespace plenary {

namespace {

struct FieldName {
    std::string_view name;
    QueryField field;
};

constexpr std::array<FieldName, 6> known_fields{{{"city", QueryField::city},
                                                 {"doc", QueryField::doc},
                                                 {"org", QueryField::org},
                                                 {"passage", QueryField::passage},
                                                 {"tag", QueryField::tag},
                                                 {"year", QueryField::year}}};

std::string field_list() {
    std::string list;
    for (const auto& known : known_fields) list += (list.empty() ? "" : ", ") + std::string(known.name);
    return list;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool ends_word(char c) { return is_space(c) || c == '(' || c == ')' || c == '"'; }

class Lexer {
public:
    explicit Lexer(std::string_view query) : query_(query) {}

    std::vector<Lexeme> run() {
        reject_unreadable_bytes();
        while (true) {
            skip_space();
            if (at_end()) break;
            lexemes_.push_back(next());
        }
        Lexeme end;
        end.kind = Lexeme::Kind::end;
        end.span = {query_.size(), query_.size()};
        lexemes_.push_back(end);
        return lexemes_;
    }

private:
    // A NUL, another control character or a byte that is not UTF-8 is reported where it is.
    void reject_unreadable_bytes() const {
        if (query_.size() > static_cast<std::size_t>(INT32_MAX)) throw QueryError(1, "the query is too long");
        const auto length = static_cast<int32_t>(query_.size());
        for (int32_t i = 0; i < length;) {
            const int32_t start = i;
            UChar32 c = 0;
            U8_NEXT(query_.data(), i, length, c);
            auto column = static_cast<std::size_t>(start) + 1;
            auto byte = static_cast<unsigned char>(query_[static_cast<std::size_t>(start)]);
            if (c < 0) throw QueryError(column, fmt::format("invalid UTF-8 (byte 0x{:02x})", byte));
            if (c == 0) throw QueryError(column, "NUL byte in the query");
            if ((c < 0x20 && !is_space(static_cast<char>(c))) || c == 0x7f) {
                throw QueryError(column, fmt::format("control character 0x{:02x} in the query", byte));
            }
        }
    }

    bool at_end() const { return pos_ >= query_.size(); }
    char peek() const { return query_[pos_]; }

    void skip_space() {
        while (!at_end() && is_space(peek())) ++pos_;
    }

    Lexeme next() {
        Lexeme lexeme = lexeme_here();
        lexeme.span.end = pos_;
        return lexeme;
    }

    Lexeme lexeme_here() {
        Lexeme lexeme;
        lexeme.span.begin = pos_;
        if ((peek() == '+' || peek() == '-') && pos_ + 1 < query_.size() && !is_space(query_[pos_ + 1])) {
            lexeme.modifier = peek();
            ++pos_;
        }
        if (peek() == '(') return punctuation(lexeme, Lexeme::Kind::open);
        if (peek() == ')') return punctuation(lexeme, Lexeme::Kind::close);
        if (peek() == '"') return phrase(lexeme);
        return word(lexeme);
    }

    Lexeme punctuation(Lexeme lexeme, Lexeme::Kind kind) {
        if (kind == Lexeme::Kind::close && lexeme.modifier) {
            throw QueryError(lexeme.column(), fmt::format("'{}' must precede a word, a phrase or '('", lexeme.modifier));
        }
        lexeme.kind = kind;
        ++pos_;
        return lexeme;
    }

    Lexeme phrase(Lexeme lexeme) {
        std::size_t quote = pos_++;
        auto close = query_.find('"', pos_);
        if (close == std::string_view::npos) {
            throw QueryError(quote + 1, "unterminated phrase: this quote is never closed");
        }
        lexeme.kind = Lexeme::Kind::phrase;
        lexeme.text = query_.substr(pos_, close - pos_);
        lexeme.text_span = {pos_, close};
        pos_ = close + 1;
        return lexeme;
    }

    Lexeme word(Lexeme lexeme) {
        std::size_t start = pos_;
        while (!at_end() && !ends_word(peek())) {
            if (peek() == ':' && field_name_before(start) && (pos_ + 1 >= query_.size() || !is_space(query_[pos_ + 1]))) {
                return field(lexeme, start);
            }
            ++pos_;
        }
        lexeme.text = query_.substr(start, pos_ - start);
        lexeme.text_span = {start, pos_};
        if (!lexeme.modifier) classify_operator(lexeme);
        return lexeme;
    }

    bool field_name_before(std::size_t start) const {
        if (pos_ == start) return false;
        return std::all_of(query_.begin() + static_cast<std::ptrdiff_t>(start),
                           query_.begin() + static_cast<std::ptrdiff_t>(pos_), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
    }

    Lexeme field(Lexeme lexeme, std::size_t start) {
        std::string name = lowercase_ascii(query_.substr(start, pos_ - start));
        auto known = std::find_if(known_fields.begin(), known_fields.end(), [&](const FieldName& field) { return field.name == name; });
        if (known == known_fields.end()) {
            throw QueryError(start + 1, fmt::format("unknown field '{}:' (fields: {})", name, field_list()));
        }
        ++pos_;  // the colon
        if (at_end() || ends_word(peek())) {
            if (!at_end() && peek() == '"') {
                Lexeme quoted = phrase(lexeme);
                quoted.kind = Lexeme::Kind::word;
                quoted.field = known->field;
                quoted.quoted = true;
                return quoted;
            }
            throw QueryError(start + 1, fmt::format("field '{}:' needs a value", name));
        }
        std::size_t value_start = pos_;
        while (!at_end() && !ends_word(peek())) ++pos_;
        lexeme.field = known->field;
        lexeme.text = query_.substr(value_start, pos_ - value_start);
        lexeme.text_span = {value_start, pos_};
        return lexeme;
    }

    static void classify_operator(Lexeme& lexeme) {
        const std::string& text = lexeme.text;
        if (text == "AND") lexeme.kind = Lexeme::Kind::and_op;
        else if (text == "OR") lexeme.kind = Lexeme::Kind::or_op;
        else if (text == "NOT") lexeme.kind = Lexeme::Kind::not_op;
        else if (text == "NEAR") lexeme.kind = Lexeme::Kind::near_op;
        else if (text.rfind("NEAR/", 0) == 0) {
            unsigned distance = 0;
            auto digits = std::string_view(text).substr(5);
            auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), distance);
            if (error != std::errc() || end != digits.data() + digits.size() || distance == 0 || distance > 1000) {
                throw QueryError(lexeme.column(), "NEAR/n needs a distance n from 1 to 1000");
            }
            lexeme.kind = Lexeme::Kind::near_op;
            lexeme.near_distance = distance;
        }
    }

    std::string_view query_;
    std::size_t pos_ = 0;
    std::vector<Lexeme> lexemes_;
};

} // namespace

std::vector<Lexeme> lex_query(std::string_view query) { return Lexer(query).run(); }

} // namespace plenary
