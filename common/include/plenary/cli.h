// What plenary's command-line tools share: option groups that mean the same in every
// tool, and the one error boundary around each tool's main.
#pragma once

#include <boost/program_options.hpp>

#include <chrono>
#include <functional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace plenary::cli {

namespace po = boost::program_options;

// A mistake in the command line; reported as "tool: message" with exit status 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// --help and --version.
po::options_description general_options();

// --index DIR, stored into index_dir.
po::options_description index_options(std::string& index_dir);

// --remote-timeout SECONDS (for the remote shards of a sharded index), stored into seconds.
po::options_description remote_options(double& seconds);

// The timeout of --remote-timeout; 0 waits forever. Throws UsageError for a negative one.
std::chrono::milliseconds remote_timeout(double seconds);

// Parses argv: the visible options (shown by --help) and the positional arguments, all of one
// kind (query words, paths, files), into arguments. Prints help or version and returns false
// when the user asked for them.
bool parse(int argc, char** argv, std::string_view tool, std::string_view usage, const po::options_description& visible,
           std::vector<std::string>& arguments, po::variables_map& values);

// A failed write to stdout or to an output file; reported as "tool: write error: reason".
class WriteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Throws WriteError "FILE: reason" unless everything written to out (a file named file) reached it.
void check_written(std::ostream& out, const std::string& file);

// Runs body inside the tool's error boundary: any error is printed as one line
// "tool: message" on stderr and turns into exit status 2, as does a write to stdout
// that failed (a full disk, a closed pipe): "tool: write error: reason", as grep says it.
int run(std::string_view tool, const std::function<int()>& body);

} // namespace plenary::cli
