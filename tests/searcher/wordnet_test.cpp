// A lone word also matches its WordNet synonyms that the index holds, below the word itself:
// "talks" finds the negotiations, on a small index and on the bundled corpus.
#include <catch2/catch.hpp>

#include <xapian.h>

#include <algorithm>
#include <string>

#include "bundled_searcher.h"
#include "plenary/query_parser.h"
#include "test_support.h"
#include "wordnet_synonyms.h"

using namespace plenary;
using namespace plenary::testing;

namespace {

// An index holding "talks" and two of its synonyms' stems, without a synonym table.
class SmallIndex {
public:
    SmallIndex() {
        Xapian::WritableDatabase db((dir_ / "index").string(), Xapian::DB_CREATE);
        Xapian::Document document;
        for (const char* term : {"talk", "negoti", "dialogu", "peac"}) document.add_term(term);
        db.add_document(document);
        db.commit();
        db_ = Xapian::Database((dir_ / "index").string());
    }

    std::string compiled(const std::string& query, QueryParserOptions options = {}) {
        return QueryParser(analyzer_, db_, options).parse(query).query.get_description();
    }

private:
    TempDir dir_;
    Xapian::Database db_;
    Analyzer analyzer_;
};

std::string highlighted_words(const Hit& hit) {
    std::string words;
    for (auto [begin, end] : hit.highlights) words += hit.passage.text.substr(begin, end - begin) + " ";
    return words;
}

} // namespace

TEST_CASE("a lone word matches its WordNet synonyms the index holds, at wordnet_weight", "[wordnet]") {
    SmallIndex index;
    const std::string talks = index.compiled("talks");
    CHECK_THAT(talks, Catch::Contains("0.25 * (negoti OR ") && Catch::Contains("0.25 * (dialogu OR "));
    // Synonyms the index lacks are left out: "talking", "speak", "spill the beans".
    CHECK_THAT(talks, !Catch::Contains("speak") && !Catch::Contains("spill"));

    QueryParserOptions heavier;
    heavier.wordnet_weight = 0.5;
    CHECK_THAT(index.compiled("talks", heavier), Catch::Contains("0.5 * (negoti OR "));
    QueryParserOptions without;
    without.wordnet_weight = 0;
    CHECK_THAT(index.compiled("talks", without), !Catch::Contains("negoti"));
}

TEST_CASE("a word's synonyms are its base forms' as morphy(7WN) finds them", "[wordnet]") {
    auto has = [](const std::string& word, const std::string& synonym) {
        auto synonyms = wordnet_synonyms(word);
        return std::find(synonyms.begin(), synonyms.end(), synonym) != synonyms.end();
    };
    CHECK(has("controls", "restraint"));  // a regular plural: control
    CHECK(has("women", "adult female"));  // the exception list: woman
    CHECK(has("ran", "operate"));         // run
    CHECK(has("handsful", "fistful"));    // a noun in -ful: handful
    // An exception list that names the word itself first ("feed feed fee") gives no other base:
    // feed is not taken for fee, whose synonym is tip.
    CHECK(has("feed", "provender"));
    CHECK_FALSE(has("feed", "tip"));
    // Nouns in -ss are not detached: "boss" is not taken for "bos", the cattle's genus.
    CHECK(has("boss", "foreman"));
    CHECK_FALSE(has("boss", "genus bos"));
}

TEST_CASE("quoted words keep their wording: a phrase's words do not take WordNet synonyms", "[wordnet]") {
    SmallIndex index;
    CHECK_THAT(index.compiled("\"peace talks\""), !Catch::Contains("negoti") && !Catch::Contains("dialogu"));
    CHECK_THAT(index.compiled("\"talks\""), !Catch::Contains("negoti"));
    CHECK_THAT(index.compiled("peace talks"), Catch::Contains("negoti"));
}

TEST_CASE("on the bundled corpus, talks finds Ottawa's negotiating process, marked by the word the user wrote",
          "[wordnet][bundled]") {
    auto hits = search_all(bundled_searcher(), "talks").hits;
    auto ottawa = std::find_if(hits.begin(), hits.end(), [](const Hit& hit) { return hit.passage.passage_id == "2001-ottawa-16th-plenary#7"; });
    REQUIRE(ottawa != hits.end());
    CHECK(ottawa->matched == std::vector<std::string>{"talks"});
    CHECK_THAT(highlighted_words(*ottawa), Catch::Contains("negotiating"));
    // "dialogue" is the vocabulary's related concept of talks, found with or without WordNet.
    auto literal = search_all(wording_searcher(), "talks").hits;
    CHECK(std::none_of(literal.begin(), literal.end(), [](const Hit& hit) { return hit.passage.passage_id == "2001-ottawa-16th-plenary#7"; }));
    CHECK(literal.size() < hits.size());
}
