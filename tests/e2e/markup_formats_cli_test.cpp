// HTML pages and Markdown notes as a user indexes and searches them: every paragraph of the
// statement found, in order, at its bytes, line and column in the file; the page's chrome not
// searchable; the format in --json.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <sstream>

#include "test_support.h"

using namespace plenary::testing;

namespace {

const fs::path formats_dir = source_dir / "tests/data/formats";

std::vector<nlohmann::json> markup_entries() {
    std::vector<nlohmann::json> entries;
    for (const auto& entry : nlohmann::json::parse(read_file(formats_dir / "manifest.json")))
        if (entry.at("format") == "html" || entry.at("format") == "markdown") entries.push_back(entry);
    return entries;
}

std::vector<nlohmann::json> json_hits(const std::string& output) {
    std::vector<nlohmann::json> hits;
    std::istringstream lines(output);
    for (std::string line; std::getline(lines, line);) hits.push_back(nlohmann::json::parse(line));
    return hits;
}

int ordinal_of(const nlohmann::json& hit) {
    const std::string id = hit.at("passage");
    return std::stoi(id.substr(id.find('#') + 1));
}

std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> words;
    std::istringstream in(text);
    for (std::string word; in >> word;) words.push_back(word);
    return words;
}

// Whether the words of paragraphs appear, in order, among the words of passages.
bool covers(const std::vector<std::string>& passages, const std::vector<std::string>& paragraphs) {
    std::vector<std::string> found, wanted;
    for (const auto& passage : passages) for (auto& word : words_of(passage)) found.push_back(word);
    for (const auto& paragraph : paragraphs) for (auto& word : words_of(paragraph)) wanted.push_back(word);
    auto at = found.begin();
    for (const auto& word : wanted) {
        at = std::find(at, found.end(), word);
        if (at == found.end()) return false;
        ++at;
    }
    return true;
}

std::string lowercase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

// The hit's [start, end) starts with its first word and holds its last one (without the
// punctuation after it, which a link's target may separate from it); its line and column
// are start's.
void check_place_in_file(const nlohmann::json& hit, const std::string& bytes) {
    const auto start = hit.at("start").get<std::size_t>(), end = hit.at("end").get<std::size_t>();
    REQUIRE(start < end);
    REQUIRE(end <= bytes.size());
    const std::vector<std::string> words = words_of(hit.at("text"));
    const std::string held = bytes.substr(start, end - start);
    CHECK(held.rfind(words.front(), 0) == 0);
    std::string last = words.back();
    while (!last.empty() && std::ispunct(static_cast<unsigned char>(last.back()))) last.pop_back();
    CHECK(held.find(last) != std::string::npos);
    const std::string before = bytes.substr(0, start);
    CHECK(hit.at("line") == std::count(before.begin(), before.end(), '\n') + 1);
    CHECK(hit.at("col") == before.size() - (before.rfind('\n') + 1) + 1);
}

} // namespace

TEST_CASE("HTML pages and Markdown notes are indexed as statements, their chrome left out") {
    const TempDir files, index;
    const auto entries = markup_entries();
    for (const auto& entry : entries) fs::copy_file(formats_dir / entry.at("file"), files / entry.at("file"));
    const CommandResult indexed = run(tool("plenary-index") + " --index " + quote(index.path().string()) + " " +
                                      quote(files.path().string()));
    INFO(indexed.out);
    REQUIRE(indexed.status == 0);
    CHECK(indexed.out.find(std::to_string(entries.size()) + " files: " + std::to_string(entries.size()) + " new") !=
          std::string::npos);

    const std::string search = tool("plenary-search") + " --index " + quote(index.path().string()) + " --json -n 1000 ";
    for (const auto& entry : entries) {
        const std::string file = entry.at("file");
        const std::string doc = fs::path(file).stem().string();
        INFO(file);
        auto hits = json_hits(run(search + quote("doc:" + doc), false).out);
        std::sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) { return ordinal_of(a) < ordinal_of(b); });
        const auto paragraphs = entry.at("paragraphs").get<std::vector<std::string>>();
        std::vector<std::string> passages;
        for (const auto& hit : hits) passages.push_back(hit.at("text"));
        CHECK(passages.size() == paragraphs.size());
        CHECK(covers(passages, paragraphs));
        const std::string bytes = read_file(files / file);
        for (const auto& hit : hits) {
            CHECK(hit.at("format") == entry.at("format"));
            check_place_in_file(hit, bytes);
        }
        // The query's stem may match other words ("Accessibility", "access"): no passage says the word.
        for (const std::string& word : entry.value("chrome_words", std::vector<std::string>{})) {
            INFO(word);
            for (const auto& hit : json_hits(run(search + quote(word + " doc:" + doc), false).out))
                CHECK(lowercase(hit.at("text")).find(lowercase(word)) == std::string::npos);
        }
    }
}

TEST_CASE("an older page in the charset it declares is read as declared, its title and dateline as headings") {
    const TempDir files, index, home;
    const std::string name = "2008-nsg-berlin-press-cp1252.htm";
    fs::copy_file(formats_dir / name, files / name);
    const CommandResult indexed = run(tool("plenary-index") + " --index " + quote(index.path().string()) + " " +
                                      quote(files.path().string()));
    INFO(indexed.out);
    REQUIRE(indexed.status == 0);
    CHECK(indexed.out.find("encoding guessed") == std::string::npos);
    const std::string search = tool("plenary-search") + " --index " + quote(index.path().string()) + " --json -n 100 ";
    const auto hits = json_hits(run(search + quote("year:2008 city:berlin org:nsg Budapest"), false).out);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].at("text") == "The next Plenary meeting will take place in Budapest in 2009.");
    CHECK(json_hits(run(search + quote("catch-all doc:2008-nsg-berlin-press-cp1252"), false).out).size() == 1);

    const CommandResult explained = run("XDG_DATA_HOME=" + quote(home.path().string()) + " " + tool("plenary-index") +
                                        " --explain " + quote((files / name).string()));
    INFO(explained.out);
    CHECK(explained.status == 0);
    CHECK(explained.out.find("format: html\nencoding: windows-1252 (declared)\n") != std::string::npos);
    CHECK(explained.out.find("heading (short line before the first paragraph): NUCLEAR SUPPLIERS GROUP\n") != std::string::npos);
    CHECK(explained.out.find("heading (dateline): Press Statement, Berlin, 19-20 June 2008\n") != std::string::npos);
    CHECK(explained.out.find("passages: 5\n") != std::string::npos);
}
