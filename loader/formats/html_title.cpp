#include "html_title.h"

#include "utf8_text.h"

#include <plenary/strings.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>
#include <utility>
#include <vector>

namespace plenary::loader {
namespace {

// The text of an element and the descriptions of its images, words separated.
std::string text_of(const GumboNode& element) {
    std::string text;
    walk_tree(
        element,
        [&](const GumboNode& node) {
            if (is_text(node)) text += node.v.text.text;
            if (is_element(node, GUMBO_TAG_IMG)) text.append(" ").append(attribute(node, "alt")).append(" ");
            if (is_element(node)) text += ' ';
            return is_element(node);
        },
        [](const GumboNode&) {});
    return collapse_whitespace(text);
}

struct TitleSources {
    std::string title;
    std::string site;  // what the page says its site is called, lowercase
};

bool names_site(const GumboNode& meta) {
    return attribute(meta, "property") == "og:site_name" || attribute(meta, "name") == "application-name";
}

TitleSources find_title_sources(const GumboNode& root) {
    TitleSources sources;
    walk_tree(
        root,
        [&](const GumboNode& node) {
            if (!is_element(node) || node.v.element.tag_namespace != GUMBO_NAMESPACE_HTML) return false;
            const GumboTag tag = node.v.element.tag;
            if (tag == GUMBO_TAG_TITLE && sources.title.empty()) sources.title = text_of(node);
            if (tag == GUMBO_TAG_META && names_site(node)) sources.site += " | " + std::string(attribute(node, "content"));
            if (tag == GUMBO_TAG_HEADER || tag == GUMBO_TAG_FOOTER) sources.site += " | " + text_of(node);
            return tag != GUMBO_TAG_TITLE && tag != GUMBO_TAG_HEADER && tag != GUMBO_TAG_FOOTER;
        },
        [](const GumboNode&) {});
    sources.site = lowercase_ascii(sources.site);
    return sources;
}

// Whether text holds phrase as whole words (ASCII case already folded).
bool says(std::string_view text, std::string_view phrase) {
    const auto is_word_byte = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    for (std::size_t at = text.find(phrase); at != std::string_view::npos; at = text.find(phrase, at + 1)) {
        const bool starts = at == 0 || !is_word_byte(text[at - 1]);
        const bool ends = at + phrase.size() == text.size() || !is_word_byte(text[at + phrase.size()]);
        if (starts && ends) return true;
    }
    return false;
}

// The title's parts as [begin, end) offsets, in order.
std::vector<std::pair<std::size_t, std::size_t>> title_parts(std::string_view title) {
    static constexpr std::array<std::string_view, 7> separators = {
        " | ", " - ", " \u2013 ", " \u2014 ", " \u00B7 ", " :: ", " \u00BB "};
    std::vector<std::pair<std::size_t, std::size_t>> cuts;  // separator begin, end
    for (const std::string_view separator : separators)
        for (std::size_t at = title.find(separator); at != std::string_view::npos; at = title.find(separator, at + 1))
            cuts.emplace_back(at, at + separator.size());
    std::sort(cuts.begin(), cuts.end());
    std::vector<std::pair<std::size_t, std::size_t>> parts;
    std::size_t begin = 0;
    for (const auto& [cut_begin, cut_end] : cuts) {
        if (cut_begin < begin) continue;
        parts.emplace_back(begin, cut_begin);
        begin = cut_end;
    }
    parts.emplace_back(begin, title.size());
    return parts;
}

} // namespace

std::string page_title(const GumboNode& root) {
    const TitleSources sources = find_title_sources(root);
    const std::string_view title = sources.title;
    auto parts = title_parts(title);
    const auto names_the_site = [&](std::pair<std::size_t, std::size_t> part) {
        constexpr std::size_t longest_site_name = 100;
        const std::string words(trim_whitespace(title.substr(part.first, part.second - part.first)));
        return !words.empty() && words.size() <= longest_site_name && says(sources.site, lowercase_ascii(words));
    };
    if (parts.size() > 1 && names_the_site(parts.back())) parts.pop_back();
    if (parts.size() > 1 && names_the_site(parts.front())) parts.erase(parts.begin());
    return std::string(trim_whitespace(title.substr(parts.front().first, parts.back().second - parts.front().first)));
}

} // namespace plenary::loader
