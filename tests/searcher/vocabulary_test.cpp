// The communiqué vocabulary on the bundled corpus: equivalent forms find the same
// passages, in words and in phrases, and are highlighted where they matched.
#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <set>

#include "plenary/indexer.h"
#include "plenary/searcher.h"
#include "plenary/vocabulary.h"
#include "bundled_searcher.h"
#include "test_support.h"

using namespace plenary;
using namespace plenary::testing;

namespace {

// The passages that match the query as a whole: best match's partial hits (words of a named
// thing without the thing, "Korea" for North Korea) are left out.
std::set<std::string> passages(Searcher& in, const std::string& query) {
    std::set<std::string> ids;
    for (const auto& hit : search_all(in, query).hits)
        if (!hit.partial()) ids.insert(hit.passage.passage_id);
    return ids;
}

std::set<std::string> passages(const std::string& query) { return passages(bundled_searcher(), query); }

std::vector<std::string> highlighted(const Hit& hit) {
    std::vector<std::string> out;
    for (auto [begin, end] : hit.highlights) out.push_back(hit.passage.text.substr(begin, end - begin));
    return out;
}

bool highlights_somewhere(const std::string& query, const std::string& written) {
    for (const auto& hit : search_all(bundled_searcher(), query).hits) {
        for (const auto& words : highlighted(hit)) {
            if (words == written) return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("equivalent forms return the same passages through the vocabulary (WordNet aside)", "[vocabulary]") {
    const std::vector<std::vector<std::string>> groups{
        {"DPRK", "North Korea", "\"North Korea\""},
        {"nonproliferation", "non-proliferation", "\"non proliferation\""},
        {"transshipment", "trans-shipment", "transhipment"},
        {"programme", "program", "programmes", "programs"},
        {"WMD", "\"weapons of mass destruction\"", "weapons of mass destruction"},
        {"TEM", "\"Technical Experts Meeting\"", "\"Technical Expert Meeting\""},
        {"LEEM", "\"Licensing and Enforcement Experts Meeting\""},
        {"IEM", "\"Information Exchange Meeting\""},
        {"HCoC", "\"Hague Code of Conduct\""},
        {"\"Jorg Ranau\"", "\"Jörg Ranau\""},
        {"U.S.", "US"},
        {"\"A.Q. Khan\"", "\"AQ Khan\""},
    };
    for (const auto& group : groups) {
        auto expected = passages(wording_searcher(), group.front());
        INFO(group.front());
        CHECK_FALSE(expected.empty());
        for (std::size_t i = 1; i < group.size(); ++i) {
            INFO(group[i]);
            CHECK(passages(wording_searcher(), group[i]) == expected);
        }
    }
}

TEST_CASE("an acronym that is also a function word expands only when written in capitals", "[vocabulary]") {
    CHECK_FALSE(passages("US").empty());
    CHECK(passages("US") == passages("\"United States\""));
    CHECK(passages("us").empty());  // the pronoun: the bundled text has none
    CHECK(passages("US AND Canada") == passages("\"United States\" AND Canada"));
    CHECK(passages("us Canada") == passages("Canada"));  // a function word drops out
}

TEST_CASE("each form finds the passages written with the other form", "[vocabulary]") {
    // Rome #4 writes "DPRK", Buenos Aires #4 "North Korea".
    CHECK(passages("\"North Korea\"").count("2013-rome-27th-plenary#4"));
    CHECK(passages("DPRK").count("2011-buenos-aires-25th-plenary#4"));
    // Sochi writes "trans-shipment", Seoul "transshipment"; Ottawa "Nonproliferation", Seoul "non-proliferation".
    CHECK(passages("transshipment").count("2021-sochi-33rd-plenary#14"));
    CHECK(passages("trans-shipment").count("2004-seoul-19th-plenary#7"));
    // None writes the British "transhipment": it finds both.
    CHECK(passages("transhipment").count("2004-seoul-19th-plenary#7"));
    CHECK(passages("transhipment").count("2021-sochi-33rd-plenary#14"));
    CHECK(passages("nonproliferation").count("2004-seoul-19th-plenary#3"));
    CHECK(passages("\"non proliferation\"").count("2013-rome-27th-plenary#4"));
    // Rome and Buenos Aires write "Technical Expert Meeting", Sochi "TEM".
    CHECK(passages("\"Technical Experts Meeting\"").count("2013-rome-27th-plenary#6"));
}

TEST_CASE("the ICOC and the HCoC, one instrument under two names, find each other's passages, their own first; quoted, their own only", "[vocabulary][concepts]") {
    // Ottawa #6 writes the draft "International Code of Conduct", Sochi #17 the "Hague Code of Conduct ... (HCoC)".
    const std::string ottawa = "2001-ottawa-16th-plenary#6";
    const std::string sochi = "2021-sochi-33rd-plenary#17";
    struct Case {
        std::string query, own, other;
        bool wording;  // quoted: a related concept is not the wording asked for
    };
    for (const auto& [query, own, other, wording] : std::vector<Case>{{"ICOC", ottawa, sochi, false},
                                                                      {"International Code of Conduct", ottawa, sochi, false},
                                                                      {"\"International Code of Conduct\"", ottawa, sochi, true},
                                                                      {"HCoC", sochi, ottawa, false},
                                                                      {"Hague Code of Conduct", sochi, ottawa, false},
                                                                      {"\"Hague Code of Conduct\"", sochi, ottawa, true}}) {
        INFO(query);
        auto hits = search_all(bundled_searcher(), query).hits;
        REQUIRE_FALSE(hits.empty());
        CHECK(hits.front().passage.passage_id == own);
        CHECK(passages(query).count(other) == (wording ? 0 : 1));
    }
}

TEST_CASE("the field's thesaurus leads everyday words to the regimes' wording", "[vocabulary][concepts]") {
    // No communiqué writes "middlemen" or "smuggling": Seoul #7, Buenos Aires #3 and Rome #7 write
    // "brokering", Rome #6 "illegal transfers" (thesaurus.txt).
    const std::set<std::string> brokering{"2004-seoul-19th-plenary#7", "2011-buenos-aires-25th-plenary#3", "2013-rome-27th-plenary#7"};
    CHECK(passages("middlemen") == brokering);
    CHECK(highlights_somewhere("middlemen", "brokering"));
    CHECK(passages("smuggling").count("2013-rome-27th-plenary#6"));
    CHECK(highlights_somewhere("smuggling", "illegal transfers"));
}

TEST_CASE("words that name a related concept keep their own equivalent forms", "[vocabulary][concepts]") {
    // thesaurus.txt links "missile programmes" to "missile development" and others; the spelling
    // programme = program still holds for its words, quoted or not (WordNet aside: it has other
    // synonyms for program than for programme).
    RankingOptions without_wordnet;
    without_wordnet.query.wordnet_weight = 0;
    Searcher concepts(bundled_index().path(), without_wordnet);
    CHECK_FALSE(passages(concepts, "\"missile programs\"").empty());
    CHECK(passages(concepts, "\"missile programmes\"") == passages(concepts, "\"missile programs\""));
    auto programmes = passages(concepts, "missile programmes");
    for (const auto& passage : passages(concepts, "missile programs")) {
        INFO(passage);
        CHECK(programmes.count(passage));
    }
}

TEST_CASE("plain words naming a thing are counted as words: a hit with them apart matched them all", "[vocabulary][best-match]") {
    // "chemical weapons" names a concept of thesaurus.txt; Sochi #3 writes "(nuclear, chemical and
    // biological weapons)", the words apart.
    auto hits = search_all(bundled_searcher(), "chemical weapons").hits;
    REQUIRE_FALSE(hits.empty());
    CHECK(hits.front().passage.passage_id == "2021-sochi-33rd-plenary#3");
    CHECK(hits.front().matched == std::vector<std::string>{"chemical", "weapons"});
    CHECK_FALSE(hits.front().partial());
    // Where the thing is named in another form, each of its words counts as matched.
    auto north_korea = search_all(bundled_searcher(), "North Korea").hits;
    auto dprk = std::find_if(north_korea.begin(), north_korea.end(),
                             [](const Hit& hit) { return hit.passage.passage_id == "2013-rome-27th-plenary#4"; });
    REQUIRE(dprk != north_korea.end());  // Rome #4 writes "DPRK"
    CHECK(dprk->matched == std::vector<std::string>{"North", "Korea"});
}

TEST_CASE("a phrase with an acronym or an expansion is still a phrase", "[vocabulary][phrase]") {
    // Seoul #3: "proliferation of WMD delivery systems".
    auto expanded = passages("\"weapons of mass destruction delivery systems\"");
    CHECK(expanded.count("2004-seoul-19th-plenary#3"));
    CHECK(expanded == passages("\"WMD delivery systems\""));
    CHECK(passages("\"North Korea delivery systems\"").empty());
    CHECK(passages("\"DPRK and Iran\"") == passages("\"North Korea and Iran\""));
}

TEST_CASE("UNSCR 1540 and \"resolution 1540\" find every passage that refers to resolution 1540", "[vocabulary][numbers]") {
    const std::set<std::string> expected{
        "2004-seoul-19th-plenary#3",         // "the recently adopted UN Security Council Resolution 1540"
        "2011-buenos-aires-25th-plenary#9",  // "mandated under UN Security Council Resolution 1540 ... the 1540 Committee"
        "2013-rome-27th-plenary#3",          // "as recognized in UNSC Resolution 1540"
        "2013-rome-27th-plenary#8",          // "as mandated under UNSC Resolution 1540"
        "2021-sochi-33rd-plenary#12",        // "as required under UNSCR 1540"
    };
    CHECK(passages("UNSCR 1540") == expected);
    CHECK(passages("\"resolution 1540\"") == expected);
    CHECK(passages("\"UN Security Council Resolution 1540\"") == expected);
    CHECK(passages("\"UNSC Resolution 1540\"") == expected);
    // Sochi writes "Resolution 2231": another number is another resolution.
    CHECK(passages("UNSCR 2231") == passages("\"resolution 2231\""));
    CHECK_FALSE(passages("UNSCR 2231").empty());
    for (const auto& id : passages("UNSCR 2231")) CHECK_FALSE(expected.count(id));
}

TEST_CASE("a footnote marker does not hide the word", "[vocabulary][markers]") {
    // Ottawa #3: "The 33 countries1 of the MTCR".
    CHECK(passages("\"33 countries of the MTCR\"") == std::set<std::string>{"2001-ottawa-16th-plenary#3"});
    CHECK(passages("countries").count("2001-ottawa-16th-plenary#3"));
    // Written with its number, the word is searched as written.
    CHECK(passages("countries1") == std::set<std::string>{"2001-ottawa-16th-plenary#3"});
}

TEST_CASE("what matched is highlighted as it is written", "[vocabulary][highlight]") {
    CHECK(highlights_somewhere("\"North Korea\"", "DPRK"));
    CHECK(highlights_somewhere("\"North Korea\"", "North Korea"));
    CHECK(highlights_somewhere("DPRK", "North Korea"));
    CHECK(highlights_somewhere("programme", "programs"));
    CHECK(highlights_somewhere("program", "programmes"));
    CHECK(highlights_somewhere("nonproliferation", "non-proliferation"));
    CHECK(highlights_somewhere("non-proliferation", "nonproliferation"));
    CHECK(highlights_somewhere("UNSCR 1540", "UN Security Council Resolution 1540"));
    CHECK(highlights_somewhere("\"AQ Khan\"", "A.Q. Khan"));
}

TEST_CASE("a synonym line added to a vocabulary file works after re-indexing", "[vocabulary][data]") {
    TempDir work;
    write_file(work / "corpus/a.txt", "The Plenary discussed the Zangger Committee and its trigger list at length today.\n");
    write_file(work / "corpus/b.txt", "Partners met the ZC to compare their trigger lists with the Regime's Annex today.\n");
    IndexOptions options;
    options.index_dir = work / "index";
    update_index({work / "corpus"}, options);
    {
        Searcher before(options.index_dir);
        CHECK(passages(before, "ZC").size() == 1);
    }
    write_file(work / "vocabulary/mine.txt", "# my additions\nZC = Zangger Committee\n");
    options.vocabulary_dir = work / "vocabulary";
    update_index({work / "corpus"}, options);  // files unchanged: only the vocabulary is rewritten
    Searcher after(options.index_dir);
    CHECK(passages(after, "ZC").size() == 2);
    CHECK(passages(after, "\"Zangger Committee\"") == passages(after, "ZC"));
    // The override replaces the built-in files.
    CHECK(passages(after, "\"Democratic People's Republic of Korea\"").empty());
}

TEST_CASE("the built-in vocabulary parses and its groups are keyed by stems", "[vocabulary][data]") {
    Analyzer analyzer;
    auto vocabulary = builtin_vocabulary(analyzer);
    bool found = false;
    for (const auto& group : vocabulary.groups) {
        const auto& keys = group.keys;
        if (std::find(keys.begin(), keys.end(), "dprk") != keys.end()) {
            found = true;
            CHECK(std::find(keys.begin(), keys.end(), "north korea") != keys.end());
        }
    }
    CHECK(found);
}

TEST_CASE("a malformed vocabulary line is reported with its file and line", "[vocabulary][errors]") {
    Analyzer analyzer;
    struct Case {
        const char* text;
        const char* message;
    };
    const std::vector<Case> cases{
        {"# fine\nWMD\n", "my.txt:2: a group needs two or more alternatives separated by '=' or '~'"},
        {"talks ~ dialogue = consultations\n", "my.txt:1: a group is separated by '=' or by '~', not both"},
        {"WMD = \n", "my.txt:1: '' has no word"},
        {"UNSCR <n> = Resolution\n", "my.txt:1: <n> must appear in every alternative of the group or in none"},
        {"A <n> <n> = B <n> <n>\n", "my.txt:1: 'A <n> <n>' has more than one <n>"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        try {
            parse_vocabulary(c.text, "my.txt", analyzer);
            FAIL("no error");
        } catch (const VocabularyError& error) {
            CHECK(std::string(error.what()) == c.message);
        }
    }
    CHECK_THROWS_AS(load_vocabulary("/nonexistent/vocabulary", analyzer), VocabularyError);
}

TEST_CASE("did you mean: misspelt words are corrected from the index's vocabulary", "[vocabulary][spelling]") {
    CHECK(bundled_searcher().suggestion("proliferaton") == std::optional<std::string>("proliferation"));
    CHECK(bundled_searcher().suggestion("missle proliferaton regime") == std::optional<std::string>("missile proliferation regime"));
    CHECK(bundled_searcher().suggestion("brokerng OR transit") == std::optional<std::string>("brokering OR transit"));
    // Words the index holds, folded forms, acronyms, numbers, fields and wildcards need none.
    // A spelling the vocabulary links to the indexed one ("transhipment") is no misspelling.
    for (const char* query : {"proliferation", "Moritan", "WMD", "transhipment", "UNSCR 1540", "city:rome", "trans*", "year:2013 Iran"}) {
        INFO(query);
        CHECK_FALSE(bundled_searcher().suggestion(query));
    }
    CHECK_FALSE(bundled_searcher().suggestion("zzzzqqqq"));
}

TEST_CASE("a first build in shards carries the synonyms and the spelling data", "[vocabulary][bulk]") {
    TempDir dir;
    IndexOptions options;
    options.index_dir = dir / "index";
    options.threads = 2;
    options.bulk_min_bytes = 0;
    options.shard_bytes = 1;
    update_index({corpus_dir}, options);
    Searcher sharded(options.index_dir);
    CHECK(passages(sharded, "\"North Korea\"") == passages("DPRK"));
    CHECK(sharded.suggestion("proliferaton") == std::optional<std::string>("proliferation"));
}
