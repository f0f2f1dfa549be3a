#include "plenary/like_query.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>

#include "function_words.h"

namespace plenary {

namespace {

struct WordCount {
    std::size_t count = 0;
    double weight = 0;
};

struct AnalyzedPassage {
    std::map<std::string, WordCount> words;                          // by stem
    std::vector<std::pair<std::uint32_t, std::string>> content_stems;  // position, stem, in order
};

AnalyzedPassage analyze(std::string_view text, Analyzer& analyzer, const Xapian::Database& db) {
    AnalyzedPassage passage;
    analyzer.analyze(text, [&](const Token& token) {
        if (token.stem.size() < 2 || is_function_word(token.term) || db.get_termfreq(token.stem) == 0) return;
        ++passage.words[token.stem].count;
        passage.content_stems.emplace_back(token.position, token.stem);
    });
    const double documents = std::max<double>(db.get_doccount(), 1);
    for (auto& [stem, word] : passage.words) {
        word.weight = static_cast<double>(word.count) * std::log(1.0 + documents / db.get_termfreq(stem));
    }
    return passage;
}

std::set<std::string> distinctive(const AnalyzedPassage& passage, std::size_t count) {
    std::vector<std::pair<double, std::string>> ranked;
    for (const auto& [stem, word] : passage.words) ranked.emplace_back(word.weight, stem);
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    if (ranked.size() > count) ranked.resize(count);
    std::set<std::string> kept;
    for (const auto& [weight, stem] : ranked) kept.insert(stem);
    return kept;
}

// Neighbouring kept words, each pair once, as phrases allowing one function word between them.
std::vector<Xapian::Query> phrases(const AnalyzedPassage& passage, const std::set<std::string>& kept) {
    std::set<std::pair<std::string, std::string>> pairs;
    const auto& stems = passage.content_stems;
    for (std::size_t i = 1; i < stems.size(); ++i) {
        const auto& [position, stem] = stems[i];
        const auto& [previous_position, previous] = stems[i - 1];
        if (position - previous_position <= 2 && previous != stem && kept.count(previous) && kept.count(stem)) {
            pairs.emplace(previous, stem);
        }
    }
    std::vector<Xapian::Query> queries;
    for (const auto& [first, second] : pairs) {
        std::vector<Xapian::Query> words{Xapian::Query(first), Xapian::Query(second)};
        queries.emplace_back(Xapian::Query::OP_PHRASE, words.begin(), words.end(), 3);
    }
    return queries;
}

} // namespace

ParsedQuery like_query(std::string_view text, Analyzer& analyzer, const Xapian::Database& db, const LikeOptions& options) {
    AnalyzedPassage passage = analyze(text, analyzer, db);
    std::set<std::string> kept = distinctive(passage, options.words);
    if (kept.empty()) throw std::invalid_argument("the passage has no word the index holds to search for");

    std::vector<Xapian::Query> words;
    for (const auto& stem : kept) words.emplace_back(stem, static_cast<Xapian::termcount>(passage.words[stem].count));
    Xapian::Query query(Xapian::Query::OP_OR, words.begin(), words.end());
    std::vector<Xapian::Query> shared_phrases = phrases(passage, kept);
    if (!shared_phrases.empty() && options.phrase_weight > 0) {
        Xapian::Query phrase_query(Xapian::Query::OP_OR, shared_phrases.begin(), shared_phrases.end());
        query = Xapian::Query(Xapian::Query::OP_AND_MAYBE, query,
                              Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, phrase_query, options.phrase_weight));
    }
    ParsedQuery parsed;
    parsed.query = query;
    parsed.plan.stems = std::move(kept);
    return parsed;
}

} // namespace plenary
