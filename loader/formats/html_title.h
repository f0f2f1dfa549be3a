// The title an HTML page states in its <title>, without the site's name.
#pragma once

#include "html_tree.h"

#include <string>

namespace plenary::loader {

// The page's <title>, whitespace collapsed, without a first or last part (set off by " | ",
// " - ", " – ", " — ", " · ", " :: " or " » ") that names the site: one that the page's
// <header> or <footer> (text or image descriptions) or its og:site_name or application-name
// also says. "MTCR – Press Release on the Rome Plenary" with "© MTCR" in the footer gives
// "Press Release on the Rome Plenary". Empty when the page has no <title>.
std::string page_title(const GumboNode& root);

} // namespace plenary::loader
