// The metadata a statement's text states about its meeting: organisation, title, plenary ordinal,
// city, country, dates, year and chair. A text that is no meeting's statement gets a title and,
// where its file name starts with one, a year.
#pragma once

#include <plenary/communique.h>

#include <filesystem>
#include <string>
#include <vector>

namespace plenary::loader {

// headings: the document's heading lines before the body (whitespace collapsed), possibly none;
// passages: its passages, of which the first are read; file: its source, whose name gives a year
// where the text has none and a title where nothing else does; document_title: the title the
// document states besides its headings (HTML <title>, PDF info), possibly empty.
CommuniqueMetadata extract_metadata(const std::vector<std::string>& headings, const std::vector<Passage>& passages,
                                    const std::filesystem::path& file, const std::string& document_title = {});

} // namespace plenary::loader
