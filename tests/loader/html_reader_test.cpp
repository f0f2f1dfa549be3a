// read_html: the statement of a web page as body blocks, the page's chrome dropped with the
// reason, headings and datelines as headings, every block pointing at its source.
#include "document_fixtures.h"
#include "formats/html_tree.h"

using namespace plenary;
using namespace plenary::loader;
using namespace plenary::testing;

namespace {

Document read_html_file(const std::string& name) { return read_html(utf8_text(read_file(formats_dir / name))); }

Document read_page(const std::string& html) { return read_html(utf8_text(html)); }

std::string escaped(std::string_view text) {
    std::string html;
    for (std::size_t at = 0; at < text.size(); ++at) {
        if (text[at] == '&') html += "&amp;";
        else if (text[at] == '<') html += "&lt;";
        else if (text[at] == '>') html += "&gt;";
        else if (text.compare(at, 3, "\u2019") == 0) html += "&rsquo;", at += 2;
        else html += text[at];
    }
    return html;
}

// Text broken into lines of about 70 bytes, indented as an editor would.
std::string wrapped(std::string_view text) {
    std::string lines, line;
    for (const std::string& word : words_of(text)) {
        if (!line.empty() && line.size() + word.size() > 70) lines += line + "\n      ", line.clear();
        line += (line.empty() ? "" : " ") + word;
    }
    return lines + line;
}

// A bundled communiqué as a regime's site would publish it: header, menu, breadcrumb, the
// statement in an <article> beside a sidebar in <main>, a footer and a cookie script.
std::string bundled_page(const BundledCommunique& communique) {
    std::string page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
                       escaped(communique.title) + " | Missile Technology Control Regime</title>\n"
                       "<script>var cookieConsent = localStorage.getItem('consent');</script>\n</head>\n<body>\n"
                       "<header><a class=\"brand\" href=\"/\">Missile Technology Control Regime</a>\n"
                       "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/newsroom/\">Newsroom</a></li></ul></nav>"
                       "</header>\n<ol class=\"breadcrumb\"><li><a href=\"/\">Home</a></li><li>Statement</li></ol>\n"
                       "<main>\n<article>\n<h1>" + escaped(communique.title) + "</h1>\n";
    for (const std::string& passage : communique.passages) page += "<p>" + wrapped(escaped(passage)) + "</p>\n";
    return page + "</article>\n<aside><h2>Newsroom</h2><form><label>Subscribe</label><button>Decline</button></form>"
                  "</aside>\n</main>\n<footer><p>Accessibility | Sitemap | Privacy</p></footer>\n</body>\n</html>\n";
}

} // namespace

TEST_CASE("the fixtures' HTML pages give their paragraphs, in order, and nothing of their chrome") {
    for (const auto& entry : fixtures_of_format("html")) {
        INFO(entry.at("file"));
        const Document document = check_fixture(entry, read_html);
        for (const std::string word : entry.at("chrome_words")) {
            INFO(word);
            CHECK_FALSE(says(texts_of(document, BlockRole::body), word));
            CHECK_FALSE(says(texts_of(document, BlockRole::heading), word));
            CHECK(says(texts_of(document, BlockRole::chrome), word));
        }
    }
}

TEST_CASE("the page's <title> loses the site's name that its header or footer states") {
    CHECK(read_html_file("2019-wa-vienna-plenary.html").title == "Public Statement \u2013 Twenty-Fifth Plenary Meeting");
    CHECK(read_html_file("2013-mtcr-rome-plenary.xhtml").title == "Press Release on the Rome Plenary");
    CHECK(read_html_file("2009-nsg-budapest-statement.htm").title == "Public Statement, Budapest Plenary");
    CHECK(read_html_file("2015-ag-paris-plenary.html").title == "2015 Australia Group Plenary \u2013 Chair\u2019s Statement");
    CHECK(read_page("<title>Plenary | Example</title><p>Text of the statement.</p>").title == "Plenary | Example");
}

