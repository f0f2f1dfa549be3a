#include "plenary/query_parser.h"

#include <fmt/format.h>

#include <cctype>
#include <charconv>
#include <map>

#include "plenary/index_schema.h"
#include "proximity.h"
#include "query_expansion.h"
#include "query_lexer.h"

namespace plenary {

QueryError::QueryError(std::size_t column, const std::string& reason)
    : std::runtime_error(fmt::format("column {}: {}", column, reason)), column_(column), reason_(reason) {}

namespace {

using Kind = Lexeme::Kind;

constexpr Xapian::termcount wildcard_expansion_limit = 1000;
constexpr std::size_t max_words = 1000;
constexpr int max_depth = 100;  // parentheses; the parser recurses once per level

int parse_year(std::string_view text, std::size_t column) {
    int year = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), year);
    if (text.empty() || text.size() > 4 || !std::isdigit(static_cast<unsigned char>(text.front())) ||
        error != std::errc() || end != text.data() + text.size()) {
        throw QueryError(column, fmt::format("'{}' is not a year (expected e.g. 2013 or 2004..2013)", text));
    }
    return year;
}

void merge(MatchPlan& into, MatchPlan&& from) {
    into.stems.merge(from.stems);
    for (auto& phrase : from.phrases) into.phrases.push_back(std::move(phrase));
    for (auto& prefix : from.prefixes) into.prefixes.push_back(std::move(prefix));
}

// A parsed piece of the query before it is combined with its neighbours.
struct Node {
    enum class Role { text, filter, nothing };
    Role role = Role::nothing;
    Xapian::Query query;
    std::string field;               // filters: which field, so the same field's values are ORed
    bool negated = false;
    bool stopword = false;           // a lone unquoted function word
    bool required = false;           // +word, or joined by an explicit AND: must match in any mode too
    std::vector<std::string> stems;  // plain words and phrases, for NEAR
    MatchPlan plan;
};

const char* operator_name(Kind kind) {
    switch (kind) {
    case Kind::and_op: return "AND";
    case Kind::or_op: return "OR";
    case Kind::not_op: return "NOT";
    case Kind::near_op: return "NEAR";
    default: return "";
    }
}

bool starts_term(Kind kind) { return kind == Kind::word || kind == Kind::phrase || kind == Kind::open; }

class Parser {
public:
    Parser(std::vector<Lexeme> lexemes, Analyzer& analyzer, const QueryParserOptions& options,
           const QueryExpander* expander)
        : lexemes_(std::move(lexemes)), analyzer_(analyzer), options_(options), expander_(expander) {}

    ParsedQuery run() {
        if (peek().kind == Kind::end) throw QueryError(1, "empty query");
        reject_too_many_words();
        Node root = parse_or();
        if (peek().kind == Kind::close) throw QueryError(peek().column, "unmatched ')'");
        if (root.role == Node::Role::nothing) throw QueryError(1, "the query has no searchable word");
        Xapian::Query query = root.role == Node::Role::filter ? Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, root.query, 0)
                                                              : root.query;
        if (root.negated) query = Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query::MatchAll, query);
        return {query, root.negated ? MatchPlan{} : std::move(root.plan)};
    }

