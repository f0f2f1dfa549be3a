#include "plenary/trace_output.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>

#include "highlighted_text.h"
#include "line_wrapper.h"
#include "match_window.h"
#include "plenary/hit_output.h"
#include "text_width.h"

namespace plenary {

namespace {

constexpr std::string_view removed_color = "\033[9;31m";  // struck through, red
constexpr std::string_view added_color = "\033[4;32m";    // underlined, green
constexpr std::size_t min_width = 40;

// One word as shown, and the columns it takes.
struct Piece {
    std::string rendered;
    std::size_t visible = 0;
};

void add_run(std::vector<Piece>& pieces, std::string_view text, const ByteRange& range, DiffKind kind, bool color) {
    auto words = split_words(text.substr(range.begin, range.end - range.begin));
    const std::string_view code = kind == DiffKind::removed ? removed_color : added_color;
    const std::string_view open = kind == DiffKind::removed ? "[-" : "{+";
    const std::string_view close = kind == DiffKind::removed ? "-]" : "+}";
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::string word(text.substr(range.begin + words[i].begin, words[i].end - words[i].begin));
        std::size_t visible = display_width(word);
        if (kind != DiffKind::equal && !color) {
            if (i == 0) word.insert(0, open);
            if (i + 1 == words.size()) word += close;
            visible = display_width(word);
        } else if (kind != DiffKind::equal) {
            word = paint(word, code, true);
        }
        pieces.push_back({std::move(word), visible});
    }
}

std::vector<Piece> diff_pieces(std::string_view old_text, std::string_view new_text, const WordDiff& diff, bool color) {
    std::vector<Piece> pieces;
    for (const auto& run : diff.runs) {
        if (run.kind == DiffKind::added) add_run(pieces, new_text, run.new_text, run.kind, color);
        else add_run(pieces, old_text, run.old_text, run.kind, color);
    }
    return pieces;
}

std::vector<Piece> plain_pieces(std::string_view text) {
    std::vector<Piece> pieces;
    add_run(pieces, text, {0, static_cast<std::uint32_t>(text.size())}, DiffKind::equal, false);
    return pieces;
}

std::size_t width_of(const TraceStyle& style) {
    return style.width == 0 ? SIZE_MAX : std::clamp(style.width, min_width, max_text_columns);
}

// The pieces wrapped under a two-space indent on a terminal, in one line on a pipe.
void print_pieces(std::ostream& out, const std::vector<Piece>& pieces, const TraceStyle& style) {
    LineWrapper lines(out, width_of(style), {"  ", 2}, {"  ", 2});
    for (const auto& piece : pieces) lines.add(piece.rendered, piece.visible);
    lines.finish();
}

// A heading: parts of text, each in its colour and two spaces after the one before, wrapped on a
// terminal with the next lines indented.
void print_heading(std::ostream& out, const std::vector<std::pair<std::string, std::string_view>>& parts, const TraceStyle& style) {
    LineWrapper lines(out, width_of(style), {"", 0}, {"    ", 4});
    for (const auto& [text, color_code] : parts) {
        auto words = split_words(text);
        for (std::size_t i = 0; i < words.size(); ++i) {
            std::string_view word = std::string_view(text).substr(words[i].begin, words[i].end - words[i].begin);
            lines.add(paint(word, color_code, style.color), display_width(word), i == 0 ? 2 : 1);
        }
    }
    lines.finish();
}

void print_version(std::ostream& out, const TraceVersion& version, const std::string* previous, const TraceStyle& style) {
    const Hit& hit = *version.hit;
    std::vector<std::pair<std::string, std::string_view>> parts{{communique_label(*version.communique), colors::heading},
                                                                {hit.passage.passage_id, colors::detail},
                                                                {fmt::format("score {:.3f}", hit.score), colors::detail}};
    if (version.similarity) parts.emplace_back(fmt::format("similarity {:.2f}", *version.similarity), colors::detail);
    if (version.also_carried_by > 0) {
        parts.emplace_back(fmt::format("(and {} other passage{})", version.also_carried_by, version.also_carried_by == 1 ? "" : "s"),
                           colors::detail);
    }
    print_heading(out, parts, style);
    print_pieces(out, previous ? diff_pieces(*previous, hit.passage.text, *version.diff, style.color) : plain_pieces(hit.passage.text), style);
}

void print_absent(std::ostream& out, const TraceVersion& version, const TraceStyle& style) {
    std::string line = communique_label(*version.communique) + ": absent";
    if (version.closest) {
        const Hit& closest = *version.closest;
        line += fmt::format(" (closest: {}", closest.passage.passage_id);
        if (closest.partial()) line += fmt::format(", {} of {} words", closest.matched.size(), closest.query_words);
        line += ")";
    }
    print_heading(out, {{line, colors::detail}}, style);
}

std::string appearance(const TraceVersion* version) {
    return fmt::format("{} ({})", communique_label(*version->communique), version->hit->passage.passage_id);
}

nlohmann::ordered_json diff_json(std::string_view old_text, std::string_view new_text, const WordDiff& diff) {
    auto operations = nlohmann::ordered_json::array();
    for (const auto& run : diff.runs) {
        const bool added = run.kind == DiffKind::added;
        const ByteRange& shown = added ? run.new_text : run.old_text;
        std::string_view text = added ? new_text : old_text;
        operations.push_back({{"op", kind_name(run.kind)},
                              {"old", {run.old_text.begin, run.old_text.end}},
                              {"new", {run.new_text.begin, run.new_text.end}},
                              {"text", text.substr(shown.begin, shown.end - shown.begin)}});
    }
    return operations;
}

nlohmann::ordered_json communique_json(const schema::CommuniqueRecord& communique) {
    const auto& metadata = communique.metadata;
    return {{"doc", communique.id},
            {"year", metadata.year ? nlohmann::ordered_json(*metadata.year) : nlohmann::ordered_json()},
            {"city", metadata.city},
            {"plenary", metadata.plenary ? nlohmann::ordered_json(*metadata.plenary) : nlohmann::ordered_json()}};
}

nlohmann::ordered_json appearance_json(const TraceVersion* version) {
    if (!version) return nullptr;
    nlohmann::ordered_json json = communique_json(*version->communique);
    json["passage"] = version->hit->passage.passage_id;
    return json;
}

} // namespace

