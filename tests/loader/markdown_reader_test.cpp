// read_markdown: a Markdown note as body blocks without its markup (links keep their text,
// emphasis and heading marks go, one block per list item), headings as headings, every block
// pointing at its source.
#include "document_fixtures.h"

using namespace plenary;
using namespace plenary::loader;
using namespace plenary::testing;

namespace {

Document read_note(const std::string& markdown) { return read_markdown(utf8_text(markdown)); }

std::vector<std::string> body_of(const std::string& markdown) {
    return texts_of(read_note(markdown), BlockRole::body);
}

// Markdown's punctuation escaped, so that a passage reads as its own words.
std::string escaped(std::string_view text) {
    std::string markdown;
    for (const char c : text) {
        if (std::string_view("\\`*_[]<>&!#").find(c) != std::string_view::npos) markdown += '\\';
        markdown += c;
    }
    return markdown;
}

// A passage hard-wrapped at about 72 columns, its first word bold and its last a link. A line
// never starts with a word that is not a letter's, which Markdown could read as a list or heading.
std::string note_paragraph(const std::string& passage) {
    std::vector<std::string> words;
    for (const std::string& word : words_of(passage)) words.push_back(escaped(word));
    words.front() = "**" + words.front() + "**";
    if (words.size() > 1) words.back() = "[" + words.back() + "](https://example.org/statement)";
    std::string lines, line;
    for (const std::string& word : words) {
        const bool starts_with_letter = std::isalpha(static_cast<unsigned char>(word.front())) != 0;
        if (!line.empty() && line.size() + word.size() > 72 && starts_with_letter) lines += line + "\n", line.clear();
        line += (line.empty() ? "" : " ") + word;
    }
    return lines + line;
}

std::string bundled_note(const BundledCommunique& communique) {
    std::string note = "# " + escaped(communique.title) + "\n\n_My notes, saved from the regime's site._\n\n";
    for (const std::string& passage : communique.passages) note += note_paragraph(passage) + "\n\n";
    return note;
}

} // namespace

TEST_CASE("the fixtures' Markdown notes give their paragraphs, in order, without markup") {
    for (const auto& entry : fixtures_of_format("markdown")) {
        INFO(entry.at("file"));
        for (const std::string& text : texts_of(check_fixture(entry, read_markdown), BlockRole::body)) {
            INFO(text);
            for (const char* markup : {"**", "](", "http", "_", "> ", "- "}) CHECK(text.find(markup) == std::string::npos);
        }
    }
}

TEST_CASE("links become their text and emphasis goes, the issue's examples") {
    CHECK(body_of("Partners seek to limit **unmanned aerial vehicles** and [cruise\nmissiles](https://example.org/x).\n") ==
          std::vector<std::string>{"Partners seek to limit unmanned aerial vehicles and cruise missiles."});
    CHECK(body_of("[The Plenary agreed to publish the updated lists early in the new year.](/lists)") ==
          std::vector<std::string>{"The Plenary agreed to publish the updated lists early in the new year."});
    CHECK(body_of("A `code span`, an ![image](/a.png), a <span>tag</span> and R&amp;D, \\*escaped\\*.") ==
          std::vector<std::string>{"A code span, an image, a tag and R&D, *escaped*."});
}

TEST_CASE("lists stay lists: one block per item, in order, quotes are blocks of their own") {
    const std::string note = "Partners discussed:\n\n- the Annex,\n  hard-wrapped;\n- outreach, with\n\n  a second paragraph;\n"
                             "  1. a nested item\n  2. and another\n- transit.\n\n> A quoted\nparagraph.\n\nThe end.\n";
    CHECK(body_of(note) == std::vector<std::string>{"Partners discussed:", "the Annex, hard-wrapped;",
                                                     "outreach, with a second paragraph;", "a nested item",
                                                     "and another", "transit.", "A quoted paragraph.", "The end."});
    check_sources(read_note(note), note);
}

TEST_CASE("headings, datelines and a note in emphasis under the title are headings, not passages") {
    const Document document = read_note("Statement of the Plenary\n========================\n\n*Saved from the site.*\n\n"
                                        "Vienna, 5-6 December 2019\n\nThe Plenary met.\n\n### Outreach ###\n\n"
                                        "*An emphasised paragraph of the text.*\n");
    CHECK(texts_of(document, BlockRole::body) ==
          std::vector<std::string>{"The Plenary met.", "An emphasised paragraph of the text."});
    CHECK(block_saying(document, "Statement of the Plenary").reason == "# heading");
    CHECK(block_saying(document, "Saved from the site.").reason == "emphasised line before the text");
    CHECK(block_saying(document, "Vienna").reason == "dateline");
    CHECK(block_saying(document, "Outreach").reason == "### heading");
    const std::string lead = "The Plenary, meeting for the first time since the adoption of the new guidelines, "
                             "agreed on a programme of outreach to the states of the region.";
    CHECK(body_of("# Statement\n\n**" + lead + "**\n") == std::vector<std::string>{lead});
}

