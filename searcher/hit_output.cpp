#include "plenary/hit_output.h"

#include <fmt/format.h>

#include "highlighted_text.h"
#include "plenary/files.h"
#include "text_width.h"

namespace plenary {

namespace {

template <typename Number>
nlohmann::ordered_json optional_json(const std::optional<Number>& value) {
    return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}

// Line, column and page are 0 where they do not apply: JSON null.
nlohmann::ordered_json nonzero_json(std::uint32_t value) {
    return value ? nlohmann::ordered_json(value) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json highlights_json(const Hit& hit, bool in_code_points) {
    nlohmann::ordered_json highlights = nlohmann::ordered_json::array();
    for (auto [begin, end] : hit.highlights) {
        if (in_code_points) {
            begin = code_points_before(hit.passage.text, begin);
            end = code_points_before(hit.passage.text, end);
        }
        highlights.push_back({begin, end});
    }
    return highlights;
}

// "2,300"
std::string with_thousands(std::uint64_t number) {
    const std::string digits = std::to_string(number);
    std::string grouped;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
        grouped += digits[i];
    }
    return grouped;
}

std::string text_columns(const Hit& hit, std::string_view score, bool color) {
    const auto& metadata = hit.communique->metadata;
    return fmt::format("{}\t{}\t{}\t{}\t", hit.passage.passage_id, score, metadata.year ? std::to_string(*metadata.year) : "",
                       metadata.city) +
           render_text(hit.passage.text, hit.highlights, color);
}

} // namespace

std::string ordinal(int number) {
    int tens = number % 100;
    const char* suffix = "th";
    if (tens < 11 || tens > 13) {
        switch (number % 10) {
        case 1: suffix = "st"; break;
        case 2: suffix = "nd"; break;
        case 3: suffix = "rd"; break;
        default: break;
        }
    }
    return fmt::format("{}{}", number, suffix);
}

nlohmann::ordered_json hit_json(const Hit& hit) {
    const auto& communique = *hit.communique;
    return {
        {"rank", hit.rank},
        {"score", hit.score},
        {"passage", hit.passage.passage_id},
        {"doc", hit.passage.communique_id},
        {"file", communique.file},
        {"start", optional_json(hit.passage.start)},
        {"end", optional_json(hit.passage.end)},
        {"title", communique.metadata.title},
        {"year", optional_json(communique.metadata.year)},
        {"city", communique.metadata.city},
        {"plenary", optional_json(communique.metadata.plenary)},
        {"org", communique.metadata.org.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(communique.metadata.org)},
        {"tags", hit.passage.tags},
        {"text", hit.passage.text},
        {"highlights", highlights_json(hit, false)},
        {"format", communique.format},
        {"line", nonzero_json(hit.passage.line)},
        {"col", nonzero_json(hit.passage.column)},
        {"page", nonzero_json(hit.passage.page)},
        {"highlights_chars", highlights_json(hit, true)},
        {"matched", hit.matched},
    };
}

nlohmann::ordered_json context_json(const PassageContext& context) {
    auto passages = [](const std::vector<schema::PassageRecord>& records) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const auto& passage : records) {
            list.push_back({{"passage", passage.passage_id}, {"line", nonzero_json(passage.line)},
                            {"col", nonzero_json(passage.column)}, {"page", nonzero_json(passage.page)},
                            {"start", optional_json(passage.start)}, {"end", optional_json(passage.end)},
                            {"text", passage.text}});
        }
        return list;
    };
    return {{"before", passages(context.before)}, {"after", passages(context.after)}};
}

std::string source_location(const schema::CommuniqueRecord& communique, const schema::PassageRecord& passage) {
    std::string path = path_for_display(communique.file);
    if (passage.page > 0) return fmt::format("{}, page {}", path, passage.page);
    return passage.line > 0 ? fmt::format("{}:{}", path, passage.line) : path;
}

void print_hit_line(std::ostream& out, const Hit& hit, bool color, const PassageContext& context) {
    auto print_context = [&](const std::vector<schema::PassageRecord>& passages) {
        for (const auto& passage : passages) {
            Hit around{hit.rank, 0, passage, hit.communique, {}, {}, 0};
            out << text_columns(around, "-", color) << '\n';
        }
    };
    print_context(context.before);
    out << text_columns(hit, fmt::format("{:.4f}", hit.score), color) << '\n';
    print_context(context.after);
}

void print_vimgrep_line(std::ostream& out, const Hit& hit, bool color) {
    const auto& passage = hit.passage;
    std::string path = path_for_display(hit.communique->file);
    std::string text = render_text(passage.text, hit.highlights, color);
    if (passage.line == 0) text = fmt::format("[page {}] {}", passage.page, text);
    out << fmt::format("{}:{}:{}:{}\n", path, std::max<std::uint32_t>(passage.line, 1), std::max<std::uint32_t>(passage.column, 1),
                       text);
}

std::string match_count(const SearchResults& results) {
    if (results.hits.empty() && results.matches == 0) return "no matching passage";
    return fmt::format("{} of {} passage{}", results.hits.size(), with_thousands(results.matches), results.matches == 1 ? "" : "s");
}

} // namespace plenary
