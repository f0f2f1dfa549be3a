#include "plenary/cli.h"

#include "completion_scripts.h"
#include "plenary/strings.h"

#include <xapian.h>

#include <fmt/format.h>
#include <plenary/version.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <iostream>

namespace plenary::cli {

po::options_description general_options() {
    po::options_description options("General");
    options.add_options()
        ("help,h", "show this help and exit")
        ("version,V", "show the version and exit")
        ("generate", po::value<std::string>()->value_name("KIND"),
         "print the man page's options or a shell's completions and exit: man-options, complete-bash, complete-zsh, "
         "complete-fish");
    return options;
}

po::options_description index_options(std::string& index_dir) {
    po::options_description options("Index");
    options.add_options()
        ("index", po::value(&index_dir)->value_name("DIR"),
         "index folder, or a stub file listing shards (default: $PLENARY_INDEX, else $XDG_DATA_HOME/plenary/index, "
         "else ~/.local/share/plenary/index)");
    return options;
}

po::options_description remote_options(double& seconds) {
    po::options_description options("Remote shards");
    options.add_options()
        ("remote-timeout", po::value(&seconds)->value_name("SECONDS")->default_value(10),
         "give up on a remote shard that has not answered within SECONDS (0: wait forever)");
    return options;
}

std::chrono::milliseconds remote_timeout(double seconds) {
    if (!(seconds >= 0) || seconds > 86'400) {
        throw UsageError(fmt::format("--remote-timeout must be between 0 and 86400 seconds (not {})", seconds));
    }
    return std::chrono::milliseconds(static_cast<long long>(seconds * 1000));
}

namespace {

bool looks_like_dashed_word(std::string_view argument) {
    if (argument.size() < 3 || argument[0] != '-' || !std::isalpha(static_cast<unsigned char>(argument[1]))) return false;
    return std::all_of(argument.begin() + 1, argument.end(), [](char c) { return c == '-' || !std::isdigit(static_cast<unsigned char>(c)); });
}

// A query word written with its '-' (-Iran) or a path starting with '-' reads as an option: the
// error says how to pass it, with the user's own command line when it can.
std::string dashed_word_hint(int argc, char** argv, std::string_view tool) {
    std::vector<std::string_view> arguments(argv + 1, argv + argc);
    auto dashed = std::find_if(arguments.begin(), std::find(arguments.begin(), arguments.end(), "--"), looks_like_dashed_word);
    if (dashed == arguments.end() || *dashed == "--") return "";
    bool options_after = std::any_of(dashed + 1, arguments.end(), [](std::string_view a) { return a.starts_with("--"); });
    std::string example(tool);
    if (options_after) {
        example += " [options] -- WORDS...";
    } else {
        for (auto argument = arguments.begin(); argument != arguments.end(); ++argument) {
            example += fmt::format("{}{}", argument == dashed ? " -- " : " ", *argument);
        }
    }
    return fmt::format("; to pass '{}' as a word or path rather than an option, put -- before it: {}", *dashed, example);
}

// Boost names an option by its long form whichever form was written ("option '--limit' cannot be
// specified more than once" for -n 3 -n 8); an option with a short form is named by both, as
// --help shows them: '-n/--limit'.
std::string message_naming_both_forms(const po::error& error, const po::options_description& options) {
    std::string message = error.what();
    const auto* named = dynamic_cast<const po::error_with_option_name*>(&error);
    if (!named) return message;
    const std::string name = named->get_option_name();
    const po::option_description* option = name.starts_with("--") ? options.find_nothrow(name.substr(2), false) : nullptr;
    if (!option) return message;
    const std::string short_form = option->canonical_display_name(po::command_line_style::allow_dash_for_short);
    if (!short_form.starts_with('-')) return message;
    const std::string quoted = fmt::format("'{}'", name);
    if (auto at = message.find(quoted); at != std::string::npos) {
        message.replace(at, quoted.size(), fmt::format("'{}/{}'", short_form, name));
    }
    return message;
}

// The option a mistyped one was probably meant to be ("--limt": "--limit"), or "": one edit away,
// two from 8 letters on, as did-you-mean corrects query words.
std::string nearest_option(const po::error& error, const po::options_description& visible) {
    const auto* unknown = dynamic_cast<const po::unknown_option*>(&error);
    if (!unknown || !unknown->get_option_name().starts_with("--")) return {};
    const std::string name = unknown->get_option_name().substr(2);
    std::string nearest;
    std::size_t nearest_distance = (name.size() < 8 ? 1 : 2) + 1;
    for (const auto& option : visible.options()) {
        const std::string& candidate = option->long_name();
        if (std::size_t distance = edit_distance(name, candidate); !candidate.empty() && distance < nearest_distance) {
            nearest = "--" + candidate;
            nearest_distance = distance;
        }
    }
    return nearest;
}

bool parse_options(int argc, char** argv, std::string_view tool, std::string_view usage, const po::options_description& visible,
           const po::positional_options_description& positional, const po::options_description& hidden,
           po::variables_map& values) {
    po::options_description all;
    all.add(visible).add(hidden);
    try {
        po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), values);
        if (values.count("help")) {
            std::cout << fmt::format("Usage: {} {}\n\n", tool, usage) << visible << '\n';
            return false;
        }
        if (values.count("generate")) {
            generate(std::cout, values["generate"].as<std::string>(), tool, visible);
            return false;
        }
        if (values.count("version")) {
            std::cout << fmt::format("{} {} (Xapian {})\n", tool, PLENARY_VERSION, Xapian::version_string());
            return false;
        }
        po::notify(values);
    } catch (const std::invalid_argument& error) {
        throw UsageError(error.what());
    } catch (const po::error& error) {
        std::string message = message_naming_both_forms(error, all);
        std::string hint = dashed_word_hint(argc, argv, tool);
        if (!hint.empty()) throw UsageError(message + hint);
        std::string nearest = nearest_option(error, visible);
        throw UsageError(nearest.empty() ? fmt::format("{} (see {} --help)", message, tool)
                                         : fmt::format("{} (did you mean {}? see {} --help)", message, nearest, tool));
    }
    return true;
}

} // namespace

