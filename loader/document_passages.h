// From a Document to what the index keeps: passages with their source bytes and positions, and
// the heading lines the metadata is read from.
#pragma once

#include <plenary/communique.h>

#include <string>
#include <vector>

#include "decoding.h"
#include "document.h"

namespace plenary::loader {

// One passage per body block, a long block as windows of whole sentences; numbered from 1.
// decoded: the text the blocks' spans and anchors point into (null for PDF, whose passages get
// a page and no bytes). Source offsets, lines and columns are of the original file's bytes.
std::vector<Passage> document_passages(const Document& document, const DecodedText* decoded);

// The heading blocks before the first body block, in order.
std::vector<std::string> leading_headings(const Document& document);

} // namespace plenary::loader
