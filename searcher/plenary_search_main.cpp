// plenary-search QUERY...: ranked, highlighted passages.
#include <fmt/format.h>

#include <cstdlib>
#include <iostream>
#include <optional>
#include <sstream>

#include "batch_cli.h"
#include "like_cli.h"
#include "pager.h"
#include "plenary/cli.h"
#include "plenary/hit_output.h"
#include "plenary/index_location.h"
#include "plenary/searcher.h"
#include "plenary/terminal.h"
#include "ranking_cli.h"
#include "search_output.h"

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
    std::string like;
    std::string color = "auto";
    long long limit = 10;  // signed, so that "-n -1" is refused rather than wrapped around
    long long context = 0;
    bool json = false;
    bool vimgrep = false;
    bool facets = false;
    bool full = false;
    bool pretty = false;
    bool no_pager = false;
    bool allow_partial = false;
    double remote_timeout = 10;
    plenary::cli::BatchSettings batch;
    plenary::cli::RankingSettings ranking;

    std::string query() const {
        std::string joined;
        for (const auto& word : query_words) joined += (joined.empty() ? "" : " ") + word;
        return joined;
    }
    bool query_from_stdin() const { return query_words.size() == 1 && query_words[0] == "-"; }
    bool batch_mode() const { return !batch.topics.empty(); }
    bool like_mode() const { return !like.empty(); }
};

po::options_description search_options(Command& command) {
    po::options_description searching("Search");
    searching.add_options()
        ("limit,n", po::value(&command.limit)->value_name("N")->default_value(10), "show at most N passages")
        ("tag", po::value(&command.tags)->value_name("T"), "only passages tagged T (repeatable: any of them)")
        ("year", po::value(&command.years)->value_name("Y|A..B"), "only communiqués of year Y, or years A to B")
        ("like", po::value(&command.like)->value_name("PASSAGE_ID|-"),
         "instead of a QUERY: the passages most like this one (or like the text on stdin), "
         "the best of each other communiqué first");
    return searching;
}

po::options_description output_options(Command& command) {
    po::options_description output("Output");
    output.add_options()
        ("json", po::bool_switch(&command.json), "one JSON object per hit and line")
        ("vimgrep", po::bool_switch(&command.vimgrep), "one line per hit, path:line:col:text, for editors (vim -q, Emacs grep)")
        ("context,C", po::value(&command.context)->value_name("N")->default_value(0),
         "also show the N passages before and after each hit")
        ("facets", po::bool_switch(&command.facets),
         "count all matching passages by tag, year and city (with --json: a final summary object; "
         "piped: after a blank line and a '# facets' line)")
        ("color", po::value(&command.color)->value_name("WHEN")->default_value("auto"), "colour matches: auto, always or never")
        ("full", po::bool_switch(&command.full), "show whole passages, not a window around the matches")
        ("pretty,p", po::bool_switch(&command.pretty), "the terminal layout (and colour) even on a pipe")
        ("no-pager", po::bool_switch(&command.no_pager), "never page the output (default: $PAGER, else less, on a terminal)");
    return output;
}

po::options_description shard_options(Command& command) {
    po::options_description shards = plenary::cli::remote_options(command.remote_timeout);
    shards.add_options()
        ("allow-partial", po::bool_switch(&command.allow_partial),
         "when a shard is down, search the others and warn which one is missing");
    return shards;
}

// Shard warnings on stderr, so that hit lines and JSON stay as they are for scripts.
plenary::ShardOptions shard_options_of(const Command& command) {
    plenary::ShardOptions options;
    options.remote_timeout = plenary::cli::remote_timeout(command.remote_timeout);
    options.allow_partial = command.allow_partial;
    options.warn = [](const std::string& warning) { std::cerr << tool << ": warning: " << warning << std::endl; };
    return options;
}

constexpr std::string_view usage =
    "[options] QUERY...\n       plenary-search [options] -            (the query from stdin)\n"
    "       plenary-search [options] --topics FILE\n"
    "       plenary-search [options] --like PASSAGE_ID|-   (passages like one, or like stdin)\n\n"
    "Query syntax: words (best match: all of them first, then the others), \"phrases\",\n"
    "AND OR NOT, AND NOT, +must -mustnot\n"
    "(put -- before a query that starts with '-'), a NEAR b, a NEAR/5 b, (groups), prefix\n"
    "wildcards trans*, and fields tag:T year:2013 year:2004..2013 city:rome city:\"buenos aires\"\n"
    "org:nsg doc:ID passage:ID. See plenary(7).\n"
    "A word may match the communiqué's title, city, country, organisation or year, but a\n"
    "passage is a hit only where a query word is in its text; NOT and - look at the text only.\n"
    "Exit status: 0 if a passage matched, 1 if none did, 2 on error (a failed write too).";

