// plenary-search QUERY...: ranked, highlighted passages.
#include <fmt/format.h>

#include <iostream>
#include <optional>

#include "batch_cli.h"
#include "plenary/cli.h"
#include "plenary/hit_output.h"
#include "plenary/index_location.h"
#include "plenary/searcher.h"
#include "plenary/terminal.h"
#include "ranking_cli.h"

namespace {

namespace po = plenary::cli::po;

constexpr std::string_view tool = "plenary-search";
constexpr int exit_found = 0;
constexpr int exit_not_found = 1;

struct Command {
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

    std::string query() const {
        std::string joined;
        for (const auto& word : query_words) joined += (joined.empty() ? "" : " ") + word;
        return joined;
    }
    bool batch_mode() const { return !batch.topics.empty(); }
};

po::options_description search_options(Command& command) {
    po::options_description searching("Search");
    searching.add_options()
        ("limit,n", po::value(&command.limit)->value_name("N")->default_value(10), "show at most N passages")
        ("tag", po::value(&command.tags)->value_name("T"), "only passages tagged T (repeatable: any of them)")
        ("year", po::value(&command.years)->value_name("Y|A..B"), "only communiqués of year Y, or years A to B");
    return searching;
}

po::options_description output_options(Command& command) {
    po::options_description output("Output");
    output.add_options()
        ("json", po::bool_switch(&command.json), "one JSON object per hit and line")
        ("facets", po::bool_switch(&command.facets),
         "count all matching passages by tag, year and city (with --json: a final summary object)")
        ("color", po::value(&command.color)->value_name("WHEN")->default_value("auto"), "colour matches: auto, always or never")
        ("full", po::bool_switch(&command.full), "show whole passages, not a window around the matches");
    return output;
}

constexpr std::string_view usage =
    "[options] QUERY...\n       plenary-search [options] --topics FILE\n\n"
    "Query syntax: words (all must match), \"phrases\", AND OR NOT, +must -mustnot,\n"
    "a NEAR b, a NEAR/5 b, (groups), prefix wildcards trans*, and fields\n"
    "tag:T year:2013 year:2004..2013 city:rome city:\"buenos aires\" org:nsg doc:ID.\n"
    "A word may match the communiqué's title, city, country, organisation or year, but a\n"
    "passage is a hit only where a query word is in its text; NOT and - look at the text only.\n"
    "Exit status: 0 if a passage matched, 1 if none did, 2 on error.";

// The command line, checked; nullopt when it asked for --help or --version.
std::optional<Command> parse_command_line(int argc, char** argv, po::variables_map& values) {
    Command command;
    po::options_description visible;
    visible.add(search_options(command)).add(output_options(command)).add(plenary::cli::batch_options(command.batch));
    visible.add(plenary::cli::ranking_options(command.ranking));
    visible.add(plenary::cli::index_options(command.index_dir)).add(plenary::cli::general_options());
    if (!plenary::cli::parse(argc, argv, tool, usage, visible, command.query_words, values)) return std::nullopt;
    plenary::cli::check_batch_settings(command.batch, values);
    if (command.batch_mode() && !command.query_words.empty()) {
        throw plenary::cli::UsageError("give either QUERY or --topics FILE, not both");
    }
    if (!command.batch_mode() && command.query().empty()) {
        throw plenary::cli::UsageError("no QUERY given (see plenary-search --help)");
    }
    if (command.batch_mode() && command.facets) throw plenary::cli::UsageError("--facets works with one QUERY, not with --topics");
    if (command.limit < 1) throw plenary::cli::UsageError(fmt::format("--limit must be at least 1 (not {})", command.limit));
    return command;
}

plenary::SearchOptions search_options_of(const Command& command, const po::variables_map& values) {
    plenary::SearchOptions options;
    options.limit = command.batch_mode() && values["limit"].defaulted() ? plenary::cli::batch_default_limit
                                                                         : static_cast<std::size_t>(command.limit);
    options.tags = command.tags;
    options.facets = command.facets;
    if (!command.years.empty()) {
        try {
            options.years = plenary::parse_year_range(command.years);
        } catch (const plenary::QueryError& error) {
            throw plenary::cli::UsageError("--year: " + error.reason());
        }
    }
    return options;
}

plenary::ColorMode color_mode_of(const Command& command) {
    try {
        return plenary::parse_color_mode(command.color);
    } catch (const std::invalid_argument& error) {
        throw plenary::cli::UsageError(error.what());
    }
}

void print_results(const plenary::SearchResults& results, const Command& command, bool color) {
    bool terminal = plenary::stdout_is_terminal();
    plenary::TerminalStyle style{color, plenary::terminal_width(), command.full};
    for (const auto& hit : results.hits) {
        if (command.json) {
            std::cout << plenary::hit_json(hit).dump() << '\n';
        } else if (terminal) {
            plenary::print_hit(std::cout, hit, style);
        } else {
            plenary::print_hit_line(std::cout, hit, color);
        }
    }
    if (terminal && !command.json) std::cout << plenary::match_count(results) << '\n';
    if (!results.facets) return;
    if (command.json) {
        std::cout << plenary::facets_json(*results.facets).dump() << '\n';
    } else {
        if (terminal) std::cout << '\n';
        plenary::print_facets(std::cout, *results.facets, style.width);
    }
}

int search_one(plenary::Searcher& searcher, const Command& command, const plenary::SearchOptions& options) {
    plenary::ParsedQuery parsed;
    try {
        parsed = searcher.parse(command.query());
    } catch (const plenary::QueryError& error) {
        throw plenary::cli::UsageError(fmt::format("bad query at column {}: {}", error.column(), error.reason()));
    }
    plenary::SearchResults results = searcher.search(parsed, options);
    print_results(results, command, !command.json && plenary::use_color(color_mode_of(command)));
    // On stderr, so the hit lines and JSON stay as they are for scripts.
    if (auto suggestion = searcher.suggestion(parsed.tree)) std::cerr << "did you mean: " << *suggestion << "?\n";
    return results.hits.empty() ? exit_not_found : exit_found;
}

int search_main(int argc, char** argv) {
    po::variables_map values;
    auto command = parse_command_line(argc, argv, values);
    if (!command) return exit_found;
    color_mode_of(*command);  // a bad --color is a usage error before any search
    plenary::SearchOptions options = search_options_of(*command, values);
    plenary::Searcher searcher(plenary::resolve_index_dir(command->index_dir), plenary::cli::ranking_from(command->ranking));
    if (command->batch_mode()) return plenary::cli::run_batch(searcher, command->batch, options, command->json);
    return search_one(searcher, *command, options);
}

} // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    return plenary::cli::run(tool, [&] { return search_main(argc, argv); });
}