TEST_CASE("code blocks are kept as text, raw HTML and lists of links are dropped as chrome") {
    const std::string note = "[Home](/) | [Press](/press)\n\n"
                             "    A paragraph indented by four\n    spaces is a code block.\n\n    And a second one.\n\n"
                             "* [About](/about)\n* [Members](/members)\n* [Contact](/c)\n\n"
                             "<div class=\"share\">\n<a href=\"/x\">Share</a>\n</div>\n\n```\nFenced text.\n```\n";
    const Document document = read_note(note);
    CHECK(texts_of(document, BlockRole::body) ==
          std::vector<std::string>{"A paragraph indented by four spaces is a code block.", "And a second one.",
                                   "Fenced text."});
    CHECK(block_saying(document, "Home | Press").reason == "link line: 2 links, no words outside them");
    CHECK(block_saying(document, "Members").reason == "link list: 3 links, 0 words outside them");
    CHECK(block_saying(document, "Share").reason == "HTML in Markdown");
    check_sources(document, note);
}

TEST_CASE("YAML front matter is chrome, and its title the note's own") {
    const std::string note = "---\ntitle: \"Rome plenary, 2013\"\ntags: [mtcr]\n---\n\n# Statement\n\nPartners met.\n";
    const Document document = read_note(note);
    CHECK(document.title == "Rome plenary, 2013");
    CHECK(block_saying(document, "tags").reason == "front matter");
    CHECK(texts_of(document, BlockRole::heading) == std::vector<std::string>{"Statement"});
    CHECK(texts_of(document, BlockRole::body) == std::vector<std::string>{"Partners met."});
    check_sources(document, note);
    CHECK(body_of("---\n\nFirst paragraph.\n\n---\nSecond paragraph.\n") ==
          std::vector<std::string>{"First paragraph.", "Second paragraph."});
}

TEST_CASE("spans and positions point into the source, CRLF line ends included") {
    const std::string note = "# Title\r\n\r\nFirst line of\r\nthe paragraph.\r\n\r\n- an item\r\n";
    const Document document = read_note(note);
    const DocumentBlock& paragraph = block_saying(document, "First line");
    CHECK(paragraph.span->start == note.find("First"));
    CHECK(paragraph.span->end == note.find(".\r\n\r\n-") + 1);
    CHECK(paragraph.position.line == 3);
    CHECK(paragraph.position.column == 1);
    CHECK(block_saying(document, "an item").position.line == 6);
    CHECK(block_saying(document, "an item").position.column == 3);
}

TEST_CASE("a note without body text, or beyond the bound, is a one-line reason") {
    CHECK(reader_error([] { read_note("# Title\n\n## Section\n"); }) == "no body text (2 headings, 0 blocks of page chrome)");
    CHECK(reader_error([] { read_note("\n \t\n"); }) == "empty file");
    CHECK(reader_error([] { read_note(std::string((8 << 20) + 1, 'a')); }) ==
          "Markdown file too large (8 MiB; at most 8 MiB are read)");
}

TEST_CASE("deep nesting and unclosed markup are read without trouble") {
    const std::string quotes(100000, '>');
    CHECK(body_of(quotes + " deep") == std::vector<std::string>{"deep"});
    std::string lists;
    for (int i = 0; i < 2000; ++i) lists += std::string(static_cast<std::size_t>(i) * 2, ' ') + "- item\n";
    CHECK(body_of(lists).size() == 2000);
    CHECK(body_of("**bold [link *emph `code") == std::vector<std::string>{"**bold [link *emph `code"});
}

TEST_CASE("the bundled communiqués as Markdown notes give the same passages") {
    for (const auto& communique : bundled_communiques()) {
        INFO(communique.name);
        const std::string note = bundled_note(communique);
        const Document document = read_note(note);
        CHECK(texts_of(document, BlockRole::body) == communique.passages);
        CHECK(texts_of(document, BlockRole::heading).front() == communique.title);
        check_sources(document, note);
    }
}
