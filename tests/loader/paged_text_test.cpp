// Text pasted from a PDF of several pages (tests/data/paged_text/): running heads of one or two
// lines and footers that hold the page number beside their text are dropped as page furniture,
// and the statement goes on after them, across the page break.
#include <catch2/catch.hpp>

#include "format_fixtures.h"
#include "loader_fixtures.h"

#include <sstream>

using namespace plenary;
using namespace plenary::testing;

namespace {

const fs::path paged_dir = source_dir / "tests/data/paged_text";

std::vector<nlohmann::json> paged_fixtures() {
    const nlohmann::json manifest = nlohmann::json::parse(read_file(paged_dir / "manifest.json"));
    return {manifest.begin(), manifest.end()};
}

std::size_t count_of(const std::string& text, const std::string& part) {
    std::size_t count = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
    return count;
}

// How many of the file's lines are one of its noise lines.
std::size_t noise_lines_in(const fs::path& file, const nlohmann::json& fixture) {
    const auto noise = fixture.at("noise_lines").get<std::vector<std::string>>();
    std::istringstream lines(read_file(file));
    std::size_t count = 0;
    for (std::string line; std::getline(lines, line);) {
        std::string collapsed = collapse_spaces(line);
        if (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
        count += static_cast<std::size_t>(std::count(noise.begin(), noise.end(), collapsed));
    }
    return count;
}

} // namespace

TEST_CASE("every paragraph of every page is a passage, and no head or footer line is in one") {
    const auto fixtures = paged_fixtures();
    REQUIRE(fixtures.size() == 3);
    for (const nlohmann::json& fixture : fixtures) {
        const std::string name = fixture.at("file");
        INFO(name);
        const Communique communique = load_communique(paged_dir / name);
        const auto paragraphs = fixture.at("paragraphs").get<std::vector<std::string>>();
        CHECK(passage_texts(communique) == paragraphs);
        check_nothing_lost(paragraphs, communique);
        check_no_noise(fixture, communique);
    }
}

TEST_CASE("the explanation drops each head and footer line as page furniture, and nothing as outside the statement") {
    for (const nlohmann::json& fixture : paged_fixtures()) {
        const std::string name = fixture.at("file");
        INFO(name);
        const std::string explained = explain_communique(paged_dir / name);
        INFO(explained);
        CHECK(explained.find("outside the statement") == std::string::npos);
        const std::size_t dropped = count_of(explained, "(page number)") + count_of(explained, "(running head or footer");
        CHECK(dropped == noise_lines_in(paged_dir / name, fixture));
    }
}

TEST_CASE("a phrase that runs across a page break under a head of two lines is one passage") {
    const Communique communique = load_communique(paged_dir / "2020-nsg-head-of-two-lines.txt");
    const auto texts = passage_texts(communique);
    CHECK(texts_holding("trading firms registered in free trade zones", texts) == 1);
}

TEST_CASE("a repeated line that holds a year or a decision number, with no page numbers, is not furniture") {
    const TempDir dir;
    const std::string text =
        "Decision 12/3\n\nThe Plenary adopted the list of items annexed to this decision.\n\n"
        "Australia Group      2018\n\nThe Plenary agreed to review the list in the coming year.\n\n"
        "Decision 12/3\n\nThe Plenary noted the report of the working group on outreach.\n\n"
        "Australia Group      2018\n\nThe Plenary thanked France for hosting the meeting.\n";
    const std::string explained = explain_communique(write_in(dir, "decisions.txt", text));
    INFO(explained);
    CHECK(explained.find("(page number)") == std::string::npos);
    CHECK(explained.find("(running head or footer") == std::string::npos);
}