private:
    // Xapian's matching slows down quadratically with thousands of query terms.
    void reject_too_many_words() const {
        std::size_t words = 0;
        for (const auto& lexeme : lexemes_) {
            if ((lexeme.kind == Kind::word || lexeme.kind == Kind::phrase) && ++words > max_words) {
                throw QueryError(lexeme.column, fmt::format("more than {} words and phrases in one query", max_words));
            }
        }
    }

    const Lexeme& peek() const { return lexemes_[pos_]; }
    const Lexeme& take() { return lexemes_[pos_++]; }

    void expect_term_after(const Lexeme& op) const {
        if (!starts_term(peek().kind)) {
            throw QueryError(op.column, fmt::format("{} needs a word, phrase or group after it", operator_name(op.kind)));
        }
    }

    Node parse_or() {
        std::vector<Node> alternatives;
        alternatives.push_back(parse_and());
        while (peek().kind == Kind::or_op) {
            const Lexeme& op = take();
            if (alternatives.size() == 1 && alternatives.front().role == Node::Role::nothing &&
                alternatives.front().query.empty()) {
                throw QueryError(op.column, "OR needs a word, phrase or group before it");
            }
            expect_term_after(op);
            alternatives.push_back(parse_and());
        }
        if (alternatives.size() == 1) return std::move(alternatives.front());
        return any_of(std::move(alternatives));
    }

    Node parse_and() {
        std::vector<Node> items;
        bool next_required = false;  // the item after an explicit AND
        while (true) {
            Kind kind = peek().kind;
            if (kind == Kind::end || kind == Kind::close || kind == Kind::or_op) break;
            if (kind == Kind::and_op) {
                const Lexeme& op = take();
                if (items.empty()) throw QueryError(op.column, "AND needs a word, phrase or group before it");
                expect_term_after(op);
                items.back().required = true;
                next_required = true;
                continue;
            }
            if (kind == Kind::not_op) {
                const Lexeme& op = take();
                expect_term_after(op);
                Node node = parse_near();
                node.negated = !node.negated;
                items.push_back(std::move(node));
                continue;
            }
            if (auto named = plain_words_naming_one_thing()) {
                items.push_back(std::move(*named));
                continue;
            }
            items.push_back(parse_near());
            if (next_required) items.back().required = true;
            next_required = false;
        }
        if (items.size() == 1) return std::move(items.front());
        return all_of(std::move(items));
    }

    Node parse_near() {
        Node first = parse_unary();
        if (peek().kind != Kind::near_op) return first;
        std::vector<std::string> stems = near_operand(first, peek());
        unsigned distance = 0;
        while (peek().kind == Kind::near_op) {
            const Lexeme& op = take();
            expect_term_after(op);
            distance = std::max(distance, op.near_distance ? op.near_distance : unsigned(options_.near_window));
            Node next = parse_unary();
            auto more = near_operand(next, op);
            stems.insert(stems.end(), more.begin(), more.end());
        }
        Node node;
        node.role = Node::Role::text;
        node.query = Xapian::Query(Xapian::Query::OP_NEAR, stems.begin(), stems.end(),
                                   static_cast<Xapian::termcount>(distance + stems.size() - 1));
        node.plan.stems.insert(stems.begin(), stems.end());
        return node;
    }

    static std::vector<std::string> near_operand(const Node& node, const Lexeme& op) {
        if (node.stems.empty() || node.negated) throw QueryError(op.column, "NEAR works between plain words and phrases");
        return node.stems;
    }

    Node parse_unary() {
        const Lexeme& lexeme = take();
        Node node;
        switch (lexeme.kind) {
        case Kind::open: {
            if (++depth_ > max_depth) {
                throw QueryError(lexeme.column, fmt::format("parentheses nested more than {} deep", max_depth));
            }
            node = parse_or();
            --depth_;
            if (peek().kind != Kind::close) throw QueryError(lexeme.column, "unmatched '('");
            take();
            if (node.role == Node::Role::nothing) throw QueryError(lexeme.column, "empty parentheses");
            break;
        }
        case Kind::close: throw QueryError(lexeme.column, "unmatched ')'");
        case Kind::phrase: node = phrase(lexeme.text, lexeme.column); break;
        case Kind::word: node = lexeme.field.empty() ? word(lexeme) : field(lexeme); break;
        case Kind::end: throw QueryError(lexeme.column, "the query ends where a word was expected");
        default:
            throw QueryError(lexeme.column, fmt::format("{} needs a word, phrase or group before it", operator_name(lexeme.kind)));
        }
        if (lexeme.modifier == '-') node.negated = !node.negated;
        if (lexeme.modifier == '+') {
            node.stopword = false;
            node.required = true;
        }
        return node;
    }

    // A query word is searched as written: "round2" is not every "round".
    std::vector<Token> analyze(std::string_view text) {
        auto tokens = analyzer_.tokens(text);
        for (auto& token : tokens) {
            if (!token.marked_stem.empty()) token.term = token.stem = token.marked_stem;
        }
        return tokens;
    }

    static bool is_plain_word(const Lexeme& lexeme) {
        return lexeme.kind == Kind::word && lexeme.field.empty() && !lexeme.modifier &&
               lexeme.text.find('*') == std::string::npos;
    }

    // Plain words in a row that spell a multi-word synonym key ("North Korea",
    // "UNSCR 1540") are searched as that phrase and its equivalents rather than as
    // separate words.
    std::optional<Node> plain_words_naming_one_thing() {
        if (!expander_) return std::nullopt;
        std::vector<Token> tokens;
        std::vector<std::size_t> lexeme_ends;  // tokens up to each plain word
        for (std::size_t at = pos_; is_plain_word(lexemes_[at]) && lexemes_[at + 1].kind != Kind::near_op; ++at) {
            for (auto& token : analyze(lexemes_[at].text)) tokens.push_back(std::move(token));
            lexeme_ends.push_back(tokens.size());
        }
        if (lexeme_ends.size() < 2) return std::nullopt;
        std::size_t length = expander_->multiword_key_length(tokens, 0);
        auto end = std::find(lexeme_ends.begin(), lexeme_ends.end(), length);
        if (length == 0 || end == lexeme_ends.begin() || end == lexeme_ends.end()) return std::nullopt;
        pos_ += static_cast<std::size_t>(end - lexeme_ends.begin()) + 1;
        tokens.resize(length);
        return phrase_of(tokens);
    }

    Node word(const Lexeme& lexeme) {
        auto star = lexeme.text.find('*');
        if (star != std::string::npos) return wildcard(lexeme, star);
        auto tokens = analyze(lexeme.text);
        if (tokens.size() != 1) return phrase(lexeme.text, lexeme.column);
        const Token& token = tokens.front();
        Node node;
        node.role = Node::Role::text;
        std::vector<Xapian::Query> alternatives;
        auto forms = variants(tokens);
        for (const auto& variant : forms) {
            if (variant.size() == 1) {
                alternatives.emplace_back(Xapian::Query::OP_OR, Xapian::Query(variant.front()),
                                          Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                                                        Xapian::Query(std::string(schema::meta_prefix) + variant.front()),
                                                        options_.field_weight));
            } else {
                alternatives.push_back(variant_query(variant, tokens.size()));
            }
            if (&variant != &forms.front()) alternatives.back() = as_equivalent(alternatives.back());
            add_to_plan(variant, node.plan);
        }
        node.query = alternatives.size() == 1 ? alternatives.front()
                                              : Xapian::Query(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
        node.stopword = Analyzer::is_stopword(token.term);
        node.stems = {token.stem};
        return node;
    }

    std::vector<std::vector<std::string>> variants(const std::vector<Token>& tokens) const {
        if (expander_) return expander_->variants(tokens);
        std::vector<std::string> stems;
        for (const auto& token : tokens) stems.push_back(token.stem);
        return {stems};
    }

    static Xapian::Query phrase_query(const std::vector<std::string>& stems) {
        if (stems.size() == 1) return Xapian::Query(stems.front());
        return Xapian::Query(Xapian::Query::OP_PHRASE, stems.begin(), stems.end(),
                             static_cast<Xapian::termcount>(stems.size()));
    }

    // A longer form weighs no more than the words the user wrote: "trans-shipment"
    // (two rare terms) must not outrank "transshipment" for the query transshipment.
    static Xapian::Query variant_query(const std::vector<std::string>& stems, std::size_t written_words) {
        Xapian::Query query = phrase_query(stems);
        if (stems.size() <= written_words) return query;
        return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, query,
                             static_cast<double>(written_words) / static_cast<double>(stems.size()));
    }

    // An equivalent form (not the one written) weighs synonym_weight times as much.
    Xapian::Query as_equivalent(const Xapian::Query& query) const {
        if (options_.synonym_weight == 1.0) return query;
        return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, query, options_.synonym_weight);
    }

    static void add_to_plan(const std::vector<std::string>& stems, MatchPlan& plan) {
        if (stems.size() == 1) {
            plan.stems.insert(stems.front());
        } else {
            plan.phrases.push_back(stems);
        }
    }

    Node wildcard(const Lexeme& lexeme, std::size_t star) {
        if (star + 1 != lexeme.text.size()) {
            throw QueryError(lexeme.column + star, "only trailing wildcards are supported (e.g. trans*)");
        }
        auto tokens = analyze(std::string_view(lexeme.text).substr(0, star));
        if (tokens.size() != 1) throw QueryError(lexeme.column, "a wildcard needs one word before '*' (e.g. trans*)");
        Node node;
        node.role = Node::Role::text;
        node.query = Xapian::Query(Xapian::Query::OP_WILDCARD, tokens.front().term, wildcard_expansion_limit,
                                   Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
        node.plan.prefixes.push_back(tokens.front().term);
        return node;
    }

    Node phrase(std::string_view text, std::size_t column) {
        auto tokens = analyze(text);
        Node node;
        if (tokens.empty()) {
            if (text.find_first_not_of(" \t") == std::string_view::npos && !text.empty()) {
                throw QueryError(column, "empty phrase");
            }
            return node;
        }
        return phrase_of(tokens);
    }

    // The words in a row, or any of their equivalent forms.
    Node phrase_of(const std::vector<Token>& tokens) const {
        Node node;
        node.role = Node::Role::text;
        for (const auto& token : tokens) node.stems.push_back(token.stem);
        std::vector<Xapian::Query> alternatives;
        auto forms = variants(tokens);
        for (const auto& variant : forms) {
            alternatives.push_back(variant_query(variant, tokens.size()));
            if (&variant != &forms.front()) alternatives.back() = as_equivalent(alternatives.back());
            add_to_plan(variant, node.plan);
        }
        node.query = alternatives.size() == 1 ? alternatives.front()
                                              : Xapian::Query(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
        return node;
    }

    Node field(const Lexeme& lexeme) {
        Node node;
        node.role = Node::Role::filter;
        node.field = lexeme.field;
        if (lexeme.field == "tag") {
            node.query = tag_filter(lexeme.text);
        } else if (lexeme.field == "doc") {
            node.query = Xapian::Query(std::string(schema::doc_prefix) + lexeme.text);
        } else if (lexeme.field == "city") {
            std::string words;
            for (const auto& token : analyze(lexeme.text)) words += (words.empty() ? "" : " ") + token.term;
            if (words.empty()) throw QueryError(lexeme.column, "city: needs a name");
            node.query = Xapian::Query(schema::city_term(words));
        } else {
            std::size_t value_column = lexeme.column + (lexeme.modifier ? 1 : 0) + lexeme.field.size() + 1;
            try {
                node.query = year_filter(parse_year_range(lexeme.text));
            } catch (const QueryError& error) {
                throw QueryError(value_column + error.column() - 1, error.reason());
            }
        }
        return node;
    }

    static Xapian::Query scored(const Node& node) {
        Xapian::Query query = node.role == Node::Role::filter
                                  ? Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, node.query, 0)
                                  : node.query;
        if (node.negated) query = Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query::MatchAll, query);
        return query;
    }

    // One flat OR: Xapian takes time quadratic in the depth of nested ORs.
    static Node any_of(std::vector<Node> alternatives) {
        std::erase_if(alternatives, [](const Node& node) { return node.role == Node::Role::nothing; });
        if (alternatives.size() == 1) return std::move(alternatives.front());
        std::vector<Xapian::Query> queries;
        Node node;
        for (auto& alternative : alternatives) {
            queries.push_back(scored(alternative));
            if (!alternative.negated) merge(node.plan, std::move(alternative.plan));
        }
        if (queries.empty()) return node;
        node.role = Node::Role::text;
        node.query = Xapian::Query(Xapian::Query::OP_OR, queries.begin(), queries.end());
        return node;
    }

    // Words must all match (in MatchMode::any, the required ones must and the others
    // add weight); function words are dropped when other words carry the query;
    // neighbouring words add proximity evidence; filters on one field are
    // alternatives, filters on different fields all apply.
    Node all_of(std::vector<Node> items) const {
        bool has_content_word = false;
        for (const auto& item : items) {
            if (item.role == Node::Role::text && !item.negated && !item.stopword) has_content_word = true;
        }
        std::vector<Xapian::Query> required;
        std::vector<Xapian::Query> optional;
        std::vector<QueryWord> words;
        bool follows_previous = false;
        Xapian::termcount skipped = 0;
        std::vector<Xapian::Query> excluded;
        std::map<std::string, std::vector<Xapian::Query>> filters_by_field;
        Node node;
        for (auto& item : items) {
            bool free_word = item.role == Node::Role::text && !item.negated && item.stems.size() == 1;
            if (free_word) {
                if (item.stopword && has_content_word) {
                    ++skipped;
                } else {
                    words.push_back({item.stems.front(), skipped, follows_previous});
                    skipped = 0;
                }
            }
            follows_previous = free_word;
            if (item.role == Node::Role::nothing || (item.stopword && has_content_word && !item.negated)) continue;
            if (item.negated) {
                excluded.push_back(item.query);
            } else if (item.role == Node::Role::filter) {
                filters_by_field[item.field].push_back(item.query);
            } else {
                bool must = options_.match == MatchMode::all || item.required;
                (must ? required : optional).push_back(item.query);
                merge(node.plan, std::move(item.plan));
            }
        }
        std::vector<Xapian::Query> filters;
        for (auto& [field, alternatives] : filters_by_field) {
            filters.emplace_back(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
        }
        Xapian::Query query;
        if (!required.empty()) query = Xapian::Query(Xapian::Query::OP_AND, required.begin(), required.end());
        if (!optional.empty()) {
            Xapian::Query any(Xapian::Query::OP_OR, optional.begin(), optional.end());
            query = query.empty() ? any : Xapian::Query(Xapian::Query::OP_AND_MAYBE, query, any);
        }
        if (Xapian::Query boost = proximity_boost(words, options_); !query.empty() && !boost.empty()) {
            query = Xapian::Query(Xapian::Query::OP_AND_MAYBE, query, boost);
        }
        if (!filters.empty()) {
            Xapian::Query filter(Xapian::Query::OP_AND, filters.begin(), filters.end());
            query = query.empty() ? Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, filter, 0)
                                  : Xapian::Query(Xapian::Query::OP_FILTER, query, filter);
        }
        if (!excluded.empty()) {
            if (query.empty()) query = Xapian::Query::MatchAll;
            query = Xapian::Query(Xapian::Query::OP_AND_NOT, query,
                                  Xapian::Query(Xapian::Query::OP_OR, excluded.begin(), excluded.end()));
        }
        if (query.empty()) return node;
        node.role = Node::Role::text;
        node.query = query;
        return node;
    }

    std::vector<Lexeme> lexemes_;
    std::size_t pos_ = 0;
    int depth_ = 0;
    Analyzer& analyzer_;
    const QueryParserOptions& options_;
    const QueryExpander* expander_;
};

} // namespace