std::string render_diff(std::string_view old_text, std::string_view new_text, const WordDiff& diff, bool color) {
    std::string rendered;
    for (const auto& piece : diff_pieces(old_text, new_text, diff, color)) rendered += (rendered.empty() ? "" : " ") + piece.rendered;
    return rendered;
}

void print_trace(std::ostream& out, const FormulaTrace& trace, const TraceStyle& style) {
    std::string summary = fmt::format("{}: in {} of {} communiqués", trace.formula, trace.present(), trace.versions.size());
    if (trace.first()) summary += fmt::format("; first {}; last {}", appearance(trace.first()), appearance(trace.last()));
    print_heading(out, {{summary, colors::heading}}, style);
    out << '\n';
    const std::string* previous = nullptr;
    for (const auto& version : trace.versions) {
        if (!version.hit) {
            print_absent(out, version, style);
            continue;
        }
        print_version(out, version, previous, style);
        previous = &version.hit->passage.text;
    }
}

void print_trace_json(std::ostream& out, const FormulaTrace& trace) {
    const std::string* previous = nullptr;
    for (const auto& version : trace.versions) {
        if (!version.hit) {
            nlohmann::ordered_json absent{{"type", "absent"}};
            absent.update(communique_json(*version.communique));
            absent["closest"] = version.closest ? nlohmann::ordered_json(version.closest->passage.passage_id) : nlohmann::ordered_json();
            out << absent.dump() << '\n';
            continue;
        }
        nlohmann::ordered_json object{{"type", "version"}};
        object.update(hit_json(*version.hit));
        object["also_carried_by"] = version.also_carried_by;
        object["similarity"] = version.similarity ? nlohmann::ordered_json(*version.similarity) : nlohmann::ordered_json();
        object["diff"] = previous ? diff_json(*previous, version.hit->passage.text, *version.diff) : nlohmann::ordered_json();
        out << object.dump() << '\n';
        previous = &version.hit->passage.text;
    }
    nlohmann::ordered_json summary{{"type", "summary"}, {"formula", trace.formula}, {"communiques", trace.versions.size()},
                                   {"present", trace.present()}, {"first", appearance_json(trace.first())},
                                   {"last", appearance_json(trace.last())}};
    out << summary.dump() << '\n';
}

void print_carried_over(std::ostream& out, const std::vector<CarriedOver>& carried, const TraceStyle& style) {
    for (const auto& paragraph : carried) {
        std::string heading = fmt::format("{} → {}", communique_label(*paragraph.from), communique_label(*paragraph.to));
        std::string passages = fmt::format("{} → {}", paragraph.earlier.passage_id, paragraph.later.passage_id);
        print_heading(out, {{heading, colors::heading}, {passages, colors::detail},
                            {fmt::format("similarity {:.2f}", paragraph.diff.similarity()), colors::detail}}, style);
        print_pieces(out, diff_pieces(paragraph.earlier.text, paragraph.later.text, paragraph.diff, style.color), style);
    }
}

void print_carried_over_json(std::ostream& out, const std::vector<CarriedOver>& carried) {
    for (const auto& paragraph : carried) {
        nlohmann::ordered_json object{{"type", "carried_over"},
                                      {"from", paragraph.earlier.passage_id},
                                      {"to", paragraph.later.passage_id},
                                      {"from_doc", paragraph.from->id},
                                      {"to_doc", paragraph.to->id},
                                      {"similarity", paragraph.diff.similarity()},
                                      {"diff", diff_json(paragraph.earlier.text, paragraph.later.text, paragraph.diff)}};
        out << object.dump() << '\n';
    }
}

} // namespace plenary
