// Following wording on the bundled corpus: the intangible-transfer formula through 2004, 2013
// and 2021, passages like Sochi's paragraph on the experts' meetings, and the paragraphs carried
// over from one communiqué to the next.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>

#include "plenary/formula_trace.h"
#include "plenary/word_diff.h"
#include "bundled_searcher.h"
#include "plenary/indexer.h"

using namespace plenary;
using namespace plenary::testing;

namespace {

// The passage id each communiqué carries the formula in, "" where absent.
std::map<std::string, std::string> carried_by(const FormulaTrace& trace) {
    std::map<std::string, std::string> passages;
    for (const auto& version : trace.versions) passages[version.communique->id] = version.hit ? version.hit->passage.passage_id : "";
    return passages;
}

// Each version rebuilt from the one before it and its diff.
void check_diffs_rebuild_each_version(const FormulaTrace& trace) {
    const std::string* previous = nullptr;
    for (const auto& version : trace.versions) {
        if (!version.hit) {
            CHECK_FALSE(version.diff);
            continue;
        }
        INFO(version.hit->passage.passage_id);
        CHECK(version.diff.has_value() == (previous != nullptr));
        if (previous) CHECK(apply_diff(*previous, version.hit->passage.text, *version.diff) == version.hit->passage.text);
        previous = &version.hit->passage.text;
    }
}

} // namespace

TEST_CASE("the intangible-transfer formula is traced through 2004, 2013 and 2021", "[trace]") {
    FormulaTrace trace = trace_formula(wording_searcher(), "intangible technology transfer");
    REQUIRE(trace.versions.size() == 5);
    std::vector<int> years;
    for (const auto& version : trace.versions) years.push_back(*version.communique->metadata.year);
    CHECK(std::is_sorted(years.begin(), years.end()));
    CHECK(carried_by(trace) == std::map<std::string, std::string>{
                                   {"2001-ottawa-16th-plenary", ""},
                                   {"2004-seoul-19th-plenary", "2004-seoul-19th-plenary#7"},
                                   {"2011-buenos-aires-25th-plenary", ""},
                                   {"2013-rome-27th-plenary", "2013-rome-27th-plenary#7"},
                                   {"2021-sochi-33rd-plenary", "2021-sochi-33rd-plenary#14"},
                               });
    REQUIRE(trace.first());
    CHECK(trace.first()->communique->id == "2004-seoul-19th-plenary");
    CHECK(trace.last()->communique->id == "2021-sochi-33rd-plenary");
    // Buenos Aires writes "intangible technology" without a transfer: the closest, not a version.
    const TraceVersion& buenos_aires = trace.versions[2];
    REQUIRE(buenos_aires.closest);
    CHECK(buenos_aires.closest->passage.passage_id == "2011-buenos-aires-25th-plenary#3");
    // Sochi's other passage with the three words is counted, not shown.
    CHECK(trace.versions[4].also_carried_by == 1);
    check_diffs_rebuild_each_version(trace);
}

TEST_CASE("a trace follows wording: a related concept of the formula is not one of its versions", "[trace]") {
    // No communiqué writes "middlemen"; thesaurus.txt links it to their "brokering".
    CHECK(trace_formula(wording_searcher(), "middlemen").present() == 0);
    CHECK(trace_formula(wording_searcher(), "brokering").present() == 3);
}

TEST_CASE("a passage is traced by the passages most like it", "[trace]") {
    FormulaTrace trace = trace_formula(wording_searcher(), "2013-rome-27th-plenary#10");
    CHECK(trace.from_passage);
    auto passages = carried_by(trace);
    CHECK(passages["2013-rome-27th-plenary"] == "2013-rome-27th-plenary#10");
    CHECK(passages["2021-sochi-33rd-plenary"] == "2021-sochi-33rd-plenary#15");
    check_diffs_rebuild_each_version(trace);
    CHECK_THROWS_AS(trace_formula(wording_searcher(), "2013-rome-27th-plenary#99"), std::invalid_argument);
}