bool parse(int argc, char** argv, std::string_view tool, std::string_view usage, const po::options_description& visible,
           std::vector<std::string>& arguments, po::variables_map& values) {
    po::options_description hidden;
    hidden.add_options()("arguments", po::value(&arguments));
    po::positional_options_description positional;
    positional.add("arguments", -1);
    return parse_options(argc, argv, tool, usage, visible, positional, hidden, values);
}

namespace {

// errno as the failed write left it, read before anything else can change it.
std::string write_failure_reason(int saved_errno) {
    return saved_errno != 0 ? std::strerror(saved_errno) : "the output could not be written";
}

} // namespace

void check_written(std::ostream& out, const std::string& file) {
    errno = 0;
    if (!out.flush()) throw WriteError(fmt::format("{}: {}", file, write_failure_reason(errno)));
}

namespace {

// Whatever body returns or throws, stdout is flushed once inside the boundary; its first failed
// write throws there, while errno still tells why.
int run_flushed(const std::function<int()>& body) {
    struct Unguard {
        ~Unguard() { std::cout.exceptions(std::ios::goodbit); }  // nothing may throw at exit
    } unguard;
    std::cout.exceptions(std::ios::badbit);
    int status = body();
    std::cout.flush();
    return status;
}

} // namespace

int run(std::string_view tool, const std::function<int()>& body) {
    try {
        return run_flushed(body);
    } catch (const std::ios_base::failure&) {
        std::cerr << fmt::format("{}: write error: {}\n", tool, write_failure_reason(errno));
    } catch (const WriteError& error) {
        std::cerr << fmt::format("{}: write error: {}\n", tool, error.what());
    } catch (const Xapian::Error& error) {
        std::cerr << fmt::format("{}: {}\n", tool, error.get_description());
    } catch (const std::exception& error) {
        std::cerr << fmt::format("{}: {}\n", tool, error.what());
    }
    return 2;
}

} // namespace plenary::cli
