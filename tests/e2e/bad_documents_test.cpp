// Hostile source files: each is indexed sensibly or skipped with a line naming the
// file and the reason (exit status 3), and nothing else in the run is lost.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <random>
#include <thread>

#include "child_process.h"
#include "plenary/communique.h"
#include "plenary/indexer.h"
#include "plenary/searcher.h"
#include "synthetic_corpus.h"
#include "test_support.h"

using namespace plenary;
using namespace plenary::testing;
using namespace std::chrono_literals;

namespace {

const std::vector<std::string> good_communiques{"2013-rome-27th-plenary", "2021-sochi-33rd-plenary"};

void copy_good_files(const fs::path& dir) {
    for (const auto& id : good_communiques) fs::copy_file(corpus_dir / (id + ".txt"), dir / (id + ".txt"));
}

// Every passage of a communiqué as the index holds it: id and text.
std::vector<std::pair<std::string, std::string>> passages_of(Searcher& searcher, const std::string& communique) {
    SearchOptions options;
    options.limit = 10000;
    std::vector<std::pair<std::string, std::string>> passages;
    for (const auto& hit : searcher.search("doc:" + communique, options).hits) {
        passages.emplace_back(hit.passage.passage_id, hit.passage.text);
    }
    std::sort(passages.begin(), passages.end());
    return passages;
}

// The good communiqués are indexed exactly as they are without the bad files beside them.
void check_nothing_lost(const fs::path& index) {
    TempDir clean_files;
    TempDir clean_index;
    copy_good_files(clean_files.path());
    IndexOptions options;
    options.index_dir = clean_index.path();
    update_index({clean_files.path()}, options);
    Searcher clean(clean_index.path());
    Searcher tested(index);
    for (const auto& id : good_communiques) {
        INFO(id);
        auto expected = passages_of(clean, id);
        CHECK(expected.size() > 5);
        CHECK(passages_of(tested, id) == expected);
    }
}

std::string prose(const std::string& middle) {
    return "Partners discussed export controls at length in the plenary meeting. " + middle +
           " The Regime welcomed the quaggoth report on transfers.\n\nPartners agreed to meet again next year in Vienna.\n";
}

std::string repeated(const std::string& piece, std::size_t times) {
    std::string text;
    for (std::size_t i = 0; i < times; ++i) text += piece;
    return text;
}

bool contains(const std::string& text, const std::string& needle) { return text.find(needle) != std::string::npos; }

std::string index_command(const fs::path& index, const fs::path& files) {
    return tool("plenary-index") + " --index " + quote(index.string()) + " " + quote(files.string());
}

} // namespace

