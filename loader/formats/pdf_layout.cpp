#include "pdf_lines.h"

#include "body_detection.h"
#include "line_joining.h"
#include "page_furniture.h"
#include "text_blocks.h"
#include "utf8_text.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace plenary::loader {
namespace {

// Running heads and footers sit among the first or last lines of a page.
constexpr std::size_t furniture_lines_per_edge = 2;
constexpr double paragraph_gap_pitches = 1.25;  // a gap this many line pitches wide ends a paragraph
constexpr double indent_font_sizes = 0.8;       // an indent this many font sizes wide starts one
constexpr double font_change_ratio = 1.05;      // a font this much larger or smaller starts a paragraph
constexpr double character_font_sizes = 0.5;    // a character's width, roughly, in font sizes

double median(std::vector<double> values) {
    if (values.empty()) return 0;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2), values.end());
    return values[values.size() / 2];
}

bool at_page_edge(const PdfPage& page, std::size_t i) {
    return i < furniture_lines_per_edge || i + furniture_lines_per_edge >= page.size();
}

// Why each line of each page is furniture, or empty.
std::vector<std::vector<std::string>> find_furniture(const std::vector<PdfPage>& pages) {
    std::map<std::string, std::set<std::uint32_t>> pages_of_key;
    for (const PdfPage& page : pages)
        for (std::size_t i = 0; i < page.size(); ++i)
            if (at_page_edge(page, i)) pages_of_key[furniture_key(page[i].text)].insert(page[i].page);
    std::vector<std::vector<std::string>> reasons;
    for (const PdfPage& page : pages) {
        reasons.emplace_back(page.size());
        for (std::size_t i = 0; i < page.size(); ++i) {
            if (!at_page_edge(page, i)) continue;
            const std::size_t repeats = pages_of_key[furniture_key(page[i].text)].size();
            if (page_number_form(page[i].text) != PageNumberForm::none) reasons.back()[i] = "page number";
            else if (repeats >= 2 && !ends_sentence(page[i].text))
                reasons.back()[i] = "running head or footer (on " + std::to_string(repeats) + " pages)";
        }
    }
    return reasons;
}

struct BodyGeometry {
    double margin = 0, right_edge = 0, pitch = 0, font_size = 0;
};

BodyGeometry measure(const std::vector<const PdfLine*>& lines) {
    std::vector<double> lefts, rights, pitches, sizes;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        lefts.push_back(lines[i]->left);
        rights.push_back(lines[i]->right);
        sizes.push_back(lines[i]->font_size);
        if (i > 0 && lines[i]->page == lines[i - 1]->page && lines[i]->top > lines[i - 1]->top)
            pitches.push_back(lines[i]->top - lines[i - 1]->top);
    }
    std::sort(rights.begin(), rights.end());
    return {*std::min_element(lefts.begin(), lefts.end()), rights[rights.size() * 9 / 10], median(pitches), median(sizes)};
}

class PdfParagraphs {
public:
    explicit PdfParagraphs(const std::vector<const PdfLine*>& lines) : lines_(lines), geometry_(measure(lines)) {}

    // Whether line i (not the first) starts a paragraph.
    bool starts_paragraph(std::size_t i) const {
        const PdfLine& before = *lines_[i - 1];
        const PdfLine& line = *lines_[i];
        if (std::max(before.font_size, line.font_size) > font_change_ratio * std::min(before.font_size, line.font_size))
            return true;
        if (line.left > geometry_.margin + indent_font_sizes * geometry_.font_size) return true;
        if (line.page == before.page && line.top - before.top > paragraph_gap_pitches * geometry_.pitch) return true;
        return ends_sentence(before.text) && leaves_room(before, line);
    }

private:
    bool leaves_room(const PdfLine& line, const PdfLine& next) const {
        const std::size_t first_word = next.text.find(' ') == std::string::npos ? next.text.size() : next.text.find(' ');
        const double needed = static_cast<double>(first_word + 1) * character_font_sizes * geometry_.font_size;
        const double slack = (geometry_.right_edge - geometry_.margin) / 20;
        return line.right + needed + slack <= geometry_.right_edge;
    }

    const std::vector<const PdfLine*>& lines_;
    BodyGeometry geometry_;
};

std::string all_text(const std::vector<PdfPage>& pages) {
    std::string text;
    for (const PdfPage& page : pages)
        for (const PdfLine& line : page) text += line.text + '\n';
    return text;
}

class PdfDocumentBuilder {
public:
    explicit PdfDocumentBuilder(const std::vector<PdfPage>& pages) : hyphens_(all_text(pages)) {
        const auto furniture = find_furniture(pages);
        for (std::size_t p = 0; p < pages.size(); ++p) {
            for (std::size_t i = 0; i < pages[p].size(); ++i) {
                if (furniture[p][i].empty()) body_lines_.push_back(&pages[p][i]);
                else furniture_.push_back({&pages[p][i], furniture[p][i]});
            }
        }
    }

    Document build() {
        Document document;
        document.format = "pdf";
        if (!body_lines_.empty()) add_paragraphs(document);
        for (const auto& [line, reason] : furniture_)
            document.blocks.push_back(DocumentBlock{line->text, BlockRole::chrome, reason, std::nullopt, {0, 0, line->page}, {}});
        std::stable_sort(document.blocks.begin(), document.blocks.end(), [](const DocumentBlock& a, const DocumentBlock& b) {
            return a.position.page < b.position.page;
        });
        return document;
    }

private:
    void add_paragraphs(Document& document) {
        const PdfParagraphs paragraphs(body_lines_);
        std::vector<std::pair<std::size_t, std::size_t>> ranges{{0, 0}};
        for (std::size_t i = 1; i < body_lines_.size(); ++i) {
            if (paragraphs.starts_paragraph(i)) ranges.push_back({i, i});
            else ranges.back().second = i;
        }
        std::vector<Block> blocks;
        std::vector<std::string> texts;
        for (const auto& [first, last] : ranges) {
            std::vector<SourceLine> lines;
            for (std::size_t i = first; i <= last; ++i) lines.push_back({body_lines_[i]->text, 0});
            texts.push_back(join_lines(lines, hyphens_).text);
            const std::size_t words = count_words(texts.back());
            const bool ends = ends_sentence(body_lines_[last]->text);
            blocks.push_back(Block{first, last, 0, 0, words, ends, kind_of_paragraph(words, ends)});
        }
        const std::optional<BodyLayout> body = find_body(blocks);
        for (std::size_t b = 0; b < blocks.size(); ++b) {
            const BlockRoleAndReason role = role_of_block(blocks, b, body);
            document.blocks.push_back(DocumentBlock{std::move(texts[b]), role.role, role.reason, std::nullopt,
                                                    {0, 0, body_lines_[blocks[b].first_line]->page}, {}});
        }
    }

    LineEndHyphens hyphens_;
    std::vector<const PdfLine*> body_lines_;
    std::vector<std::pair<const PdfLine*, std::string>> furniture_;
};

} // namespace

Document lay_out_pdf(const std::vector<PdfPage>& pages) { return PdfDocumentBuilder(pages).build(); }

} // namespace plenary::loader
