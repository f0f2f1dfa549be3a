#include "plenary/cli.h"

#include <xapian.h>

#include <fmt/format.h>
#include <plenary/version.h>

#include <iostream>

namespace plenary::cli {

po::options_description general_options() {
    po::options_description options("General");
    options.add_options()
        ("help,h", "show this help and exit")
        ("version,V", "show the version and exit");
    return options;
}

po::options_description index_options(std::string& index_dir) {
    po::options_description options("Index");
    options.add_options()
        ("index", po::value(&index_dir)->value_name("DIR"),
         "index folder (default: $PLENARY_INDEX, else $XDG_DATA_HOME/plenary/index, else ~/.local/share/plenary/index)");
    return options;
}


namespace {

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
        if (values.count("version")) {
            std::cout << fmt::format("{} {} (Xapian {})\n", tool, PLENARY_VERSION, Xapian::version_string());
            return false;
        }
        po::notify(values);
    } catch (const po::error& error) {
        throw UsageError(fmt::format("{} (see {} --help)", error.what(), tool));
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

int run(std::string_view tool, const std::function<int()>& body) {
    try {
        return body();
    } catch (const Xapian::Error& error) {
        std::cerr << fmt::format("{}: {}\n", tool, error.get_description());
    } catch (const std::exception& error) {
        std::cerr << fmt::format("{}: {}\n", tool, error.what());
    }
    return 2;
}

} // namespace plenary::cli
