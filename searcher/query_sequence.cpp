// Items written one after another or joined by AND: what must match, what may, what
// must not, the filters, and the proximity evidence of neighbouring words.
#include <algorithm>
#include <map>
#include <optional>

#include "best_match.h"
#include "proximity.h"
#include "query_compiler.h"
#include "query_expansion.h"

namespace plenary {

namespace {

struct SequenceItem {
    const QueryNode* node;
    bool required = false;   // joined by AND
    bool after_and = false;  // an AND stands between it and the item before
};

std::vector<SequenceItem> items_of(const QueryNode& node) {
    std::vector<SequenceItem> items;
    auto add = [&](const QueryNode& item) {
        if (item.kind != QueryNode::Kind::conjunction) {
            items.push_back({&item});
            return;
        }
        for (std::size_t i = 0; i < item.children.size(); ++i) items.push_back({&item.children[i], true, i > 0});
    };
    if (node.kind == QueryNode::Kind::conjunction) {
        add(node);
    } else {
        for (const auto& child : node.children) add(child);
    }
    return items;
}

bool is_plain_word(const QueryNode& node) {
    return node.kind == QueryNode::Kind::word && node.modifier == QueryNode::Modifier::none;
}

// In best match only unquoted words are optional: a phrase, a group or NEAR must match.
bool strict_in_best_match(const QueryNode& node, const QueryParserOptions& options) {
    using Kind = QueryNode::Kind;
    return options.match == MatchMode::best && node.kind != Kind::word && node.kind != Kind::wildcard &&
           node.kind != Kind::field;
}

struct NamedThing {
    CompiledPart part;
    std::size_t items;  // how many plain words name it
};

// The words of a named thing, each as a plain word: a passage that does not name the thing still
// matches some of them ("Hague Code of Conduct" against Ottawa's draft "Code of Conduct"). The
// thing weighs on top where it is named. As a whole (strict matching, AND, best match's passages
// with all the words) the part is the thing or all of its words. A hit says which of the words it
// matched, each matched where the thing is named in any of its forms.
void add_thing_words(const std::vector<SequenceItem>& items, std::size_t first, const CompileContext& context,
                     NamedThing& named) {
    std::vector<Xapian::Query> words;
    std::vector<WrittenWord> written;
    MatchPlan plan;
    for (std::size_t at = first; at < first + named.items; ++at) {
        CompiledPart word = compile_node(*items[at].node, context);
        if (word.stopword || word.role != CompiledPart::Role::text) continue;
        words.push_back(word.query);
        for (auto& each : word.words) {
            merge(each.plan, MatchPlan(named.part.plan));
            written.push_back(std::move(each));
        }
        merge(plan, std::move(word.plan));
    }
    if (words.empty()) return;
    named.part.words = std::move(written);
    const Xapian::Query thing = named.part.query;
    named.part.whole = any_of({Xapian::Query(Xapian::Query::OP_AND, words.begin(), words.end())}, {thing});
    const bool strict = context.options.match == MatchMode::all || named.part.required;
    named.part.query = strict ? named.part.whole : any_of(words, {thing});
    // Alone in best match, it ranks the passages that match it as a whole first.
    if (context.options.match == MatchMode::best) named.part.all_words = named.part.whole;
    merge(named.part.plan, std::move(plan));
}

// Plain words in a row that spell a multi-word synonym key ("North Korea",
// "UNSCR 1540") are searched as that phrase and its equivalents, and as the words
// themselves (add_thing_words). It must match if one of its words was joined by AND.
std::optional<NamedThing> words_naming_one_thing(const std::vector<SequenceItem>& items, std::size_t first,
                                                 const CompileContext& context) {
    if (!context.expander) return std::nullopt;
    std::vector<Token> tokens;
    std::vector<std::size_t> item_ends;  // tokens up to each plain word
    for (std::size_t at = first; at < items.size() && is_plain_word(*items[at].node) && (at == first || !items[at].after_and);
         ++at) {
        for (auto& token : analyze_as_written(items[at].node->text, context)) tokens.push_back(std::move(token));
        item_ends.push_back(tokens.size());
    }
    if (item_ends.size() < 2) return std::nullopt;
    std::size_t length = context.expander->multiword_key_length(tokens, 0);
    auto end = std::find(item_ends.begin(), item_ends.end(), length);
    if (length == 0 || end == item_ends.begin() || end == item_ends.end()) return std::nullopt;
    tokens.resize(length);
    NamedThing named{compile_tokens_as_phrase(tokens, context), static_cast<std::size_t>(end - item_ends.begin()) + 1};
    for (std::size_t at = first; at < first + named.items; ++at) named.part.required |= items[at].required;
    std::size_t begin = items[first].node->span.begin;
    std::size_t written_end = items[first + named.items - 1].node->span.end;
    named.part.words.push_back({std::string(context.query_text.substr(begin, written_end - begin)), named.part.plan});
    add_thing_words(items, first, context, named);
    return named;
}

// Function words are dropped when other words carry the query.
bool has_content_word(const std::vector<CompiledPart>& parts) {
    return std::any_of(parts.begin(), parts.end(), [](const CompiledPart& part) {
        return part.role == CompiledPart::Role::text && !part.negated && !part.stopword;
    });
}

// The free-text words in query order, with the function words dropped before each.
std::vector<QueryWord> free_words(const std::vector<CompiledPart>& parts, bool drop_stopwords) {
    std::vector<QueryWord> words;
    bool follows_previous = false;
    Xapian::termcount skipped = 0;
    for (const auto& part : parts) {
        bool free_word = part.role == CompiledPart::Role::text && !part.negated && part.stems.size() == 1;
        if (free_word && part.stopword && drop_stopwords) {
            ++skipped;
        } else if (free_word) {
            words.push_back({part.stems.front(), skipped, follows_previous});
            skipped = 0;
        }
        follows_previous = free_word;
    }
    return words;
}

// Words must all match (in MatchMode::any and best, the required ones must and the others add
// weight); filters on one field are alternatives, filters on different fields all apply.
class Conjuncts {
public:
    explicit Conjuncts(const QueryParserOptions& options) : options_(options) {}

