// Where an HTML page's main text lies among its blocks.
#pragma once

#include "html_blocks.h"

namespace plenary::loader {

// Chooses the element that holds the page's main text: the <article> holding at least half of
// the page's prose, else such a <main>, else the densest element (from <body> down, the
// child that holds four fifths of the prose, as long as there is one). Blocks outside it
// become chrome ("outside <article>"), all but <h1> headings. Inside it, the datelines before
// the first paragraph become headings, and so do the short lines not ending a sentence before
// it when there are at most three.
void mark_main_text(HtmlBlocks& page);

} // namespace plenary::loader
