// Which elements of an HTML page are its chrome (navigation, site header and footer, sidebars,
// forms, scripts, breadcrumbs, menus, cookie notices) rather than the document's text, and why.
#pragma once

#include "block_text.h"
#include "html_tree.h"

#include <cstddef>
#include <string>
#include <unordered_map>

namespace plenary::loader {

// The link counts of elements.
using LinkCountMap = std::unordered_map<const GumboNode*, LinkCounts>;

// The link counts of every element under root (scripts and styles have no words).
LinkCountMap count_links(const GumboNode& root);

// Why element is page chrome, or empty when it is not: its tag (<nav>, <aside>, <form>,
// <script>, ...; <header> only outside <article> and <main>), its role, a hidden attribute,
// a class or id that says breadcrumb, menu or cookie, or a list whose items are links
// ("link list: 8 links, 2 words outside them").
std::string chrome_reason(const GumboNode& element, const LinkCountMap& counts, bool inside_content);

} // namespace plenary::loader
