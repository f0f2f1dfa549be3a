// Lines joined into a paragraph's text: whitespace collapsed, line-end hyphens undone or kept by
// the document's evidence and the compound list, anchors that find every word's source bytes;
// page numbers told from numbers.
#include <catch2/catch.hpp>

#include "line_joining.h"
#include "page_furniture.h"

#include <string>
#include <vector>

using namespace plenary::loader;

namespace {

std::string joined(const std::vector<std::string>& lines, std::string_view document) {
    std::vector<SourceLine> source;
    for (const std::string& line : lines) source.push_back({line, 0});
    return join_lines(source, LineEndHyphens(document)).text;
}

} // namespace

TEST_CASE("a word split at a line end is rejoined unless it is a compound") {
    const std::string none;
    CHECK(joined({"Security Council Resolu-", "tion 1540"}, none) == "Security Council Resolution 1540");
    CHECK(joined({"the global non-", "proliferation framework"}, none) == "the global non-proliferation framework");
    CHECK(joined({"of dual-", "use items"}, none) == "of dual-use items");
    CHECK(joined({"the twenty-", "eighth Plenary"}, none) == "the twenty-eighth Plenary");
    CHECK(joined({"cyber-", "related items"}, none) == "cyber-related items");
    CHECK(joined({"the Treaty on the Non-", "Proliferation of"}, none) == "the Treaty on the Non-Proliferation of");
    CHECK(joined({"high-", "ly effective"}, none) == "highly effective");
    CHECK(joined({"in 2004-", "2005"}, none) == "in 2004-2005");
    CHECK(joined({"a dash -", "and more"}, none) == "a dash - and more");
}

TEST_CASE("the document's own spelling decides before the compound list") {
    CHECK(joined({"the co-", "operation of"}, "their cooperation") == "the cooperation of");
    CHECK(joined({"a catch-", "all clause"}, "") == "a catch-all clause");
    CHECK(joined({"pro-", "grammes of"}, "missile programmes") == "programmes of");
    CHECK(joined({"end-", "user checks"}, "end-user certificates") == "end-user checks");
}

TEST_CASE("anchors map every word of the joined text to its source bytes") {
    const std::string source = "Resolu-\r\n  tion 1540\r\nwas  adopted.";
    const std::vector<SourceLine> lines{{std::string_view(source).substr(0, 7), 0},
                                        {std::string_view(source).substr(11, 9), 11},
                                        {std::string_view(source).substr(22), 22}};
    const JoinedText text = join_lines(lines, LineEndHyphens(source));
    CHECK(text.text == "Resolution 1540 was adopted.");
    const auto source_of = [&](std::size_t at) {
        const OffsetAnchor* before = &text.anchors.front();
        for (const OffsetAnchor& anchor : text.anchors)
            if (anchor.text_offset <= at) before = &anchor;
        return before->source_offset + (at - before->text_offset);
    };
    CHECK(source_of(0) == 0);
    CHECK(source_of(text.text.find("1540")) == source.find("1540"));
    CHECK(source_of(text.text.find("was")) == source.find("was"));
    CHECK(source_of(text.text.find("adopted")) == source.find("adopted"));
    CHECK(text.anchors.back().text_offset == text.text.size());
    CHECK(text.anchors.back().source_offset == source.size());
}

TEST_CASE("page numbers in their usual forms, and numbers that may be page numbers") {
    for (const std::string line : {"Page 3", "Page 3 of 7", "page 12 of 40", "3 of 7", "3/7", "- 3 -", "\u2013 12 \u2013"})
        CHECK(page_number_form(line) == PageNumberForm::labelled);
    CHECK(page_number_form("  17 ") == PageNumberForm::bare);
    for (const std::string line : {"Page three", "1540", "In 2004 of all years", "Pages 3-7 of the report"})
        CHECK(page_number_form(line) != PageNumberForm::labelled);
    CHECK(furniture_key("Statement   December 2017") == furniture_key("statement December 2018"));
}