TEST_CASE("a paragraph merged into a longer one is traced into it", "[trace]") {
    // Sochi #8, one sentence on space programmes, rewrites a sentence of Rome #8, a long paragraph
    // on outreach: against the whole paragraph its words are too few to count.
    Searcher& searcher = wording_searcher();
    auto sochi = searcher.passage("2021-sochi-33rd-plenary#8");
    auto rome = searcher.passage("2013-rome-27th-plenary#8");
    REQUIRE(sochi);
    REQUIRE(rome);
    CHECK(diff_words(rome->text, sochi->text).similarity() < TraceOptions{}.min_similarity);
    FormulaTrace trace = trace_formula(searcher, "2021-sochi-33rd-plenary#8");
    CHECK(carried_by(trace)["2013-rome-27th-plenary"] == "2013-rome-27th-plenary#8");
    // Buenos Aires #6, one sentence, is the last of Rome #4 word for word: it is traced into Rome #4,
    // and its heading says so (1.00, not the 0.18 of the whole paragraphs).
    FormulaTrace sentence = trace_formula(searcher, "2011-buenos-aires-25th-plenary#6");
    CHECK(carried_by(sentence)["2013-rome-27th-plenary"] == "2013-rome-27th-plenary#4");
    CHECK(sentence.versions[3].similarity == Approx(1.0));
    // Rome #4 rewrites Buenos Aires #4 on the regional programmes, then adds #6's sentence: it is
    // traced into #4, which carries more of its wording than the one sentence.
    CHECK(carried_by(trace_formula(searcher, "2013-rome-27th-plenary#4"))["2011-buenos-aires-25th-plenary"] == "2011-buenos-aires-25th-plenary#4");
    check_diffs_rebuild_each_version(trace);
}

TEST_CASE("a passage is traced into the passage that carries most of its wording, not a short one sharing a few words", "[trace]") {
    // Buenos Aires #8 on outreach: Sochi #12 continues it (outreach to non-partners, the chair's
    // activities); Sochi #18, thanking France for the point of contact, shares a few words with one
    // of its sentences.
    FormulaTrace trace = trace_formula(wording_searcher(), "2011-buenos-aires-25th-plenary#8");
    const TraceVersion& sochi = trace.versions.back();
    REQUIRE(sochi.communique->id == "2021-sochi-33rd-plenary");
    const Hit* version = sochi.hit ? &*sochi.hit : sochi.closest ? &*sochi.closest : nullptr;
    REQUIRE(version);
    CHECK(version->passage.passage_id == "2021-sochi-33rd-plenary#12");
}

TEST_CASE("a passage id is told from a query that names a passage", "[trace]") {
    CHECK(looks_like_passage_id("2013-rome-27th-plenary#7"));
    CHECK_FALSE(looks_like_passage_id("passage:2013-rome-27th-plenary#7"));
    CHECK_FALSE(looks_like_passage_id("brokering"));
    FormulaTrace trace = trace_formula(wording_searcher(), "passage:2013-rome-27th-plenary#7");
    CHECK_FALSE(trace.from_passage);
    REQUIRE(trace.present() == 1);
    CHECK(trace.first()->hit->passage.passage_id == "2013-rome-27th-plenary#7");
}

TEST_CASE("passages like Sochi's experts' meetings paragraph: Rome's technical work and procurement first", "[like]") {
    Searcher& searcher = wording_searcher();
    auto sochi = searcher.passage("2021-sochi-33rd-plenary#14");
    REQUIRE(sochi);
    SearchOptions options;
    options.limit = 1000;
    options.excluded_communique = sochi->communique_id;
    options.one_per_communique_first = true;
    SearchResults results = searcher.search(searcher.like(sochi->text), options);
    std::vector<std::string> rome;
    std::set<std::string> first_communiques;
    for (const auto& hit : results.hits) {
        CHECK(hit.passage.communique_id != sochi->communique_id);
        if (hit.passage.communique_id == "2013-rome-27th-plenary") rome.push_back(hit.passage.passage_id);
    }
    REQUIRE(rome.size() >= 2);
    CHECK(std::set<std::string>(rome.begin(), rome.begin() + 2) ==
          std::set<std::string>{"2013-rome-27th-plenary#6", "2013-rome-27th-plenary#7"});
    // One best passage per communiqué first: the first four hits are from the four other communiqués.
    REQUIRE(results.hits.size() >= 4);
    for (std::size_t i = 0; i < 4; ++i) first_communiques.insert(results.hits[i].passage.communique_id);
    CHECK(first_communiques.size() == 4);
    CHECK(results.hits[0].passage.passage_id == "2013-rome-27th-plenary#6");
}

TEST_CASE("paragraphs carried over are nearly the same words, from one communiqué to the next", "[unchanged]") {
    auto carried = carried_over(wording_searcher(), 0.8);
    REQUIRE_FALSE(carried.empty());
    auto communiques = wording_searcher().communiques();
    for (const auto& paragraph : carried) {
        INFO(paragraph.earlier.passage_id << " -> " << paragraph.later.passage_id);
        CHECK(paragraph.diff.similarity() >= 0.8);
        CHECK(apply_diff(paragraph.earlier.text, paragraph.later.text, paragraph.diff) == paragraph.later.text);
        auto to = std::find(communiques.begin(), communiques.end(), paragraph.to);
        REQUIRE(to != communiques.begin());
        CHECK((*(to - 1))->id == paragraph.from->id);
    }
    CHECK(carried_over(wording_searcher(), 1.0).size() <= carried.size());
}

