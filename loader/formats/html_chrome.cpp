#include "html_chrome.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>
#include <vector>

namespace plenary::loader {
namespace {

bool holds_no_words(GumboTag tag) { return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE; }

std::string tag_reason(const GumboNode& element, bool inside_content) {
    switch (element.v.element.tag) {
    case GUMBO_TAG_HEADER:
        return inside_content ? "" : "<header>";
    case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_IFRAME: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_SVG: case GUMBO_TAG_OBJECT: case GUMBO_TAG_CANVAS:
        return describe(element);
    default:
        return "";
    }
}

// Elements that hold the document itself: their class or role never makes them chrome.
bool holds_content(GumboTag tag) {
    return tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_MAIN || tag == GUMBO_TAG_ARTICLE;
}

std::string role_reason(const GumboNode& element) {
    static constexpr std::array<std::string_view, 8> chrome_roles = {
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "toolbar"};
    const std::string_view role = attribute(element, "role");
    if (std::find(chrome_roles.begin(), chrome_roles.end(), role) == chrome_roles.end()) return "";
    return "role=\"" + std::string(role) + "\"";
}

std::string naming_reason(const GumboNode& element) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 7> names = {{
        {"breadcrumb", "breadcrumb"}, {"breadcrumbs", "breadcrumb"}, {"crumbs", "breadcrumb"},
        {"cookie", "cookie notice"}, {"cookies", "cookie notice"}, {"menu", "menu"}, {"navbar", "menu"},
    }};
    for (const std::string& word : naming_words(element))
        for (const auto& [name, reason] : names)
            if (word == name) return std::string(reason) + " (" + describe(element) + ")";
    return "";
}

bool is_hidden(const GumboNode& element) {
    return gumbo_get_attribute(&element.v.element.attributes, "hidden") != nullptr ||
           attribute(element, "aria-hidden") == "true";
}

// A list most of whose items are links: a menu, a breadcrumb, a list of related pages.
std::string list_of_links_reason(const GumboNode& list, const LinkCountMap& counts) {
    const GumboTag tag = list.v.element.tag;
    if (tag != GUMBO_TAG_UL && tag != GUMBO_TAG_OL && tag != GUMBO_TAG_MENU) return "";
    std::vector<LinkCounts> items;
    for (unsigned i = 0; i < list.v.element.children.length; ++i) {
        const auto& item = *static_cast<const GumboNode*>(list.v.element.children.data[i]);
        const auto found = counts.find(&item);
        if (is_element(item, GUMBO_TAG_LI) && found != counts.end()) items.push_back(found->second);
    }
    return link_list_reason(items);
}

} // namespace

LinkCountMap count_links(const GumboNode& root) {
    LinkCountMap counts;
    walk_tree(
        root,
        [&](const GumboNode& node) {
            if (is_text(node) && node.parent)
                counts[node.parent].words += count_text_words(node.v.text.text);
            return is_element(node) ? !holds_no_words(node.v.element.tag) : node.type == GUMBO_NODE_DOCUMENT;
        },
        [&](const GumboNode& node) {
            if (!is_element(node)) return;
            LinkCounts& own = counts[&node];
            if (is_link(node)) {
                own.links += 1;
                own.link_words = own.words;
            }
            if (!node.parent) return;
            LinkCounts& parent = counts[node.parent];
            parent.words += own.words;
            parent.link_words += own.link_words;
            parent.links += own.links;
        });
    return counts;
}

std::string chrome_reason(const GumboNode& element, const LinkCountMap& counts, bool inside_content) {
    if (std::string reason = tag_reason(element, inside_content); !reason.empty()) return reason;
    if (holds_content(element.v.element.tag)) return "";
    if (is_hidden(element)) return "hidden (" + describe(element) + ")";
    if (std::string reason = role_reason(element); !reason.empty()) return reason;
    if (std::string reason = naming_reason(element); !reason.empty()) return reason;
    return list_of_links_reason(element, counts);
}

} // namespace plenary::loader
