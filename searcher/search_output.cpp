#include "search_output.h"

namespace plenary::cli {

namespace {

void write_hit(std::ostream& out, const Hit& hit, const OutputSettings& settings, const PassageContext& context) {
    switch (settings.mode) {
    case OutputMode::json: {
        nlohmann::ordered_json object = hit_json(hit);
        if (settings.context > 0) object["context"] = context_json(context);
        out << object.dump() << '\n';
        break;
    }
    case OutputMode::vimgrep: print_vimgrep_line(out, hit, settings.style.color); break;
    case OutputMode::terminal: print_hit(out, hit, settings.style, context); break;
    case OutputMode::lines: print_hit_line(out, hit, settings.style.color, context); break;
    }
}

void write_facets(std::ostream& out, const Facets& facets, const OutputSettings& settings) {
    if (settings.mode == OutputMode::json) {
        out << facets_json(facets).dump() << '\n';
        return;
    }
    out << (settings.mode == OutputMode::terminal ? "\n" : "\n# facets\n");
    print_facets(out, facets, std::min(settings.style.width, max_text_columns));
    if (settings.mode == OutputMode::terminal) print_year_bars(out, facets, std::min(settings.style.width, max_text_columns));
}

} // namespace

void write_results(std::ostream& out, const SearchResults& results, const OutputSettings& settings, Searcher& searcher) {
    for (const auto& hit : results.hits) {
        PassageContext context = settings.context > 0 ? searcher.context(hit.passage, settings.context) : PassageContext{};
        write_hit(out, hit, settings, context);
    }
    if (settings.mode == OutputMode::terminal) out << match_count(results) << '\n';
    if (results.facets) write_facets(out, *results.facets, settings);
}

} // namespace plenary::cli
