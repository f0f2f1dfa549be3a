#include "ranking_cli.h"

#include <fmt/format.h>

#include <limits>
#include <string_view>
#include <utility>

namespace plenary::cli {

namespace {

// "0.9", where Boost would show 0.90000000000000002.
std::string shown(double value) { return fmt::format("{}", value); }

// Sorted by name.
constexpr std::pair<std::string_view, MatchMode> match_modes[] = {
    {"all", MatchMode::all}, {"any", MatchMode::any}, {"best", MatchMode::best}};

MatchMode match_mode(const std::string& name) {
    for (const auto& [mode_name, mode] : match_modes) {
        if (name == mode_name) return mode;
    }
    throw UsageError(fmt::format("--match: '{}' is not one of all, any, best", name));
}

// A count given on the command line, which Program_options would wrap around if negative.
std::size_t count(long long value, const char* name) {
    if (value < 0) throw UsageError(fmt::format("--{} must not be negative (not {})", name, value));
    return static_cast<std::size_t>(value);
}

// Words: how they match and what the vocabulary adds to them.
void add_word_options(po::options_description& options, RankingSettings& settings) {
    QueryParserOptions& query = settings.ranking.query;
    options.add_options()
        ("synonym-weight",
         po::value(&query.synonym_weight)->value_name("W")->default_value(query.synonym_weight, shown(query.synonym_weight)),
         "weight of a word's equivalent forms from the vocabulary against the form written")
        ("concept-weight",
         po::value(&query.concept_weight)->value_name("W")->default_value(query.concept_weight, shown(query.concept_weight)),
         "weight of a word's related concepts from the vocabulary (its '~' groups) against the form written; 0: none")
        ("wordnet-weight",
         po::value(&query.wordnet_weight)->value_name("W")->default_value(query.wordnet_weight, shown(query.wordnet_weight)),
         "weight of a word's synonyms from WordNet that the index holds, against the form written; 0: none")
        ("no-mined-vocabulary", po::bool_switch(&settings.no_mined_vocabulary),
         "leave out the acronyms the indexer found defined in the text (plenary-index --show-vocabulary)")
        ("no-vocabulary", po::bool_switch(&settings.no_vocabulary),
         "match words only as written, not through the index's acronyms, spellings and compounds")
        ("no-question-words", po::bool_switch(&settings.no_question_words),
         "count the verbs that frame a question (say, tell, ...) as words of the subject")
        ("field-weight", po::value(&query.field_weight)->value_name("W")->default_value(query.field_weight, shown(query.field_weight)),
         "weight of the communiqué's title, city, country and year words against body words")
        ("no-context", po::bool_switch(&settings.no_context),
         "count a word naming a communiqué's city or year (Rome, 2004) wherever the text has it, not once "
         "for each passage of that communiqué");
}

void add_feedback_options(po::options_description& options, RankingSettings& settings) {
    FeedbackOptions& feedback = settings.ranking.feedback;
    options.add_options()
        ("feedback", po::value(&settings.feedback_passages)->value_name("N")->default_value(settings.feedback_passages),
         "pseudo-relevance feedback (RM3-style): add the words that set the first N hits apart; 0: none")
        ("feedback-words", po::value(&settings.feedback_words)->value_name("N")->default_value(settings.feedback_words),
         "with --feedback, how many words to add")
        ("feedback-weight", po::value(&feedback.weight)->value_name("W")->default_value(feedback.weight, shown(feedback.weight)),
         "with --feedback, the added words' weight against the query's own");
}

} // namespace

po::options_description ranking_options(RankingSettings& settings) {
    RankingOptions& ranking = settings.ranking;
    QueryParserOptions& query = ranking.query;
    po::options_description options("Ranking");
    options.add_options()
        ("match", po::value(&settings.match)->value_name("best|any|all")->default_value(settings.match),
         "words not joined by an operator: best (passages with all the words first, then those with "
         "the most), any (plain BM25 over any of them) or all (every word must match)")
        ("coordination-weight",
         po::value(&query.coordination_weight)->value_name("W")->default_value(query.coordination_weight, shown(query.coordination_weight)),
         "with --match best, what each query word a passage matches adds to its score")
        ("bm25-k1", po::value(&ranking.bm25_k1)->value_name("K")->default_value(ranking.bm25_k1, shown(ranking.bm25_k1)),
         "BM25 term frequency saturation")
        ("bm25-b", po::value(&ranking.bm25_b)->value_name("B")->default_value(ranking.bm25_b, shown(ranking.bm25_b)),
         "BM25 passage length normalization, 0 to 1")
        ("phrase-boost", po::value(&query.phrase_boost)->value_name("W")->default_value(query.phrase_boost, shown(query.phrase_boost)),
         "extra weight of neighbouring query words found in order")
        ("proximity-boost", po::value(&query.proximity_boost)->value_name("W")->default_value(query.proximity_boost, shown(query.proximity_boost)),
         "extra weight of neighbouring query words found within the proximity window")
        ("proximity-window", po::value(&settings.proximity_window)->value_name("N")->default_value(settings.proximity_window),
         "words of the proximity window")
        ("proximity-depth", po::value(&settings.proximity_depth)->value_name("N")->default_value(settings.proximity_depth),
         "the phrase and proximity boosts reorder the first N passages of the ranking without them; 0: every passage")
        ("no-proximity", po::bool_switch(&settings.no_proximity), "plain BM25: no phrase or proximity boost");
    add_word_options(options, settings);
    add_feedback_options(options, settings);
    return options;
}

RankingOptions ranking_from(const RankingSettings& settings) {
    RankingOptions ranking = settings.ranking;
    ranking.query.match = match_mode(settings.match);
    ranking.query.mined_vocabulary = !settings.no_mined_vocabulary;
    ranking.query.question_words = !settings.no_question_words;
    ranking.query.vocabulary = !settings.no_vocabulary;
    ranking.query.communique_context = !settings.no_context;
    if (settings.no_proximity) {
        ranking.query.phrase_boost = 0;
        ranking.query.proximity_boost = 0;
    }
    auto check = [](double value, const char* name) {
        if (!(value >= 0)) throw UsageError(fmt::format("--{} must not be negative", name));
    };
    check(ranking.bm25_k1, "bm25-k1");
    check(ranking.bm25_b, "bm25-b");
    if (ranking.bm25_b > 1) throw UsageError("--bm25-b must be between 0 and 1");
    check(ranking.query.phrase_boost, "phrase-boost");
    check(ranking.query.proximity_boost, "proximity-boost");
    check(ranking.query.field_weight, "field-weight");
    check(ranking.query.synonym_weight, "synonym-weight");
    check(ranking.query.concept_weight, "concept-weight");
    check(ranking.query.wordnet_weight, "wordnet-weight");
    check(ranking.query.coordination_weight, "coordination-weight");
    check(ranking.feedback.weight, "feedback-weight");
    ranking.feedback.passages = count(settings.feedback_passages, "feedback");
    ranking.feedback.words = count(settings.feedback_words, "feedback-words");
    constexpr long long widest = std::numeric_limits<Xapian::termcount>::max();
    if (settings.proximity_window < 2 || settings.proximity_window > widest) {
        throw UsageError(fmt::format("--proximity-window must be from 2 to {} (not {})", widest, settings.proximity_window));
    }
    ranking.query.proximity_window = static_cast<Xapian::termcount>(settings.proximity_window);
    constexpr long long deepest = std::numeric_limits<Xapian::doccount>::max();
    if (settings.proximity_depth < 0 || settings.proximity_depth > deepest) {
        throw UsageError(fmt::format("--proximity-depth must be from 0 to {} (not {})", deepest, settings.proximity_depth));
    }
    ranking.proximity_depth = static_cast<Xapian::doccount>(settings.proximity_depth);
    return ranking;
}

} // namespace plenary::cli
