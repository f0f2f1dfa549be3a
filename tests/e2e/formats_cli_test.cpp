// Formats as a user meets them: a folder of text, PDF and other files, its summary naming the
// types it skipped, hits in JSON with their format and position, and --explain.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <sstream>

#include "test_support.h"

using namespace plenary::testing;

namespace {

const fs::path formats_dir = source_dir / "tests/data/formats";

std::vector<nlohmann::json> json_hits(const std::string& output) {
    std::vector<nlohmann::json> hits;
    std::istringstream lines(output);
    for (std::string line; std::getline(lines, line);) hits.push_back(nlohmann::json::parse(line));
    return hits;
}

} // namespace

TEST_CASE("a folder's text and PDF files are indexed and its other files named in the summary") {
    const TempDir files, index;
    for (const std::string name : {"2014-mtcr-oslo-utf16.txt", "2017-mtcr-dublin-plenary.pdf"})
        fs::copy_file(formats_dir / name, files / name);
    write_file(files / "minutes.docx", "PK");
    write_file(files / "sheets/a.xlsx", "PK");
    write_file(files / "sheets/b.xlsx", "PK");
    write_file(files / "2014-mtcr-oslo-utf16.txt.meta.json", "{}");
    const CommandResult indexed = run(tool("plenary-index") + " --index " + quote(index.path().string()) + " " + quote(files.path().string()));
    INFO(indexed.out);
    CHECK(indexed.status == 0);
    CHECK(indexed.out.find("2 files: 2 new") != std::string::npos);
    CHECK(indexed.out.find("skipped 3 files of unsupported types: .docx, .xlsx \u00D72\n") != std::string::npos);

    const std::string search = tool("plenary-search") + " --index " + quote(index.path().string()) + " --json ";
    const auto pdf_hits = json_hits(run(search + "Reykjav\u00EDk doc:2017-mtcr-dublin-plenary", false).out);
    REQUIRE(pdf_hits.size() == 1);
    CHECK(pdf_hits[0]["format"] == "pdf");
    CHECK(pdf_hits[0]["page"] == 2);
    CHECK(pdf_hits[0]["start"].is_null());
    CHECK(pdf_hits[0]["end"].is_null());
    CHECK(pdf_hits[0]["line"].is_null());
    CHECK(pdf_hits[0]["col"].is_null());
    const auto text_hits = json_hits(run(search + "Z\u00FCrich", false).out);
    REQUIRE(text_hits.size() == 1);
    CHECK(text_hits[0]["format"] == "text");
    CHECK(text_hits[0]["page"].is_null());
    CHECK(text_hits[0]["line"].get<int>() > 1);
    CHECK(text_hits[0]["col"] == 1);
    CHECK(text_hits[0]["start"].get<int>() > 2);
}

TEST_CASE("plenary-index --explain shows how a file is read, writes nothing, and names why a file cannot be read") {
    const TempDir home;
    const std::string explain = "XDG_DATA_HOME=" + quote(home.path().string()) + " " + tool("plenary-index") + " --explain ";
    const CommandResult explained = run(explain + quote((formats_dir / "2014-nsg-reykjavik-latin1.txt").string()));
    CHECK(explained.status == 0);
    CHECK(explained.out.find("format: text\nencoding: ISO-8859-1 (guessed)\n") != std::string::npos);
    CHECK(explained.out.find("#1 lines 3-6: The Nuclear Suppliers Group (NSG) met in Reykjav\u00EDk") != std::string::npos);
    CHECK(explained.out.find("line 1 heading (heading just before the statement): Nuclear Suppliers Group: Public Statement") !=
          std::string::npos);
    CHECK(fs::is_empty(home.path()));
    const std::string encrypted = (formats_dir / "2021-wa-plenary-encrypted.pdf").string();
    const CommandResult refused = run(explain + quote(encrypted));
    CHECK(refused.status == 3);
    CHECK(refused.out == "plenary-index: " + encrypted + ": encrypted PDF: it needs a password\n");
    // A missing file is a wrong argument, as a missing PATH is when indexing, said once.
    const std::string missing = (home / "nonexist.txt").string();
    const CommandResult absent = run(explain + quote(missing));
    CHECK(absent.status == 2);
    CHECK(absent.out == "plenary-index: " + missing + ": no such file or folder\n");
    CHECK(run(tool("plenary-index") + " --index " + quote((home / "index").string()) + " " + quote(missing)).out == absent.out);
    CHECK(run(explain + quote(home.path().string())).status == 2);
}

TEST_CASE("text pasted from a paged PDF is indexed past its heads and footers, and a phrase across a page break is found") {
    const TempDir files, index;
    const fs::path paged_dir = source_dir / "tests/data/paged_text";
    for (const auto& fixture : nlohmann::json::parse(read_file(paged_dir / "manifest.json")))
        fs::copy_file(paged_dir / fixture.at("file").get<std::string>(), files / fixture.at("file").get<std::string>());
    const CommandResult indexed = run(tool("plenary-index") + " --index " + quote(index.path().string()) + " " + quote(files.path().string()));
    INFO(indexed.out);
    CHECK(indexed.status == 0);
    const std::string search = tool("plenary-search") + " --index " + quote(index.path().string()) + " --json ";
    // The last paragraph of each file's second page, after a footer that holds its page number.
    for (const std::string phrase : {"\"toxin-producing organisms\"", "\"guidance sets\"", "\"take place in 2021\""})
        CHECK(json_hits(run(search + quote(phrase), false).out).size() == 1);
    CHECK(json_hits(run(search + quote("\"trading firms registered in free trade zones\""), false).out).size() == 1);
    CHECK(json_hits(run(search + quote("\"Public Statement 2020\""), false).out).empty());
}
