// Files that are not clean text: invalid UTF-8 and control characters, binary and empty files, pages
// without a communiqué, damaged communiqués.
#include <catch2/catch.hpp>

#include <plenary/communique.h>

#include <random>
#include <string>

#include "loader_fixtures.h"

using namespace plenary;
using namespace plenary::testing;

TEST_CASE("invalid UTF-8 and control characters become spaces, offsets stay valid") {
    const TempDir dir;
    const std::string bytes = "The plenary met in Rome.\xFF\xFE It agreed \xC3 on\x01 export controls.\n";
    const Communique communique = load_communique(write_in(dir, "invalid.txt", bytes));
    CHECK(communique.invalid_bytes == 3);
    REQUIRE(communique.passages.size() == 1);
    const Passage& passage = communique.passages.front();
    CHECK(passage.start == 0);
    CHECK(passage.end == bytes.size() - 1);
    CHECK(passage.text == "The plenary met in Rome. It agreed on export controls.");
}

TEST_CASE("files that are not text are load errors with a reason") {
    const TempDir dir;
    CHECK(load_error_of(write_in(dir, "empty.txt", "")) == "empty file");
    CHECK(load_error_of(write_in(dir, "blank.txt", " \n\t\r\n\xC2\xA0\n")) == "empty file");
    CHECK(load_error_of(write_in(dir, "nul.txt", std::string("PK\x03\x04\0\0 data", 12))).starts_with("binary file"));
    std::string noise(4096, '\0');
    std::mt19937 random(42);
    for (char& byte : noise) byte = static_cast<char>(0x80 | (random() & 0x7F));
    CHECK(load_error_of(write_in(dir, "noise.bin", noise)).starts_with("binary file"));
    CHECK(load_error_of(dir / "missing/none.txt") == "cannot read: No such file or directory");
    const std::string chrome_only = "[Home](#) \u00BB [Releases](#)\n\nSkip Links\nU.S. Department of State\n\n"
                                    "About | Privacy Notice | FOIA | Contact\n[Back to Top](#)\n";
    CHECK(load_error_of(write_in(dir, "chrome.txt", chrome_only)).starts_with("no communiqu"));
}

TEST_CASE("damaged communiqués load or fail with a LoadError, never worse") {
    const std::string original = read_file(corpus_dir / "2011-buenos-aires-25th-plenary.txt");
    std::mt19937 random(7);
    for (int round = 0; round < 200; ++round) {
        std::string bytes = original;
        for (int damage = 0; damage < 40; ++damage)
            bytes[random() % bytes.size()] = static_cast<char>(random() % 256);
        bytes.resize(random() % bytes.size() + 1);
        try {
            const Communique communique = parse_communique(bytes, "damaged.txt");
            for (const Passage& passage : communique.passages) REQUIRE(*passage.end <= bytes.size());
        } catch (const LoadError&) {
        }
    }
}