    void add(CompiledPart part) {
        if (part.negated) {
            excluded_.push_back(part.query);
        } else if (part.role == CompiledPart::Role::filter) {
            filters_by_field_[part.field].push_back(part.query);
        } else {
            bool must = options_.match == MatchMode::all || part.required;
            (must ? required_ : optional_).push_back(part.query);
            if (!must) optional_wholes_.push_back(part.whole.empty() ? part.query : part.whole);
            merge(plan_, std::move(part.plan));
            for (auto& word : part.words) words_.push_back(std::move(word));
        }
    }

    Xapian::Query query(const std::vector<Xapian::Query>& proximity) const {
        Xapian::Query query = ranked_text(proximity);
        if (!filters_by_field_.empty()) {
            Xapian::Query filter = all_filters();
            query = query.empty() ? Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, filter, 0)
                                  : Xapian::Query(Xapian::Query::OP_FILTER, query, filter);
        }
        if (!excluded_.empty()) {
            if (query.empty()) query = Xapian::Query::MatchAll;
            query = Xapian::Query(Xapian::Query::OP_AND_NOT, query,
                                  Xapian::Query(Xapian::Query::OP_OR, excluded_.begin(), excluded_.end()));
        }
        return query;
    }

    Xapian::Query all_words() const {
        return options_.match == MatchMode::best ? all_words_together(required_, optional_wholes_) : Xapian::Query();
    }

    MatchPlan& plan() { return plan_; }
    std::vector<WrittenWord>& words() { return words_; }

private:
    // The words: the required ones, the optional ones, and what ranks among them.
    Xapian::Query ranked_text(const std::vector<Xapian::Query>& proximity) const {
        Xapian::Query query;
        if (!required_.empty()) query = Xapian::Query(Xapian::Query::OP_AND, required_.begin(), required_.end());
        if (!optional_.empty()) {
            Xapian::Query any(Xapian::Query::OP_OR, optional_.begin(), optional_.end());
            query = query.empty() ? any : Xapian::Query(Xapian::Query::OP_AND_MAYBE, query, any);
        }
        if (query.empty()) return query;
        for (const auto& evidence : proximity) query = Xapian::Query(Xapian::Query::OP_AND_MAYBE, query, evidence);
        // A lone word has nothing to be counted against: its scores stay those of the word alone.
        if (options_.match == MatchMode::best && required_.size() + optional_.size() > 1) {
            Xapian::Query coordination = coordination_boost(optional_, options_.coordination_weight);
            if (!coordination.empty()) query = Xapian::Query(Xapian::Query::OP_AND_MAYBE, query, coordination);
        }
        return query;
    }

    Xapian::Query all_filters() const {
        std::vector<Xapian::Query> filters;
        for (const auto& [field, alternatives] : filters_by_field_) {
            filters.emplace_back(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
        }
        return Xapian::Query(Xapian::Query::OP_AND, filters.begin(), filters.end());
    }

    const QueryParserOptions& options_;
    std::vector<Xapian::Query> required_;
    std::vector<Xapian::Query> optional_;
    std::vector<Xapian::Query> optional_wholes_;  // the optional parts as wholes, for all_words
    std::vector<Xapian::Query> excluded_;
    std::map<QueryField, std::vector<Xapian::Query>> filters_by_field_;
    MatchPlan plan_;
    std::vector<WrittenWord> words_;
};

CompiledPart all_of(std::vector<CompiledPart> parts, const QueryParserOptions& options) {
    bool drop_stopwords = has_content_word(parts);
    auto proximity = proximity_boost(free_words(parts, drop_stopwords), options);
    Conjuncts conjuncts(options);
    for (auto& part : parts) {
        bool dropped = part.stopword && drop_stopwords && !part.negated;
        if (part.role != CompiledPart::Role::nothing && !dropped) conjuncts.add(std::move(part));
    }
    CompiledPart all;
    all.query = conjuncts.query(proximity);
    if (all.query.empty()) return all;
    all.role = CompiledPart::Role::text;
    all.plan = std::move(conjuncts.plan());
    all.words = std::move(conjuncts.words());
    all.all_words = conjuncts.all_words();
    return all;
}

} // namespace

CompiledPart compile_sequence(const QueryNode& node, const CompileContext& context) {
    auto items = items_of(node);
    std::vector<CompiledPart> parts;
    for (std::size_t i = 0; i < items.size();) {
        if (auto named = words_naming_one_thing(items, i, context)) {
            parts.push_back(std::move(named->part));
            i += named->items;
            continue;
        }
        parts.push_back(compile_node(*items[i].node, context));
        if (items[i].required || strict_in_best_match(*items[i].node, context.options)) parts.back().required = true;
        ++i;
    }
    if (parts.size() == 1) return std::move(parts.front());
    return all_of(std::move(parts), context.options);
}

} // namespace plenary