namespace {

// The bundled corpus and tests/data/formats: the MTCR beside the NSG, the Wassenaar Arrangement
// and the Australia Group.
Searcher& regimes_searcher() {
    static TempDir index;
    static Searcher searcher = [] {
        IndexOptions options;
        options.index_dir = index.path();
        update_index({corpus_dir, source_dir / "tests" / "data" / "formats"}, options);
        return Searcher(index.path(), wording_ranking());
    }();
    return searcher;
}

std::set<std::string> organisations_of(const FormulaTrace& trace) {
    std::set<std::string> orgs;
    for (const auto& version : trace.versions) orgs.insert(version.communique->metadata.org);
    return orgs;
}

} // namespace

TEST_CASE("a trace stays in the passage's regime and the communiqués its query's fields name", "[trace]") {
    Searcher& searcher = regimes_searcher();
    const std::set<std::string> mtcr{"MTCR"};
    REQUIRE(organisations_of(trace_formula(searcher, "intangible technology transfer")).size() == 4);

    FormulaTrace of_mtcr = trace_formula(searcher, "intangible technology transfer org:mtcr");
    CHECK(organisations_of(of_mtcr) == mtcr);
    CHECK(of_mtcr.versions.size() == 10);
    CHECK(of_mtcr.present() >= 5);

    FormulaTrace of_years = trace_formula(searcher, "intangible technology transfer year:2010..2021");
    REQUIRE_FALSE(of_years.versions.empty());
    for (const auto& version : of_years.versions) {
        INFO(version.communique->id);
        REQUIRE(version.communique->metadata.year);
        CHECK(*version.communique->metadata.year >= 2010);
        CHECK(*version.communique->metadata.year <= 2021);
    }
    // A field under OR narrows nothing: a communiqué of another year may still match.
    CHECK(trace_formula(searcher, "intangible (technology OR year:2013)").versions.size() ==
          trace_formula(searcher, "intangible technology").versions.size());

    FormulaTrace of_passage = trace_formula(searcher, "2013-rome-27th-plenary#7");
    CHECK(organisations_of(of_passage) == mtcr);
    CHECK(of_passage.present() >= 3);
}

TEST_CASE("a paragraph is carried over from the communiqué before it of the same regime", "[unchanged]") {
    Searcher& searcher = regimes_searcher();
    auto communiques = searcher.communiques();
    auto carried = carried_over(searcher, 0.8);
    REQUIRE_FALSE(carried.empty());
    for (const auto& paragraph : carried) {
        INFO(paragraph.earlier.passage_id << " -> " << paragraph.later.passage_id);
        CHECK(paragraph.from->metadata.org == paragraph.to->metadata.org);
        auto from = std::find(communiques.begin(), communiques.end(), paragraph.from);
        auto to = std::find(communiques.begin(), communiques.end(), paragraph.to);
        REQUIRE(from < to);
        for (auto between = from + 1; between != to; ++between) CHECK((*between)->metadata.org != paragraph.to->metadata.org);
    }
    // The Wassenaar Arrangement's 2017 paragraph in its 2019 statement, an NSG statement of 2018 between.
    auto across_another_regime = std::find_if(carried.begin(), carried.end(), [](const CarriedOver& paragraph) {
        return paragraph.from->id == "2017-wa-plenary-statement" && paragraph.to->id == "2019-wa-vienna-plenary";
    });
    CHECK(across_another_regime != carried.end());
}

TEST_CASE("communiqués without a year close the timeline and are neither its first nor its last version", "[trace]") {
    TempDir dir;
    write_file(dir / "notes" / "analyst-notes.txt",
               "Notes on what the regime says about intangible technology transfer, kept for the export control desk.\n\n"
               "Partners keep returning to intangible technology transfer: the transfer of technical data by e-mail, "
               "by cloud storage and by visiting experts, which export licences do not always reach.\n");
    IndexOptions options;
    options.index_dir = dir / "index";
    update_index({corpus_dir, dir / "notes"}, options);
    Searcher searcher(dir / "index", wording_ranking());
    FormulaTrace trace = trace_formula(searcher, "intangible technology transfer");
    REQUIRE(trace.versions.size() == 6);
    const TraceVersion& notes = trace.versions.back();
    CHECK_FALSE(notes.communique->metadata.year);
    CHECK(notes.hit);
    for (std::size_t i = 0; i + 1 < trace.versions.size(); ++i) CHECK(trace.versions[i].communique->metadata.year);
    REQUIRE(trace.first());
    REQUIRE(trace.last());
    CHECK(trace.first()->communique->id == "2004-seoul-19th-plenary");
    CHECK(trace.last()->communique->id == "2021-sochi-33rd-plenary");
}
