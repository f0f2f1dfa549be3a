#include "like_cli.h"

#include <iostream>
#include <iterator>
#include <stdexcept>

#include "plenary/cli.h"

namespace plenary::cli {

std::string read_stdin(const std::string& what) {
    std::string text(std::istreambuf_iterator<char>(std::cin), {});
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) throw UsageError("no " + what + " on stdin");
    return text;
}

ParsedQuery like_query_of(Searcher& searcher, const std::string& like, SearchOptions& options) {
    std::string text;
    if (like == "-") {
        text = read_stdin("passage");
    } else {
        auto passage = searcher.passage(like);
        if (!passage) throw UsageError("--like: no passage " + like + " in the index (passage ids as --json prints them)");
        text = passage->text;
        options.excluded_communique = passage->communique_id;
    }
    options.one_per_communique_first = true;
    try {
        return searcher.like(text);
    } catch (const std::invalid_argument& error) {
        throw UsageError(std::string("--like: ") + error.what());
    }
}

} // namespace plenary::cli