void check_output_options(const Command& command) {
    using plenary::cli::UsageError;
    if (command.batch_mode()) {
        if (command.facets) throw UsageError("--facets works with one QUERY, not with --topics");
        if (command.vimgrep || command.context != 0 || command.pretty) {
            throw UsageError("--vimgrep, --context and --pretty work with one QUERY, not with --topics");
        }
    }
    if (command.limit < 1) throw UsageError(fmt::format("--limit must be at least 1 (not {})", command.limit));
    if (command.context < 0) throw UsageError(fmt::format("--context must be 0 or more (not {})", command.context));
    if (command.json && command.vimgrep) throw UsageError("give either --json or --vimgrep, not both");
    if (command.vimgrep && command.context > 0) throw UsageError("--vimgrep prints one line per hit: --context does not apply");
}

// The command line, checked; nullopt when it asked for --help or --version.
std::optional<Command> parse_command_line(int argc, char** argv, po::variables_map& values) {
    Command command;
    po::options_description visible;
    visible.add(search_options(command)).add(output_options(command)).add(plenary::cli::batch_options(command.batch));
    visible.add(plenary::cli::ranking_options(command.ranking));
    visible.add(plenary::cli::index_options(command.index_dir)).add(shard_options(command)).add(plenary::cli::general_options());
    if (!plenary::cli::parse(argc, argv, tool, usage, visible, command.query_words, values)) return std::nullopt;
    plenary::cli::check_batch_settings(command.batch, values);
    if (command.batch_mode() && !command.query_words.empty()) {
        throw plenary::cli::UsageError("give either QUERY or --topics FILE, not both");
    }
    if (command.like_mode() && (command.batch_mode() || !command.query_words.empty())) {
        throw plenary::cli::UsageError("give either QUERY, --topics FILE or --like PASSAGE_ID, not two of them");
    }
    if (!command.batch_mode() && !command.like_mode() && command.query().empty()) {
        throw plenary::cli::UsageError("no QUERY given (see plenary-search --help)");
    }
    check_output_options(command);
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

plenary::cli::OutputSettings output_settings_of(const Command& command, const po::variables_map& values) {
    using plenary::cli::OutputMode;
    plenary::cli::OutputSettings settings;
    if (command.json) settings.mode = OutputMode::json;
    else if (command.vimgrep) settings.mode = OutputMode::vimgrep;
    else if (command.pretty || plenary::stdout_is_terminal()) settings.mode = OutputMode::terminal;
    bool colored = plenary::use_color(color_mode_of(command));
    if (command.pretty && values["color"].defaulted()) {
        const char* no_color = std::getenv("NO_COLOR");  // -p colours as on a terminal, unless NO_COLOR is set
        colored = !(no_color && *no_color);
    }
    settings.style = {settings.mode != OutputMode::json && colored, plenary::terminal_width(), command.full};
    settings.context = static_cast<std::size_t>(command.context);
    return settings;
}

// The query words, or with "-" the query read from stdin.
std::string query_of(const Command& command) {
    if (!command.query_from_stdin()) return command.query();
    std::string query = plenary::cli::read_stdin("query");
    for (char& c : query) {
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    }
    return query;
}

int search_one(plenary::Searcher& searcher, const Command& command, plenary::SearchOptions options,
               const plenary::cli::OutputSettings& settings) {
    plenary::ParsedQuery parsed;
    if (command.like_mode()) {
        parsed = plenary::cli::like_query_of(searcher, command.like, options);
    } else {
        try {
            parsed = searcher.parse(query_of(command));
        } catch (const plenary::QueryError& error) {
            throw plenary::cli::UsageError(fmt::format("bad query at column {}: {}", error.column(), error.reason()));
        }
    }
    plenary::SearchResults results = searcher.search(parsed, options);
    // A terminal's output is paged when longer than the screen, as git does.
    if (plenary::stdout_is_terminal() && settings.mode != plenary::cli::OutputMode::json && !command.no_pager) {
        std::ostringstream page;
        plenary::cli::write_results(page, results, settings, searcher);
        plenary::cli::write_paged(page.str(), plenary::cli::pager_command());
    } else {
        plenary::cli::write_results(std::cout, results, settings, searcher);
    }
    // On stderr, so the hit lines and JSON stay as they are for scripts.
    if (!command.like_mode()) {
        if (auto suggestion = searcher.suggestion(parsed.tree)) std::cerr << "did you mean: " << *suggestion << "?\n";
    }
    return results.hits.empty() ? exit_not_found : exit_found;
}

int search_main(int argc, char** argv) {
    po::variables_map values;
    auto command = parse_command_line(argc, argv, values);
    if (!command) return exit_found;
    plenary::cli::OutputSettings settings = output_settings_of(*command, values);  // a bad --color fails here
    plenary::SearchOptions options = search_options_of(*command, values);
    plenary::Searcher searcher(plenary::resolve_index_dir(command->index_dir), plenary::cli::ranking_from(command->ranking),
                               shard_options_of(*command));
    if (command->batch_mode()) return plenary::cli::run_batch(searcher, command->batch, options, command->json);
    return search_one(searcher, *command, options, settings);
}

} // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    return plenary::cli::run(tool, [&] { return search_main(argc, argv); });
}