TEST_CASE("chrome inside <main> beside the <article> is dropped, datelines and subheadings are headings") {
    const Document document = read_html_file("2019-wa-vienna-plenary.html");
    CHECK(block_saying(document, "Related news").role == BlockRole::chrome);
    CHECK(block_saying(document, "Related news").reason == "<aside class=\"sidebar\">");
    CHECK(block_saying(document, "We use cookies").reason == "hidden (<div id=\"cookie-banner\">)");
    CHECK(block_saying(document, "Plenary statements").reason == "breadcrumb (<ol class=\"breadcrumb\">)");
    CHECK(block_saying(document, "VIENNA, AUSTRIA").reason == "dateline");
    CHECK(block_saying(document, "Chairmanships for the coming year").reason == "<h2>");
}

TEST_CASE("<br><br> separates paragraphs, what lies outside the <article> is chrome") {
    const Document document = read_html_file("2009-nsg-budapest-statement.htm");
    CHECK(block_saying(document, "Budapest, 19 June 2009").role == BlockRole::heading);
    CHECK(block_saying(document, "This site stores a cookie").reason == "outside <article>");
    CHECK(block_saying(document, "Home \u00BB Press Statements").reason == "breadcrumb (<ul class=\"crumbs\">)");
}

TEST_CASE("an older page's bold title and dateline over its first paragraph are headings, as in plain text") {
    const Document document = read_html_file("2008-nsg-berlin-press.htm");
    CHECK(block_saying(document, "NUCLEAR SUPPLIERS GROUP").role == BlockRole::heading);
    CHECK(block_saying(document, "NUCLEAR SUPPLIERS GROUP").reason == "short line before the first paragraph");
    CHECK(block_saying(document, "Press Statement, Berlin").reason == "dateline");
    CHECK(texts_of(document, BlockRole::body).front().starts_with("The Nuclear Suppliers Group (NSG) held its 18th"));
    // Only lines before the first paragraph, when there are at most three, head it; without a
    // paragraph after them, short lines are the text.
    const Document three = read_page("<body><td>One<br><br>Two<br><br>Three<br><br>"
                                     "The Group met in Rome and agreed on its lists.<br><br>Annex</td></body>");
    CHECK(texts_of(three, BlockRole::heading) == std::vector<std::string>{"One", "Two", "Three"});
    CHECK(texts_of(three, BlockRole::body) ==
          std::vector<std::string>{"The Group met in Rome and agreed on its lists.", "Annex"});
    const Document four = read_page("<body><td>One<br><br>Two<br><br>Three<br><br>Four<br><br>"
                                    "The Group met in Rome and agreed on its lists.</td></body>");
    CHECK(texts_of(four, BlockRole::heading).empty());
    CHECK(texts_of(read_page("<body><td>Plenary<br><br>Partners met in Rome</td></body>"), BlockRole::body) ==
          std::vector<std::string>{"Plenary", "Partners met in Rome"});
}

TEST_CASE("a menu of links is chrome, a list of items is text") {
    std::string menu = "<ul>";
    for (int i = 1; i <= 8; ++i) menu += "<li><a href=\"/" + std::to_string(i) + "\">Page " + std::to_string(i) + "</a></li>";
    const Document document = read_page("<body>" + menu + "<li>More pages</li></ul><p>Partners met in Rome.</p>"
                                         "<ul><li>Argentina</li><li><a href=\"/au\">Australia</a></li><li>Austria</li></ul>"
                                         "<p><a href=\"/print\">Print</a> | <a href=\"/share\">Share</a></p></body>");
    CHECK(block_saying(document, "Page 1").reason == "link list: 8 links, 2 words outside them");
    CHECK(texts_of(document, BlockRole::body) ==
          std::vector<std::string>{"Partners met in Rome.", "Argentina", "Australia", "Austria"});
    CHECK(block_saying(document, "Print | Share").reason == "link line: 2 links, no words outside them");
    const std::string sentence = "The Plenary agreed to publish the updated lists early in the new year.";
    CHECK(texts_of(read_page("<p><a href=\"/lists\">" + sentence + "</a></p>"), BlockRole::body) ==
          std::vector<std::string>{sentence});
}

