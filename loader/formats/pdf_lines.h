// A PDF's text as poppler lays it out: per page, lines in reading order with their geometry.
// pdf.cpp reads them from the file; pdf_layout.cpp makes paragraphs of them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "document.h"

namespace plenary::loader {

struct PdfLine {
    std::string text;  // words joined by single spaces
    double left = 0, right = 0, top = 0, bottom = 0;  // points, y growing down the page
    double font_size = 0;
    std::uint32_t page = 0;  // 1-based
};

using PdfPage = std::vector<PdfLine>;

// Bounds on what one PDF may cost: larger files or more pages are refused with a reason.
inline constexpr std::size_t pdf_max_bytes = 64u << 20;
inline constexpr int pdf_max_pages = 1000;

// The pages' lines: paragraphs from line gaps, indentation and short last lines; running heads,
// footers and page numbers found by repetition across pages and dropped; line-end hyphens undone.
Document lay_out_pdf(const std::vector<PdfPage>& pages);

} // namespace plenary::loader
