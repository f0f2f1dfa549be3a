#include "html_tree.h"

#include "utf8_text.h"

#include <plenary/communique.h>

#include <algorithm>
#include <cctype>

namespace plenary::loader {
namespace {

// Start tags, counted as '<' before a letter: a bound on gumbo's work without parsing anything.
std::size_t count_start_tags(std::string_view text) {
    std::size_t tags = 0;
    for (std::size_t at = text.find('<'); at != std::string_view::npos && at + 1 < text.size();
         at = text.find('<', at + 1)) {
        if (std::isalpha(static_cast<unsigned char>(text[at + 1]))) ++tags;
    }
    return tags;
}

std::string tag_name(const GumboNode& element) {
    if (element.v.element.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(element.v.element.tag);
    GumboStringPiece piece = element.v.element.original_tag;
    gumbo_tag_from_original_text(&piece);
    std::string name(piece.data ? piece.data : "", piece.data ? piece.length : 0);
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    return name;
}

void add_words(std::string_view value, std::vector<std::string>& words) {
    std::string word;
    for (const char c : value) {
        if (std::isalnum(static_cast<unsigned char>(c))) {
            word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
}

// An attribute value short enough for a reason on one line, cut between UTF-8 characters.
std::string shortened(std::string_view value) {
    constexpr std::size_t longest = 40;
    std::string line = collapse_whitespace(value);
    if (line.size() <= longest) return line;
    std::size_t cut = longest;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    return line.substr(0, cut) + "\u2026";
}

} // namespace

HtmlTree::HtmlTree(std::string_view text) : text_(text) {
    if (text.size() > max_html_bytes)
        throw LoadError("HTML page too large (" + std::to_string(text.size() >> 20) + " MiB; at most " +
                        std::to_string(max_html_bytes >> 20) + " MiB are read)");
    if (count_start_tags(text) > max_html_tags)
        throw LoadError("HTML page with more than " + std::to_string(max_html_tags) + " tags");
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;  // errors are not used: keep no list of them
    output_ = gumbo_parse_with_options(&options, text.data(), text.size());
    if (!output_ || !output_->root) throw LoadError("HTML page that the parser could not read");
}

HtmlTree::~HtmlTree() {
    if (output_) gumbo_destroy_output(&kGumboDefaultOptions, output_);
}

std::size_t HtmlTree::offset_of(const GumboStringPiece& piece) const {
    const char* begin = text_.data();
    if (!piece.data || piece.data < begin || piece.data > begin + text_.size()) return text_.size();
    return static_cast<std::size_t>(piece.data - begin);
}

const GumboVector* children_of(const GumboNode& node) {
    if (is_element(node)) return &node.v.element.children;
    if (node.type == GUMBO_NODE_DOCUMENT) return &node.v.document.children;
    return nullptr;
}

std::string_view attribute(const GumboNode& element, const char* name) {
    const GumboAttribute* found = gumbo_get_attribute(&element.v.element.attributes, name);
    return found && found->value ? std::string_view(found->value) : std::string_view();
}

std::vector<std::string> naming_words(const GumboNode& element) {
    std::vector<std::string> words;
    for (const char* name : {"class", "id", "aria-label"}) add_words(attribute(element, name), words);
    return words;
}

bool is_block_tag(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY: case GUMBO_TAG_CAPTION: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR: case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_HTML:
    case GUMBO_TAG_LEGEND: case GUMBO_TAG_LI: case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TH: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR: case GUMBO_TAG_UL:
        return true;
    default:
        return false;
    }
}

int heading_level(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_H1: return 1;
    case GUMBO_TAG_H2: return 2;
    case GUMBO_TAG_H3: return 3;
    case GUMBO_TAG_H4: return 4;
    case GUMBO_TAG_H5: return 5;
    case GUMBO_TAG_H6: return 6;
    default: return 0;
    }
}

std::string describe(const GumboNode& element) {
    std::string description = "<";
    description += tag_name(element);
    if (const std::string_view id = attribute(element, "id"); !id.empty())
        description += " id=\"" + shortened(id) + "\"";
    else if (const std::string_view name = attribute(element, "class"); !name.empty())
        description += " class=\"" + shortened(name) + "\"";
    return description + ">";
}

} // namespace plenary::loader