TEST_CASE("without <main> or <article>, the main text is the element holding most of the prose") {
    const Document document = read_html_file("2015-ag-paris-plenary.html");
    CHECK(block_saying(document, "Chair\u2019s statement 2014").reason == "<aside>");
    CHECK(block_saying(document, "Commonwealth").reason == "<footer>");
    const std::string prose = "The Plenary considered recent developments. Participants discussed catch-all controls.";
    const Document page = read_page("<body><div class=\"top\"><p>Welcome to the site of the Group, read our news.</p></div>"
                                    "<div class=\"text\"><p>" + prose + "</p><p>" + prose + "</p><p>" + prose +
                                    "</p><p>" + prose + "</p><p>" + prose + "</p></div></body>");
    CHECK(block_saying(page, "Welcome").reason == "outside <div class=\"text\">");
    CHECK(texts_of(page, BlockRole::body).size() == 5);
}

TEST_CASE("entities are decoded and whitespace collapsed, anchors put each word on its source") {
    const std::string source = "<p>Arms brokering &amp; transit,&nbsp;the Arrangement&rsquo;s work &#8211; and\n"
                               "   <b>Resolu</b>tion&#160;1540 (2004).</p>";
    const Document document = read_page(source);
    REQUIRE(document.blocks.size() == 1);
    CHECK(document.blocks[0].text == "Arms brokering & transit, the Arrangement\u2019s work \u2013 and Resolution 1540 (2004).");
    check_sources(document, source);
    CHECK(document.blocks[0].span->start == source.find("Arms"));
    CHECK(document.blocks[0].span->end == source.find("</p>"));
}

TEST_CASE("damaged pages are read as a browser reads them") {
    SECTION("unclosed tags") {
        const Document document = read_page("<html><body><p>First paragraph<p>Second <b>bold <i>italic</p>"
                                            "<div>Third<li>An item<table><tr><td>A cell");
        CHECK(texts_of(document, BlockRole::body) ==
              std::vector<std::string>{"First paragraph", "Second bold italic", "Third", "An item", "A cell"});
    }
    SECTION("a huge attribute") {
        const std::string value(1 << 20, 'x');
        const Document document = read_page("<p class=\"" + value + "\" title=\"" + value + "\">The text.</p>");
        CHECK(texts_of(document, BlockRole::body) == std::vector<std::string>{"The text."});
    }
    SECTION("deep nesting") {
        std::string page;
        for (int i = 0; i < 5000; ++i) page += "<div><span>";
        const Document document = read_page(page + "Deep inside, the statement.");
        CHECK(texts_of(document, BlockRole::body) == std::vector<std::string>{"Deep inside, the statement."});
    }
    SECTION("a tag that never ends and text that is not HTML") {
        CHECK(texts_of(read_page("Plain words. <p title=\"never closed"), BlockRole::body) ==
              std::vector<std::string>{"Plain words."});
    }
}

TEST_CASE("a page beyond the bounds, or without body text, is a one-line reason") {
    std::string tags;
    for (std::size_t i = 0; i <= max_html_tags; ++i) tags += "<b>";
    CHECK(reader_error([&] { read_page(tags + "text"); }) == "HTML page with more than 30000 tags");
    CHECK(reader_error([&] { read_page(std::string(max_html_bytes + 1, 'a')); }) ==
          "HTML page too large (8 MiB; at most 8 MiB are read)");
    CHECK(reader_error([&] { read_page("<html><head><title>Statement</title></head><body><nav><a href=\"/\">Home</a>"
                                       "</nav><h1>Statement</h1><script>var x;</script></body></html>"); }) ==
          "no body text (1 headings, 3 blocks of page chrome)");
    CHECK(reader_error([&] { read_page(" \n\t "); }) == "empty file");
}

TEST_CASE("the bundled communiqués laid out as web pages give the same passages and no chrome") {
    for (const auto& communique : bundled_communiques()) {
        INFO(communique.name);
        const std::string page = bundled_page(communique);
        const Document document = read_page(page);
        CHECK(texts_of(document, BlockRole::body) == communique.passages);
        for (const char* word : {"Newsroom", "Subscribe", "Sitemap", "Accessibility", "cookieConsent", "Decline"}) {
            CHECK_FALSE(says(communique.passages, word));
            CHECK_FALSE(says(texts_of(document, BlockRole::body), word));
        }
        CHECK(document.title == communique.title);
        check_sources(document, page);
    }
}
