// Installed like a real tool: cmake --install puts the man pages and the bash, zsh and fish
// completions in the standard places; the pages render without a warning; the pages and the
// completions know every option --help shows, and the completions complete.
#include <catch2/catch.hpp>

#include "terminal_session.h"

using namespace plenary::testing;

namespace {

const fs::path build_dir = bin_dir.parent_path();
const std::vector<std::string> tools{"plenary-index", "plenary-search", "plenary-eval", "plenary-tags-eval", "plenary-serve",
                                     "plenary-trace"};

// The long options --help lists ("--limit", ...).
std::vector<std::string> long_options(const std::string& name) {
    std::vector<std::string> options;
    for (const auto& line : lines_of(run(tool(name) + " --help", false).out)) {
        auto at = line.find("--");
        if (!line.starts_with("  ") || at == std::string::npos || at > 20) continue;
        auto end = line.find_first_of(" ]", at);
        options.push_back(line.substr(at, end - at));
    }
    return options;
}

std::string roff_option(const std::string& option) {
    std::string escaped;
    for (char c : option) escaped += c == '-' ? std::string("\\-") : std::string(1, c);
    return escaped;
}

// COMPREPLY for the words of a command line, the last one being completed, with plenary's
// bash completion for its tool loaded.
std::string bash_completions(const fs::path& script, const std::string& words) {
    std::string program = "compopt() { :; }; source " + quote(script.string()) + "; COMP_WORDS=(" + words +
                          "); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _${COMP_WORDS[0]//-/_}; echo \"${COMPREPLY[*]}\"";
    return run("PATH=" + quote(bin_dir.string()) + ":$PATH bash -c " + quote(program), false).out;
}

} // namespace

TEST_CASE("cmake --install puts the man pages and completions in the standard places", "[install][docs]") {
    TempDir prefix;
    auto install = run("cmake --install " + quote(build_dir.string()) + " --prefix " + quote(prefix.path().string()));
    REQUIRE(install.status == 0);
    for (const auto& name : tools) {
        INFO(name);
        CHECK(fs::exists(prefix / ("share/man/man1/" + name + ".1")));
        CHECK(fs::exists(prefix / ("share/bash-completion/completions/" + name)));
        CHECK(fs::exists(prefix / ("share/zsh/site-functions/_" + name)));
        CHECK(fs::exists(prefix / ("share/fish/vendor_completions.d/" + name + ".fish")));
        CHECK(fs::exists(prefix / ("bin/" + name)));
    }
    CHECK(fs::exists(prefix / "share/man/man7/plenary.7"));
    for (const auto& page : {"man1/plenary-search.1", "man1/plenary-index.1", "man1/plenary-eval.1", "man1/plenary-tags-eval.1",
                             "man1/plenary-serve.1", "man1/plenary-trace.1", "man7/plenary.7"}) {
        INFO(page);
        auto lint = run("groff -ww -z -man " + quote((prefix / "share/man" / page).string()));
        CHECK(lint.status == 0);
        CHECK(lint.out.empty());  // no warning
    }
}

TEST_CASE("the man pages and completions know every option --help shows", "[docs]") {
    for (const auto& name : tools) {
        std::string page = read_file(build_dir / "doc" / (name + ".1"));
        CHECK(page.find("@OPTIONS@") == std::string::npos);
        auto options = long_options(name);
        CHECK(options.size() >= 6);
        for (const auto& option : options) {
            INFO(name << " " << option);
            CHECK(page.find("\\fB" + roff_option(option) + "\\fR") != std::string::npos);
            CHECK(read_file(build_dir / "doc/bash" / name).find(option) != std::string::npos);
            CHECK(read_file(build_dir / "doc/zsh" / ("_" + name)).find(option) != std::string::npos);
            CHECK(read_file(build_dir / "doc/fish" / (name + ".fish")).find(" -l " + option.substr(2)) != std::string::npos);
        }
    }
    for (const auto& name : {"plenary-index", "plenary-search"}) {
        INFO(name);
        std::string page = read_file(build_dir / "doc" / (std::string(name) + ".1"));
        CHECK(page.find(".SH SHARDED INDEXES\n") != std::string::npos);
        CHECK(page.find("stub format") != std::string::npos);
    }
    auto unknown = run(tool("plenary-search") + " --generate troff");
    CHECK(unknown.status == 2);
    CHECK(unknown.out.find("man-options, complete-bash, complete-zsh, complete-fish") != std::string::npos);
}

TEST_CASE("bash completes options, their values and --tag from the index, and zsh reads its scripts", "[docs][completion]") {
    const fs::path bash_search = build_dir / "doc/bash/plenary-search";
    CHECK(bash_completions(bash_search, "plenary-search --col") == "--color\n");
    CHECK(bash_completions(bash_search, "plenary-search --color ''") == "auto always never\n");
    CHECK(bash_completions(bash_search, "plenary-search --match a") == "any all\n");  // the table's order
    std::string index = quote(bundled_index_dir().string());
    auto tags = bash_completions(bash_search, "plenary-search --index " + index + " --tag out");
    CHECK(tags == "outreach\n");
    CHECK(bash_completions(build_dir / "doc/bash/plenary-index", "plenary-index --pru") == "--prune\n");
    CHECK(bash_completions(build_dir / "doc/bash/plenary-index", "plenary-index --sha") == "--shards\n");
    CHECK(bash_completions(build_dir / "doc/bash/plenary-search", "plenary-search --allow") == "--allow-partial\n");
    CHECK(bash_completions(build_dir / "doc/bash/plenary-serve", "plenary-serve --repl") == "--replicate --replica-of\n");
    CHECK(bash_completions(build_dir / "doc/bash/plenary-serve", "plenary-serve --index x ''") == "\n");  // no operands

    for (const auto& name : tools) {
        INFO(name);
        auto zsh = run("zsh -n " + quote((build_dir / "doc/zsh" / ("_" + name)).string()));
        CHECK(zsh.status == 0);
        CHECK(zsh.out.empty());
        CHECK(read_file(build_dir / "doc/zsh" / ("_" + name)).starts_with("#compdef " + name + "\n"));
    }
}
