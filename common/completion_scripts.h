// Man page options and shell completions made from a tool's own option table, so --help, the man
// page and the completions never disagree (plenary-TOOL --generate KIND, run by the build).
#pragma once

#include <boost/program_options.hpp>

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace plenary::cli {

// What --generate can write.
inline constexpr std::string_view generated_kinds = "man-options, complete-bash, complete-zsh, complete-fish";

// Writes kind (one of generated_kinds) for tool: man-options is the OPTIONS section's entries in
// roff; the completion scripts complete option names, FILE and DIR values from the file system,
// T (a tag) from the index (plenary-index --status), WHEN and all|any from their values, and
// positional arguments as files, except plenary-search's query words and plenary-serve's none. Throws
// std::invalid_argument for another kind.
void generate(std::ostream& out, std::string_view kind, std::string_view tool,
              const boost::program_options::options_description& options);

} // namespace plenary::cli
