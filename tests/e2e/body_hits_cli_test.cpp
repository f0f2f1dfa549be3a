// The communiqué's fields on the command line, on the bundled corpus: a title, city or year word
// may satisfy a query word, but plenary-search lists, and counts, only the passages whose own
// text matches a query word, and NOT looks at that text only.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <set>
#include <sstream>

#include "plenary/communique.h"
#include "test_support.h"

using namespace plenary;
using namespace plenary::testing;

namespace {

std::string lowercase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

bool says_any(const std::string& text, std::initializer_list<const char*> words) {
    const std::string folded = lowercase(text);
    return std::any_of(words.begin(), words.end(), [&](const char* word) { return folded.find(word) != std::string::npos; });
}

// The bundled passages, read by the loader, not the index, that pass a test of their communiqué
// and text.
template <typename Keep>
std::set<std::string> bundled_passages(Keep&& keep) {
    std::set<std::string> ids;
    for (const auto& entry : fs::directory_iterator(corpus_dir)) {
        if (entry.path().extension() != ".txt") continue;
        const Communique communique = load_communique(entry.path());
        for (const auto& passage : communique.passages)
            if (keep(communique, passage.text)) ids.insert(communique.id + "#" + std::to_string(passage.ordinal));
    }
    return ids;
}

std::set<std::string> bundled_passages_saying(std::initializer_list<const char*> words) {
    return bundled_passages([&](const Communique&, const std::string& text) { return says_any(text, words); });
}

struct Search {
    std::vector<nlohmann::json> hits;
    std::size_t matches = 0;  // the count of the --facets summary
};

Search search(const std::string& query, const std::string& options = "") {
    const auto out = run(tool("plenary-search") + " --index " + quote(bundled_index_dir().string()) +
                             " --json --facets -n 1000 " + options + " " + quote(query),
                         false);
    REQUIRE(out.status == 0);
    Search result;
    std::istringstream lines(out.out);
    for (std::string line; std::getline(lines, line);) {
        auto object = nlohmann::json::parse(line);
        if (object.contains("type")) result.matches = object.at("matches").get<std::size_t>();
        else result.hits.push_back(std::move(object));
    }
    return result;
}

std::set<std::string> ids(const Search& result) {
    std::set<std::string> passages;
    for (const auto& hit : result.hits) passages.insert(hit.at("passage").get<std::string>());
    return passages;
}

} // namespace

TEST_CASE("october lists and counts exactly the passages that say October", "[cli][fields]") {
    const auto expected = bundled_passages_saying({"october"});
    REQUIRE(expected.size() >= 3);
    const auto result = search("october");
    CHECK(ids(result) == expected);
    CHECK(result.matches == expected.size());
    for (const auto& hit : result.hits) CHECK_FALSE(hit.at("highlights").empty());
}

TEST_CASE("outreach NOT regime returns Seoul's outreach paragraph, NOT looking at the text only", "[cli][fields]") {
    const auto result = search("outreach NOT regime");
    CHECK(ids(result).count("2004-seoul-19th-plenary#8") == 1);
    for (const auto& hit : result.hits) {
        INFO(hit.at("passage"));
        CHECK(says_any(hit.at("text"), {"outreach"}));
        CHECK_FALSE(says_any(hit.at("text"), {"regime"}));
        CHECK(says_any(hit.at("title"), {"regime"}));  // the title that used to hide them all
    }
    CHECK(result.matches == result.hits.size());
}

TEST_CASE("Sochi outreach finds Sochi's outreach paragraph first, and counts body matches only", "[cli][fields]") {
    const auto all_words = search("Sochi outreach", "--match all");
    REQUIRE_FALSE(all_words.hits.empty());
    const auto& first = all_words.hits.front();
    CHECK(first.at("doc") == "2021-sochi-33rd-plenary");
    CHECK(says_any(first.at("text"), {"outreach"}));
    CHECK_FALSE(says_any(first.at("text"), {"sochi"}));  // Sochi is the city's word, not the paragraph's
    const auto sochi_outreach = bundled_passages([](const Communique& communique, const std::string& text) {
        const bool in_sochi = communique.metadata.city == "Sochi" || says_any(text, {"sochi"});
        return in_sochi && says_any(text, {"outreach"});
    });
    CHECK(ids(all_words) == sochi_outreach);
    CHECK(all_words.matches == sochi_outreach.size());

    const auto any_word = search("Sochi outreach", "--match any");
    const auto either = bundled_passages_saying({"outreach", "sochi"});  // not Sochi's other passages
    CHECK(ids(any_word) == either);
    CHECK(any_word.matches == either.size());
}
