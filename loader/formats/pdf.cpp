// PDF through poppler's C++ API: each page's words in poppler's reading order, grouped into lines
// by their baselines. Encrypted, damaged, oversized and text-less PDFs are LoadErrors.
#include "readers.h"

#include <plenary/communique.h>

#include "pdf_lines.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <cmath>
#include <memory>

namespace plenary::loader {
namespace {

// poppler reports what it repairs on stderr; the loader gives its own one-line reason instead.
void ignore_poppler_message(const std::string&, void*) {}

std::string utf8(const poppler::ustring& text) {
    const poppler::byte_array bytes = text.to_utf8();
    return std::string(bytes.begin(), bytes.end());
}

// A word continues the current line when it sits on the same baseline, to the right.
bool same_line(const PdfLine& line, const poppler::rectf& box) {
    const double height = std::max(line.bottom - line.top, 1.0);
    return std::abs(box.bottom() - line.bottom) < height / 2 && box.left() >= line.left;
}

PdfPage lines_of(const poppler::page& page, std::uint32_t number) {
    PdfPage lines;
    bool space_pending = false;
    for (const poppler::text_box& word : page.text_list(poppler::page::text_list_include_font)) {
        const poppler::rectf box = word.bbox();
        const std::string text = utf8(word.text());
        if (text.empty()) continue;
        if (lines.empty() || !same_line(lines.back(), box)) {
            lines.push_back(PdfLine{"", box.left(), box.right(), box.top(), box.bottom(), word.get_font_size(), number});
            space_pending = false;
        }
        PdfLine& line = lines.back();
        if (space_pending) line.text += ' ';
        line.text += text;
        line.right = std::max(line.right, box.right());
        line.top = std::min(line.top, box.top());
        line.bottom = std::max(line.bottom, box.bottom());
        line.font_size = std::max(line.font_size, word.get_font_size());
        space_pending = word.has_space_after();
    }
    return lines;
}

std::unique_ptr<poppler::document> open_pdf(std::string_view bytes) {
    if (bytes.size() > pdf_max_bytes) throw LoadError("PDF larger than the 64 MiB read per file");
    poppler::set_debug_error_function(ignore_poppler_message, nullptr);
    std::unique_ptr<poppler::document> document(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!document) throw LoadError("damaged PDF: poppler cannot parse it");
    if (document->is_locked()) throw LoadError("encrypted PDF: it needs a password");
    if (document->pages() > pdf_max_pages) throw LoadError("PDF of more than 1000 pages: not read");
    return document;
}

} // namespace

Document read_pdf(std::string_view bytes) {
    const std::unique_ptr<poppler::document> document = open_pdf(bytes);
    std::vector<PdfPage> pages;
    bool any_text = false;
    for (int i = 0; i < document->pages(); ++i) {
        const std::unique_ptr<poppler::page> page(document->create_page(i));
        pages.push_back(page ? lines_of(*page, static_cast<std::uint32_t>(i + 1)) : PdfPage{});
        any_text = any_text || !pages.back().empty();
    }
    if (!any_text) throw LoadError("no text layer: a scanned PDF or one of images only");
    Document read = lay_out_pdf(pages);
    read.title = utf8(document->info_key("Title"));
    return read;
}

} // namespace plenary::loader
