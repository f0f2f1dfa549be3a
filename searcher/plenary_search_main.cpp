// plenary-search QUERY...: ranked, highlighted passages.
#include <fmt/format.h>

#include <iostream>

#include "batch_cli.h"
#include "plenary/cli.h"
#include "plenary/hit_output.h"
#include "plenary/index_location.h"
#include "plenary/searcher.h"
#include "plenary/terminal.h"
#include "ranking_cli.h"

namespace {

constexpr std::string_view tool = "plenary-search";
constexpr int exit_found = 0;
constexpr int exit_not_found = 1;

std::string join_words(const std::vector<std::string>& words) {
    std::string query;
    for (const auto& word : words) query += (query.empty() ? "" : " ") + word;
    return query;
}

int search_main(int argc, char** argv) {
    namespace po = plenary::cli::po;
    std::string index_dir;
    std::vector<std::string> query_words;
    std::vector<std::string> tags;
    std::string years;
    std::string color = "auto";
    long long limit = 10;  // signed, so that "-n -1" is refused rather than wrapped around
    bool json = false;
    bool facets = false;
    bool full = false;
    plenary::cli::BatchSettings batch;
    plenary::cli::RankingSettings ranking;

    po::options_description searching("Search");
    searching.add_options()
        ("limit,n", po::value(&limit)->value_name("N")->default_value(10), "show at most N passages")
        ("tag", po::value(&tags)->value_name("T"), "only passages tagged T (repeatable: any of them)")
        ("year", po::value(&years)->value_name("Y|A..B"), "only communiqués of year Y, or years A to B");
    po::options_description output("Output");
    output.add_options()
        ("json", po::bool_switch(&json), "one JSON object per hit and line")
        ("facets", po::bool_switch(&facets), "count all matching passages by tag, year and city (with --json: a final summary object)")
        ("color", po::value(&color)->value_name("WHEN")->default_value("auto"), "colour matches: auto, always or never")
        ("full", po::bool_switch(&full), "show whole passages, not a window around the matches");
    po::options_description visible;
    visible.add(searching).add(output).add(plenary::cli::batch_options(batch)).add(plenary::cli::ranking_options(ranking));
    visible.add(plenary::cli::index_options(index_dir)).add(plenary::cli::general_options());
    po::options_description hidden;
    hidden.add_options()("query", po::value(&query_words));
    po::positional_options_description positional;
    positional.add("query", -1);

    po::variables_map values;
    if (!plenary::cli::parse(argc, argv, tool,
                             "[options] QUERY...\n       plenary-search [options] --topics FILE\n\n"
                             "Query syntax: words (all must match), \"phrases\", AND OR NOT, +must -mustnot,\n"
                             "a NEAR b, a NEAR/5 b, (groups), prefix wildcards trans*, and fields\n"
                             "tag:T year:2013 year:2004..2013 city:rome city:\"buenos aires\" doc:ID.\n"
                             "Exit status: 0 if a passage matched, 1 if none did, 2 on error.",
                             visible, positional, hidden, values)) {
        return exit_found;
    }
    plenary::ColorMode color_mode;
    try {
        color_mode = plenary::parse_color_mode(color);
    } catch (const std::invalid_argument& error) {
        throw plenary::cli::UsageError(error.what());
    }
    plenary::cli::check_batch_settings(batch, values);
    std::string query = join_words(query_words);
    bool batch_mode = !batch.topics.empty();
    if (batch_mode && !query.empty()) throw plenary::cli::UsageError("give either QUERY or --topics FILE, not both");
    if (!batch_mode && query.empty()) throw plenary::cli::UsageError("no QUERY given (see plenary-search --help)");

    if (limit < 1) throw plenary::cli::UsageError(fmt::format("--limit must be at least 1 (not {})", limit));
    plenary::SearchOptions options;
    options.limit = batch_mode && values["limit"].defaulted() ? plenary::cli::batch_default_limit
                                                               : static_cast<std::size_t>(limit);
    options.tags = tags;
    options.facets = facets;
    if (batch_mode && facets) throw plenary::cli::UsageError("--facets works with one QUERY, not with --topics");
    if (!years.empty()) {
        try {
            options.years = plenary::parse_year_range(years);
        } catch (const plenary::QueryError& error) {
            throw plenary::cli::UsageError("--year: " + error.reason());
        }
    }

    plenary::Searcher searcher(plenary::resolve_index_dir(index_dir), plenary::cli::ranking_from(ranking));
    if (batch_mode) return plenary::cli::run_batch(searcher, batch, options, json);
    plenary::ParsedQuery parsed;
    try {
        parsed = searcher.parse(query);
    } catch (const plenary::QueryError& error) {
        throw plenary::cli::UsageError(fmt::format("bad query at column {}: {}", error.column(), error.reason()));
    }
    plenary::SearchResults results = searcher.search(parsed, options);

    bool color_on = !json && plenary::use_color(color_mode);
    bool terminal = plenary::stdout_is_terminal();
    plenary::TerminalStyle style{color_on, plenary::terminal_width(), full};
    for (const auto& hit : results.hits) {
        if (json) {
            std::cout << plenary::hit_json(hit).dump() << '\n';
        } else if (terminal) {
            plenary::print_hit(std::cout, hit, style);
        } else {
            plenary::print_hit_line(std::cout, hit, color_on);
        }
    }
    if (terminal && !json) std::cout << plenary::match_count(results) << '\n';
    if (results.facets) {
        if (json) {
            std::cout << plenary::facets_json(*results.facets).dump() << '\n';
        } else {
            if (terminal) std::cout << '\n';
            plenary::print_facets(std::cout, *results.facets, style.width);
        }
    }
    // On stderr, so the hit lines and JSON stay as they are for scripts.
    if (auto suggestion = searcher.suggestion(parsed.tree)) std::cerr << "did you mean: " << *suggestion << "?\n";
    return results.hits.empty() ? exit_not_found : exit_found;
}

} // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    return plenary::cli::run(tool, [&] { return search_main(argc, argv); });
}