TEST_CASE("hostile files are indexed sensibly or skipped with their reason, the rest is kept", "[bad-input]") {
    TempDir files;
    TempDir index;
    copy_good_files(files.path());
    std::mt19937 random(7);

    // Skipped, each with its reason.
    const std::vector<std::pair<std::string, std::string>> skipped{
        {"elf.txt", "binary file"},          {"noise.txt", "binary file"},
        {"empty.txt", "empty file"},         {"blank.md", "empty file"},
        {"chrome.txt", "no communiqué text"}, {"loop-a.txt", "cannot read: Too many levels of symbolic links"},
        {"loop-b.txt", "cannot read: Too many levels of symbolic links"}, {"dangling.txt", "cannot read: No such file"},
        {"sidecar-loop.txt", "sidecar sidecar-loop.txt.meta.json"},
        {"bad-sidecar.txt", "malformed sidecar bad-sidecar.txt.meta.json: parse error at line 1, column 19"},
        {"wrong-type-sidecar.txt", "malformed sidecar wrong-type-sidecar.txt.meta.json: key \"year\": expected a number or null, got a string\n"},
        {"fraction-sidecar.txt", "malformed sidecar fraction-sidecar.txt.meta.json: key \"plenary\": expected a whole number from 0 to 2147483647, got 27.5\n"},
        {"unknown-key-sidecar.txt", "malformed sidecar unknown-key-sidecar.txt.meta.json: unknown key \"colour\" "
                                    "(the keys are org, title, year, plenary, city, country, dates, chair)\n"}};
    write_file(files / "elf.txt", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0", 12) + repeated(std::string(1, '\0'), 4000));
    std::string noise;
    for (int i = 0; i < 20000; ++i) noise += static_cast<char>(1 + random() % 255);
    write_file(files / "noise.txt", noise);
    write_file(files / "empty.txt", "");
    write_file(files / "blank.md", " \n\t\n   \r\n\xc2\xa0\n");
    write_file(files / "chrome.txt", "Home\nAbout us\nContact\n* [News](https://example.org/news)\n* [Search](https://example.org/s)\n"
                                     "Privacy Notice | Cookies\nCopyright 2021\n");
    fs::create_symlink("loop-b.txt", files / "loop-a.txt");
    fs::create_symlink("loop-a.txt", files / "loop-b.txt");
    fs::create_symlink("nowhere.txt", files / "dangling.txt");
    fs::create_directories(files / "nested");
    fs::create_directory_symlink("..", files / "nested" / "up");  // a folder loop: not followed
    write_file(files / "sidecar-loop.txt", prose("Sidecar text."));
    fs::create_symlink("sidecar-loop.txt.meta.json", files / "sidecar-loop.txt.meta.json");
    write_file(files / "bad-sidecar.txt", prose("Sidecar text."));
    write_file(files / "bad-sidecar.txt.meta.json", "{\"city\": \"Vienna\",");
    write_file(files / "wrong-type-sidecar.txt", prose("Sidecar text."));
    write_file(files / "wrong-type-sidecar.txt.meta.json", "{\"year\": \"two thousand\"}");
    write_file(files / "fraction-sidecar.txt", prose("Sidecar text."));
    write_file(files / "fraction-sidecar.txt.meta.json", "{\"plenary\": 27.5}");
    write_file(files / "unknown-key-sidecar.txt", prose("Sidecar text."));
    write_file(files / "unknown-key-sidecar.txt.meta.json", "{\"city\": \"Vienna\", \"colour\": \"red\"}");

    // Indexed: the prose around the damage is searchable.
    const std::vector<std::string> indexed{"latin1.txt", "long-word.txt", "repeats.txt", "controls.txt", "nul-late.txt"};
    write_file(files / "latin1.txt", prose("The d\xe9l\xe9gation of C\xf4te d'Ivoire attended."));
    write_file(files / "long-word.txt", prose(repeated("x", 100'000) + " " + repeated("transfer", 5000) + " " + repeated("\xc3\xa9", 50'000)));
    write_file(files / "repeats.txt", prose(repeated("a", 1'000'000) + " " + repeated(".", 100'000) + " " + repeated("!?", 50'000) + " " +
                                            repeated("\xcc\x81", 100'000) + " " + repeated("\xf0\x9f\x98\x80", 50'000) + " " +
                                            repeated("\xe2\x80\x8b", 50'000)));
    write_file(files / "controls.txt", prose("Escapes \x1b[31mred\x1b[0m, bells \x07, backspaces \x08\x08, form feeds \x0c and \x7f."));
    write_file(files / "nul-late.txt", prose(repeated("Partners met. ", 1000) + std::string(1, '\0') + " after a NUL byte."));

    auto result = run(index_command(index.path(), files.path()));
    INFO(result.out);
    CHECK(result.status == 3);
    for (const auto& [name, reason] : skipped) {
        INFO(name);
        CHECK(contains(result.out, "plenary-index: skipped " + (files / name).string() + ": "));
        CHECK(contains(result.out, (files / name).string() + ": " + reason));
    }
    CHECK(contains(result.out, (files / "latin1.txt").string() + ": encoding guessed: read as ISO-8859-1"));
    CHECK(!contains(result.out, "json.exception"));

    Searcher searcher(index.path());
    for (const auto& name : indexed) {
        INFO(name);
        auto id = communique_id_for(name);
        CHECK(searcher.search("quaggoth doc:" + id, {}).hits.size() == 1);
        CHECK(searcher.search("Vienna doc:" + id, {}).hits.size() == 1);
    }
    check_nothing_lost(index.path());
}

TEST_CASE("the invalid UTF-8 warning says where the first bad byte is", "[bad-input]") {
    TempDir files;
    TempDir index;
    const std::string bytes = "The Plenary met in Z\xc3\xbcrich and Gen\xc3\xa8ve.\nD\xc3\xa9l\xc3\xa9gations from C\xc3\xb4te "
                              "d'Ivoire attended.\nPartners \xff\xfe agreed on export \xfe controls.\n\n" +
                              prose("More text.");
    write_file(files / "broken.txt", bytes);
    auto result = run(index_command(index.path(), files.path()));
    INFO(result.out);
    CHECK(result.status == 0);
    const std::size_t offset = bytes.find('\xff');
    CHECK(contains(result.out, "plenary-index: warning: " + (files / "broken.txt").string() +
                                   ": 3 invalid UTF-8 bytes replaced by spaces, the first at line 3, column 10 (byte offset " +
                                   std::to_string(offset) + ")\n"));
    auto explained = run(tool("plenary-index") + " --explain " + quote((files / "broken.txt").string()));
    CHECK(contains(explained.out, "3 undecodable bytes replaced by spaces, the first at line 3, column 10"));
}

TEST_CASE("a 50 MB file of one line is indexed in bounded memory", "[bad-input][large]") {
    TempDir files;
    TempDir index;
    copy_good_files(files.path());
    const std::vector<std::string> words{"missile", "export", "control", "regime", "partners", "technology", "transfer",
                                         "annex", "plenary", "brokering", "catch-all", "intangible"};
    std::string line;
    line.reserve(50'000'000);
    std::mt19937 random(11);
    while (line.size() < 50'000'000) {
        line += words[random() % words.size()];
        line += random() % 17 == 0 ? ". " : " ";
    }
    line.resize(50'000'000);
    write_file(files / "one-line.txt", line);

    TempDir logs;
    ChildProcess indexer(bin_dir / "plenary-index", {"--index", index.path().string(), files.path().string()}, logs / "log");
    CHECK(indexer.exit_status() == 0);
    INFO(read_file(logs / "log"));
    long peak_mb = indexer.peak_rss_kb() / 1024;
    INFO("peak RSS " << peak_mb << " MB");
    CHECK(peak_mb < 1024);
    Searcher searcher(index.path());
    SearchOptions options;
    options.limit = 100'000;
    options.with_text = false;
    CHECK(searcher.search("doc:one-line", options).hits.size() > 10'000);
    check_nothing_lost(index.path());
}

TEST_CASE("a file that vanishes after the walk is reported, one that changes is indexed again next run", "[bad-input][race]") {
    TempDir files;
    TempDir index;
    copy_good_files(files.path());
    write_synthetic_corpus(files.path(), "filler", 30, 30'000);
    auto vanishing = files / "zz-vanishing.txt";
    auto changing = files / "zz-zz-changing.txt";
    write_file(vanishing, prose("This file goes away."));
    write_file(changing, prose("This file changes."));

    TempDir logs;
    ChildProcess indexer(bin_dir / "plenary-index", {"--index", index.path().string(), files.path().string()}, logs / "log");
    // The indexer locks the index after its walk of the folders, and reads files in name order.
    bool locked = false;
    for (int i = 0; i < 3000 && !locked; ++i) {
        locked = fs::exists(index / "plenary-index.lock") && read_file(index / "plenary-index.lock") == std::to_string(indexer.pid()) + "\n";
        if (!locked) std::this_thread::sleep_for(5ms);
    }
    REQUIRE(locked);
    fs::remove(vanishing);
    write_file(changing, prose("This file changed into a zeppelin."));
    int status = indexer.exit_status();
    std::string log = read_file(logs / "log");
    INFO(log);
    CHECK(status == 3);
    CHECK(contains(log, "skipped " + vanishing.string() + ": cannot read: No such file or directory"));

    auto again = run(index_command(index.path(), files.path()));
    CHECK(again.status == 0);
    Searcher searcher(index.path());
    CHECK(searcher.search("zeppelin", {}).hits.size() == 1);
    CHECK(searcher.search("markerfiller29", {}).hits.size() == 1);
    check_nothing_lost(index.path());
}
