// The format readers: each turns a source into a Document (document.h). Text formats read the
// decoded text, and their spans and positions are offsets into DecodedText::text (the loader
// maps them back to source bytes); PDF reads the file's bytes and has pages, not spans.
// Each throws LoadError with a one-line reason for input it cannot read.
#pragma once

#include <string_view>

#include "decoding.h"
#include "document.h"

namespace plenary::loader {

Document read_plain_text(const DecodedText& text);  // .txt, and text pasted from a PDF
Document read_markdown(const DecodedText& text);    // .md
Document read_html(const DecodedText& text);        // .html, .htm, .xhtml
Document read_pdf(std::string_view bytes);          // .pdf

} // namespace plenary::loader
