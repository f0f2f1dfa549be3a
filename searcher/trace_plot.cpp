#include "plenary/trace_plot.h"

#include <fmt/format.h>

#include <algorithm>

namespace plenary {

namespace {

constexpr int column_width = 110;
constexpr int margin = 40;
constexpr int chart_top = 70;
constexpr int chart_height = 140;

std::string escaped(std::string_view text) {
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

std::size_t carrying(const TraceVersion& version) { return version.hit ? 1 + version.also_carried_by : 0; }

std::string year_of(const TraceVersion& version) {
    const auto& year = version.communique->metadata.year;
    return year ? std::to_string(*year) : version.communique->id;
}

void write_column(std::ostream& out, const TraceVersion& version, int x, std::size_t highest) {
    const int base = chart_top + chart_height;
    const std::size_t count = carrying(version);
    const int height = count == 0 ? 0 : static_cast<int>(chart_height * count / highest);
    if (count > 0) {
        out << fmt::format("  <rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#2a7ab0\"><title>{} ({})</title></rect>\n",
                           x + 25, base - height, column_width - 50, height, escaped(version.hit->passage.passage_id), count);
        out << fmt::format("  <text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", x + column_width / 2, base - height - 6, count);
    } else {
        out << fmt::format("  <rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"4\" fill=\"none\" stroke=\"#999\"/>\n", x + 25, base - 4,
                           column_width - 50);
        out << fmt::format("  <text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"#999\">absent</text>\n", x + column_width / 2, base - 10);
    }
    out << fmt::format("  <text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", x + column_width / 2, base + 18,
                       escaped(year_of(version)));
    out << fmt::format("  <text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"#555\">{}</text>\n", x + column_width / 2, base + 34,
                       escaped(version.communique->metadata.city));
}

std::string subtitle(const FormulaTrace& trace) {
    if (!trace.first()) return fmt::format("in none of {} communiqués", trace.versions.size());
    return fmt::format("in {} of {} communiqués; first {}, last {}", trace.present(), trace.versions.size(), year_of(*trace.first()),
                       year_of(*trace.last()));
}

} // namespace

void write_trace_svg(std::ostream& out, const FormulaTrace& trace) {
    const int width = std::max<int>(2 * margin + column_width * static_cast<int>(trace.versions.size()), 360);
    const int height = chart_top + chart_height + 60;
    std::size_t highest = 1;
    for (const auto& version : trace.versions) highest = std::max(highest, carrying(version));
    out << fmt::format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" "
                       "font-family=\"sans-serif\" font-size=\"12\">\n", width, height);
    out << fmt::format("  <rect width=\"{}\" height=\"{}\" fill=\"white\"/>\n", width, height);
    out << fmt::format("  <text x=\"{}\" y=\"24\" font-size=\"15\" font-weight=\"bold\">{}</text>\n", margin, escaped(trace.formula));
    out << fmt::format("  <text x=\"{}\" y=\"44\" fill=\"#555\">{} (bars: passages that carry it)</text>\n", margin,
                       escaped(subtitle(trace)));
    out << fmt::format("  <line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#333\"/>\n", margin, chart_top + chart_height,
                       width - margin, chart_top + chart_height);
    for (std::size_t i = 0; i < trace.versions.size(); ++i) {
        write_column(out, trace.versions[i], margin + column_width * static_cast<int>(i), highest);
    }
    out << "</svg>\n";
}

} // namespace plenary
