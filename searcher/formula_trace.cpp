#include "plenary/formula_trace.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <stdexcept>

#include "carried_wording.h"

namespace plenary {

namespace {

using HitsByCommunique = std::map<std::string, std::vector<Hit>>;

HitsByCommunique by_communique(std::vector<Hit> hits) {
    HitsByCommunique grouped;
    for (auto& hit : hits) grouped[hit.passage.communique_id].push_back(std::move(hit));
    return grouped;
}

SearchResults every_hit(Searcher& searcher, const ParsedQuery& parsed, const TraceOptions& options) {
    SearchOptions search;
    search.limit = options.max_passages;
    return searcher.search(parsed, search);
}

// The candidate whose text is most similar by similarity_to (the first, the best-scored, among
// equals), and the similarity; candidates in rank order.
std::pair<const Hit*, double> closest_to(const std::vector<const Hit*>& candidates,
                                         const std::function<double(const std::string&)>& similarity_to) {
    const Hit* best = nullptr;
    double best_similarity = -1;
    for (const Hit* candidate : candidates) {
        double similarity = similarity_to(candidate->passage.text);
        if (similarity > best_similarity) {
            best = candidate;
            best_similarity = similarity;
        }
    }
    return {best, best_similarity};
}

// Each version's diff from the version before it.
void add_diffs(FormulaTrace& trace) {
    const std::string* previous = nullptr;
    for (auto& version : trace.versions) {
        if (!version.hit) continue;
        if (previous) version.diff = diff_words(*previous, version.hit->passage.text);
        if (!trace.from_passage && version.diff) version.similarity = version.diff->similarity();
        previous = &version.hit->passage.text;
    }
}

// The fields written beside the query's words, not under OR or NOT, which every hit satisfies
// (org:mtcr, year:2010..2021), as a query of their own; empty when there are none.
std::string fields_beside_words(const QueryTree& tree) {
    std::vector<const QueryNode*> items{&tree.root};
    if (tree.root.kind == QueryNode::Kind::sequence || tree.root.kind == QueryNode::Kind::conjunction) {
        items.clear();
        for (const auto& child : tree.root.children) items.push_back(&child);
    }
    std::string fields;
    for (const QueryNode* item : items) {
        if (item->kind != QueryNode::Kind::field || item->modifier == QueryNode::Modifier::excluded) continue;
        if (!fields.empty()) fields += ' ';
        fields += tree.text.substr(item->span.begin, item->span.end - item->span.begin);
    }
    return fields;
}

// Only the communiqués that have a passage where fields hold.
void keep_communiques_where(Searcher& searcher, const std::string& fields, FormulaTrace& trace) {
    SearchOptions every_passage;
    every_passage.with_text = false;
    every_passage.limit = 0;
    for (const auto& version : trace.versions) every_passage.limit += version.communique->passages;
    std::set<std::string> holding;
    for (const auto& hit : searcher.search(fields, every_passage).hits) holding.insert(hit.passage.communique_id);
    std::erase_if(trace.versions, [&](const TraceVersion& version) { return !holding.count(version.communique->id); });
}

void trace_query(Searcher& searcher, FormulaTrace& trace, const TraceOptions& options) {
    ParsedQuery parsed = searcher.parse(trace.formula);
    if (std::string fields = fields_beside_words(parsed.tree); !fields.empty()) keep_communiques_where(searcher, fields, trace);
    HitsByCommunique hits = by_communique(every_hit(searcher, parsed, options).hits);
    const std::string* previous = nullptr;
    for (auto& version : trace.versions) {
        auto found = hits.find(version.communique->id);
        if (found == hits.end()) continue;
        std::vector<const Hit*> carrying;
        std::vector<const Hit*> others;
        for (const auto& hit : found->second) (hit.partial() ? others : carrying).push_back(&hit);
        if (carrying.empty()) {
            if (!others.empty()) version.closest = *others.front();
            continue;
        }
        auto similarity_to_previous = [&](const std::string& text) { return previous ? diff_words(*previous, text).similarity() : 0; };
        version.hit = *closest_to(carrying, similarity_to_previous).first;
        version.also_carried_by = carrying.size() - 1;
        previous = &version.hit->passage.text;
    }
}

// A passage's wording is followed through its own regime's communiqués: another regime's
// statement of a similar rule is not a version of it.
void keep_same_organisation(FormulaTrace& trace, const std::string& communique_id) {
    auto origin = std::find_if(trace.versions.begin(), trace.versions.end(),
                               [&](const TraceVersion& version) { return version.communique->id == communique_id; });
    if (origin == trace.versions.end()) return;
    const std::string org = origin->communique->metadata.org;
    std::erase_if(trace.versions, [&](const TraceVersion& version) { return version.communique->metadata.org != org; });
}

void trace_passage(Searcher& searcher, FormulaTrace& trace, const TraceOptions& options) {
    auto origin = searcher.passage(trace.formula);
    if (!origin) throw std::invalid_argument("no passage " + trace.formula + " in the index");
    keep_same_organisation(trace, origin->communique_id);
    HitsByCommunique hits = by_communique(every_hit(searcher, searcher.like(origin->text), options).hits);
    const std::string origin_id = origin->passage_id;
    const std::string origin_text = origin->text;
    // More of the traced passage's words, in order; the more similar among equals (the first,
    // the best-scored, among equals in both).
    auto carries_more = [](const CarriedWording& a, const CarriedWording& b) {
        return a.common_words != b.common_words ? a.common_words > b.common_words : a.similarity > b.similarity;
    };
    for (auto& version : trace.versions) {
        auto found = hits.find(version.communique->id);
        if (found == hits.end()) continue;
        if (version.communique->id == origin->communique_id) {
            for (const auto& hit : found->second) {
                if (hit.passage.passage_id == origin_id) version.hit = hit;
            }
            continue;
        }
        // The passage that carries the most of the wording among those similar enough: a short
        // passage whose few words recur in one sentence of the traced one is not its version.
        std::optional<std::pair<const Hit*, CarriedWording>> kept, nearest;
        for (const auto& hit : found->second) {
            CarriedWording wording = carried_wording(origin_text, hit.passage.text);
            if (!nearest || carries_more(wording, nearest->second)) nearest = {&hit, wording};
            if (wording.similarity >= options.min_similarity && (!kept || carries_more(wording, kept->second))) kept = {&hit, wording};
        }
        if (kept) {
            version.hit = *kept->first;
            version.similarity = kept->second.similarity;
        } else if (nearest) {
            version.closest = *nearest->first;
        }
    }
}

} // namespace

std::size_t FormulaTrace::present() const {
    std::size_t count = 0;
    for (const auto& version : versions) count += version.hit ? 1 : 0;
    return count;
}

namespace {

bool dated(const TraceVersion& version) { return version.communique->metadata.year.has_value(); }

} // namespace

const TraceVersion* FormulaTrace::first() const {
    auto carried = std::find_if(versions.begin(), versions.end(), [](const TraceVersion& version) { return version.hit.has_value(); });
    return carried == versions.end() ? nullptr : &*carried;
}

const TraceVersion* FormulaTrace::last() const {
    const TraceVersion* last = nullptr;
    for (const auto& version : versions) {
        if (version.hit && (!last || dated(version) || !dated(*last))) last = &version;
    }
    return last;
}

bool looks_like_passage_id(const std::string& formula) {
    // Not a query's field (passage:ID) or phrase, which hold a '#' too.
    return formula.find('#') != std::string::npos && formula.find_first_of(" \t\n:\"") == std::string::npos;
}

RankingOptions wording_ranking() {
    RankingOptions ranking;
    ranking.query.wordnet_weight = 0;
    ranking.query.concept_weight = 0;
    return ranking;
}

FormulaTrace trace_formula(Searcher& searcher, const std::string& formula, const TraceOptions& options) {
    FormulaTrace trace;
    trace.formula = formula;
    trace.from_passage = looks_like_passage_id(formula);
    for (auto& communique : searcher.communiques()) trace.versions.push_back({std::move(communique), {}, {}, 0, {}, {}});
    std::stable_partition(trace.versions.begin(), trace.versions.end(), dated);
    if (trace.from_passage) trace_passage(searcher, trace, options);
    else trace_query(searcher, trace, options);
    add_diffs(trace);
    return trace;
}

} // namespace plenary
