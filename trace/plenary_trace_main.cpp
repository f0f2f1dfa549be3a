// plenary-trace QUERY|PASSAGE_ID: the history of a formula across the communiqués.
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>

#include "plenary/cli.h"
#include "plenary/formula_trace.h"
#include "plenary/index_location.h"
#include "plenary/query_error.h"
#include "plenary/terminal.h"
#include "plenary/trace_output.h"
#include "plenary/strings.h"
#include "plenary/trace_plot.h"

namespace {

namespace po = plenary::cli::po;

constexpr std::string_view tool = "plenary-trace";
constexpr int exit_found = 0;
constexpr int exit_not_found = 1;

struct Command {
    std::string index_dir;
    std::vector<std::string> formula_words;
    std::string color = "auto";
    std::string plot;
    bool json = false;
    bool unchanged = false;
    double similarity = -1;  // the option's default depends on the mode
    double remote_timeout = 10;

    std::string formula() const {
        std::string joined;
        for (const auto& word : formula_words) joined += (joined.empty() ? "" : " ") + word;
        return joined;
    }
};

constexpr double default_trace_similarity = plenary::TraceOptions{}.min_similarity;
constexpr double default_unchanged_similarity = 0.8;

constexpr std::string_view usage =
    "[options] QUERY...\n       plenary-trace [options] PASSAGE_ID\n       plenary-trace [options] --unchanged\n\n"
    "For each communiqué in time order, the passage that carries the formula (a query in\n"
    "plenary-search's syntax, or a passage id such as 2013-rome-27th-plenary#7) and its word-level\n"
    "difference to the previous version: removed words [-like this-], added words {+like this+}\n"
    "(struck through in red and underlined in green on a terminal). See plenary-trace(1).\n"
    "Exit status: 0 if a communiqué carries it (with --unchanged: a paragraph was carried over),\n"
    "1 if none does, 2 on error.";

po::options_description trace_options(Command& command) {
    po::options_description options("Trace");
    options.add_options()
        ("unchanged", po::bool_switch(&command.unchanged),
         "instead of a formula: the paragraphs each communiqué carries over from the one before it")
        ("similarity", po::value(&command.similarity)->value_name("S"),
         fmt::format("the least similarity (2 x common words / all words, 0 to 1) of a carried-over paragraph "
                     "(default {}) or of a passage that carries a traced PASSAGE_ID, the shorter of the two against "
                     "the longer's sentences most like it (default {})",
                     default_unchanged_similarity, default_trace_similarity).c_str())
        ("plot", po::value(&command.plot)->value_name("FILE.svg"), "also write the timeline as an SVG chart to FILE.svg")
        ("json", po::bool_switch(&command.json), "one JSON object per communiqué (the diff as operations with offsets), then a summary")
        ("color", po::value(&command.color)->value_name("WHEN")->default_value("auto"), "colour the differences: auto, always or never");
    return options;
}

std::optional<Command> parse_command_line(int argc, char** argv) {
    using plenary::cli::UsageError;
    Command command;
    po::variables_map values;
    po::options_description visible;
    visible.add(trace_options(command)).add(plenary::cli::index_options(command.index_dir));
    visible.add(plenary::cli::remote_options(command.remote_timeout)).add(plenary::cli::general_options());
    if (!plenary::cli::parse(argc, argv, tool, usage, visible, command.formula_words, values)) return std::nullopt;
    if (command.unchanged && !command.formula_words.empty()) throw UsageError("give either a QUERY or PASSAGE_ID, or --unchanged, not both");
    if (command.unchanged && !command.plot.empty()) throw UsageError("--plot draws a formula's timeline: it does not apply to --unchanged");
    if (const std::string extension = std::filesystem::path(command.plot).extension().string();
        !extension.empty() && plenary::lowercase_ascii(extension) != ".svg") {
        throw UsageError(fmt::format("--plot writes SVG: name the file .svg (not {})", command.plot));
    }
    if (!command.unchanged && command.formula().find_first_not_of(' ') == std::string::npos) {
        throw UsageError("no QUERY or PASSAGE_ID given (see plenary-trace --help)");
    }
    if (values.count("similarity") && !(command.similarity >= 0 && command.similarity <= 1)) {
        throw UsageError(fmt::format("--similarity must be between 0 and 1 (not {})", command.similarity));
    }
    if (!values.count("similarity")) command.similarity = command.unchanged ? default_unchanged_similarity : default_trace_similarity;
    return command;
}

plenary::TraceStyle style_of(const Command& command) {
    plenary::ColorMode mode;
    try {
        mode = plenary::parse_color_mode(command.color);
    } catch (const std::invalid_argument& error) {
        throw plenary::cli::UsageError(error.what());
    }
    return {!command.json && plenary::use_color(mode), plenary::stdout_is_terminal() ? plenary::terminal_width() : 0};
}

plenary::FormulaTrace trace_of(plenary::Searcher& searcher, const Command& command) {
    plenary::TraceOptions options;
    options.min_similarity = command.similarity;
    try {
        return plenary::trace_formula(searcher, command.formula(), options);
    } catch (const plenary::QueryError& error) {
        throw plenary::cli::UsageError(fmt::format("bad query at column {}: {}", error.column(), error.reason()));
    } catch (const std::invalid_argument& error) {
        throw plenary::cli::UsageError(error.what());
    }
}

void write_plot(const plenary::FormulaTrace& trace, const std::string& file) {
    std::ofstream out(file, std::ios::binary);
    if (!out) throw plenary::cli::WriteError(fmt::format("{}: cannot be created", file));
    plenary::write_trace_svg(out, trace);
    plenary::cli::check_written(out, file);
}

int trace_main(int argc, char** argv) {
    auto command = parse_command_line(argc, argv);
    if (!command) return exit_found;
    const plenary::TraceStyle style = style_of(*command);
    plenary::ShardOptions shards;
    shards.remote_timeout = plenary::cli::remote_timeout(command->remote_timeout);
    plenary::Searcher searcher(plenary::resolve_index_dir(command->index_dir), plenary::wording_ranking(), shards);
    if (command->unchanged) {
        auto carried = plenary::carried_over(searcher, command->similarity);
        if (command->json) plenary::print_carried_over_json(std::cout, carried);
        else plenary::print_carried_over(std::cout, carried, style);
        return carried.empty() ? exit_not_found : exit_found;
    }
    plenary::FormulaTrace trace = trace_of(searcher, *command);
    if (!command->plot.empty()) write_plot(trace, command->plot);  // first: a plot that cannot be written fails alone
    if (command->json) plenary::print_trace_json(std::cout, trace);
    else plenary::print_trace(std::cout, trace, style);
    return trace.present() == 0 ? exit_not_found : exit_found;
}

} // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    return plenary::cli::run(tool, [&] { return trace_main(argc, argv); });
}