YearRange parse_year_range(std::string_view text) {
    auto dots = text.find("..");
    if (dots == std::string_view::npos) {
        int year = parse_year(text, 1);
        return {year, year};
    }
    YearRange range;
    if (dots > 0) range.from = parse_year(text.substr(0, dots), 1);
    if (dots + 2 < text.size()) range.to = parse_year(text.substr(dots + 2), dots + 3);
    if (!range.from && !range.to) throw QueryError(1, "'..' needs a year on at least one side");
    if (range.from && range.to && *range.from > *range.to) {
        throw QueryError(1, fmt::format("year range {}..{} is reversed (did you mean {}..{}?)", *range.from, *range.to,
                                        *range.to, *range.from));
    }
    return range;
}

Xapian::Query year_filter(const YearRange& range) {
    if (range.from && range.to && *range.from == *range.to) {
        return Xapian::Query(fmt::format("{}{}", schema::year_prefix, *range.from));
    }
    if (range.from && range.to) {
        return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::year_slot, schema::year_value(*range.from),
                             schema::year_value(*range.to));
    }
    if (range.from) return Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::year_slot, schema::year_value(*range.from));
    return Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::year_slot, schema::year_value(*range.to));
}

Xapian::Query tag_filter(std::string_view tag) {
    std::string term(schema::tag_prefix);
    for (char c : tag) term += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return Xapian::Query(term);
}

QueryParser::QueryParser(Analyzer& analyzer, QueryParserOptions options) : analyzer_(analyzer), options_(options) {}

QueryParser::QueryParser(Analyzer& analyzer, const Xapian::Database& db, QueryParserOptions options)
    : analyzer_(analyzer), options_(options), expander_(std::make_shared<QueryExpander>(db, analyzer)) {}

ParsedQuery QueryParser::parse(std::string_view text) const {
    return Parser(lex_query(text), analyzer_, options_, expander_.get()).run();
}

} // namespace plenary
