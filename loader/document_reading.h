// A source file's bytes read into a Document by the reader its extension names.
#pragma once

#include <filesystem>
#include <optional>
#include <string_view>

#include "decoding.h"
#include "document.h"

namespace plenary::loader {

struct ReadDocument {
    Document document;
    std::optional<DecodedText> decoded;  // the text the blocks point into; none for PDF
};

// .txt and any extension not named below: plain text; .md: Markdown; .html, .htm, .xhtml: HTML;
// .pdf: PDF. Throws LoadError for a file it cannot read (binary, empty, damaged, ...).
ReadDocument read_document(std::string_view bytes, const std::filesystem::path& file);

} // namespace plenary::loader
