#include "completion_scripts.h"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

namespace plenary::cli {

namespace po = boost::program_options;

namespace {

// What an option's value is, for completion.
enum class ValueKind { none, file, folder, tag, choice, other };

struct OptionSpec {
    std::string short_name;     // "-n", or empty
    std::string long_name;      // "--limit"
    std::string value;          // "N"; empty for a flag
    std::string default_value;  // "10", or empty
    std::string description;
    ValueKind kind = ValueKind::none;
    std::vector<std::string> choices;
    bool repeatable = false;
};

std::vector<std::string> split_on(std::string_view text, std::string_view separators) {
    std::vector<std::string> parts;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        auto end = std::min(text.find_first_of(separators, pos), text.size());
        if (end > pos) parts.emplace_back(text.substr(pos, end - pos));
        pos = end + 1;
    }
    return parts;
}

void classify_value(OptionSpec& spec) {
    if (spec.value.empty()) return;
    if (spec.value == "FILE") spec.kind = ValueKind::file;
    else if (spec.value == "DIR") spec.kind = ValueKind::folder;
    else if (spec.value == "T") spec.kind = ValueKind::tag;
    else if (spec.value == "WHEN") spec.choices = {"auto", "always", "never"};
    else if (spec.value == "KIND") spec.choices = split_on(generated_kinds, ", ");
    else if (spec.value.find('|') != std::string::npos && spec.value.find('.') == std::string::npos) spec.choices = split_on(spec.value, "|");
    if (spec.kind == ValueKind::none) spec.kind = spec.choices.empty() ? ValueKind::other : ValueKind::choice;
}

OptionSpec spec_of(const po::option_description& option) {
    OptionSpec spec;
    spec.long_name = fmt::format("--{}", option.long_name());
    std::string shown = option.canonical_display_name(po::command_line_style::allow_dash_for_short);
    if (shown.size() == 2 && shown[0] == '-') spec.short_name = shown;  // else the long name, without dashes
    std::string parameter = option.format_parameter();  // "N (=10)", empty for a flag
    auto default_at = parameter.find(" (=");
    spec.value = parameter.substr(0, default_at);
    if (default_at != std::string::npos) spec.default_value = parameter.substr(default_at + 3, parameter.size() - default_at - 4);
    spec.description = option.description();
    spec.repeatable = spec.description.find("repeatable") != std::string::npos;
    classify_value(spec);
    return spec;
}

std::vector<OptionSpec> specs_of(const po::options_description& options) {
    std::vector<OptionSpec> specs;
    for (const auto& option : options.options()) specs.push_back(spec_of(*option));
    return specs;
}

std::string replace_all(std::string text, std::string_view from, std::string_view to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) text.replace(at, from.size(), to);
    return text;
}

// The description's first clause, for the short descriptions of completion menus.
std::string short_description(const std::string& description) {
    return description.substr(0, std::min({description.find(" ("), description.find("; "), description.size()}));
}

std::string function_name(std::string_view tool) { return fmt::format("_{}", replace_all(std::string(tool), "-", "_")); }

// What follows a tool's options on its command line.
enum class Operands { files, query_words, none };

Operands operands_of(std::string_view tool) {
    if (tool == "plenary-search") return Operands::query_words;
    return tool == "plenary-serve" ? Operands::none : Operands::files;
}

std::string roff_escaped(const std::string& text) {
    std::string escaped = replace_all(text, "\\", "\\e");
    return escaped.starts_with(".") || escaped.starts_with("'") ? fmt::format("\\&{}", escaped) : escaped;
}

void write_man_options(std::ostream& out, const std::vector<OptionSpec>& specs) {
    for (const auto& spec : specs) {
        std::string names = fmt::format("\\fB{}\\fR", replace_all(spec.long_name, "-", "\\-"));
        if (!spec.short_name.empty()) names = fmt::format("\\fB{}\\fR, {}", replace_all(spec.short_name, "-", "\\-"), names);
        if (!spec.value.empty()) names += fmt::format(" \\fI{}\\fR", roff_escaped(spec.value));
        std::string default_value = spec.default_value.empty() ? "" : fmt::format(" (default: {})", spec.default_value);
        out << ".TP\n" << names << '\n' << roff_escaped(spec.description + default_value) << '\n';
    }
}

// A shell function printing the tag names of the index the command line names (or the default).
void write_bash_tags(std::ostream& out, std::string_view tool) {
    out << fmt::format(R"({}_tags() {{
    local i index=()
    for ((i = 1; i < COMP_CWORD; i++)); do
        [[ ${{COMP_WORDS[i]}} == --index ]] && index=(--index "${{COMP_WORDS[i+1]}}")
    done
    plenary-index "${{index[@]}}" --status 2>/dev/null | sed -n 's/^tags  *//p'
}}
)",
                       function_name(tool));
}

std::string names_of(const std::vector<OptionSpec>& specs, ValueKind kind) {
    std::vector<std::string> names;
    for (const auto& spec : specs) {
        if (spec.kind != kind) continue;
        if (!spec.short_name.empty()) names.push_back(spec.short_name);
        names.push_back(spec.long_name);
    }
    return fmt::format("{}", fmt::join(names, "|"));
}

void write_bash(std::ostream& out, std::string_view tool, const std::vector<OptionSpec>& specs) {
    const std::string function = function_name(tool);
    out << fmt::format("# bash completion for {0}; generated by {0} --generate complete-bash\n", tool);
    write_bash_tags(out, tool);
    out << fmt::format("{}() {{\n    local cur=${{COMP_WORDS[COMP_CWORD]}} prev=${{COMP_WORDS[COMP_CWORD-1]}}\n    case $prev in\n", function);
    auto value_case = [&](ValueKind kind, const std::string& reply) {
        std::string names = names_of(specs, kind);
        if (!names.empty()) out << fmt::format("        {}) {}; return ;;\n", names, reply);
    };
    value_case(ValueKind::file, "compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- \"$cur\"))");
    value_case(ValueKind::folder, "compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- \"$cur\"))");
    value_case(ValueKind::tag, fmt::format("COMPREPLY=($(compgen -W \"$({}_tags)\" -- \"$cur\"))", function));
    for (const auto& spec : specs) {
        if (spec.kind != ValueKind::choice) continue;
        std::string names = spec.short_name.empty() ? spec.long_name : fmt::format("{}|{}", spec.short_name, spec.long_name);
        out << fmt::format("        {}) COMPREPLY=($(compgen -W \"{}\" -- \"$cur\")); return ;;\n", names, fmt::join(spec.choices, " "));
    }
    value_case(ValueKind::other, "COMPREPLY=()");
    std::vector<std::string> all;
    for (const auto& spec : specs) {
        if (!spec.short_name.empty()) all.push_back(spec.short_name);
        all.push_back(spec.long_name);
    }
    out << fmt::format("    esac\n    if [[ $cur == -* ]]; then\n        COMPREPLY=($(compgen -W \"{}\" -- \"$cur\"))\n", fmt::join(all, " "));
    if (operands_of(tool) == Operands::files) {
        out << "    else\n        compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- \"$cur\"))\n";
    }
    out << fmt::format("    fi\n}}\ncomplete -F {} {}\n", function, tool);
}

std::string zsh_description(const OptionSpec& spec) {
    std::string text = short_description(spec.description);
    for (auto [from, to] : {std::pair{"\\", "\\\\"}, {"[", "\\["}, {"]", "\\]"}, {"'", "'\\''"}}) text = replace_all(text, from, to);
    return text;
}

std::string zsh_action(const OptionSpec& spec, std::string_view tool) {
    switch (spec.kind) {
    case ValueKind::file: return "_files";
    case ValueKind::folder: return "_files -/";
    case ValueKind::tag: return function_name(tool) + "_tags";
    case ValueKind::choice: return fmt::format("({})", fmt::join(spec.choices, " "));
    default: return " ";
    }
}

std::string zsh_spec(const OptionSpec& spec, std::string_view tool) {
    const bool valued = !spec.value.empty();
    const std::string repeat = spec.repeatable ? "*" : "";
    std::string names = spec.long_name + (valued ? "=" : "");
    if (!spec.short_name.empty()) {
        names = fmt::format("'{}({} {})'{{{}{},{}}}'", repeat, spec.short_name, spec.long_name, spec.short_name, valued ? "+" : "", names);
    } else {
        names = fmt::format("'{}{}", repeat, names);
    }
    std::string text = fmt::format("{}[{}]", names, zsh_description(spec));
    if (valued) text += fmt::format(":{}:{}", spec.value, zsh_action(spec, tool));
    return text + "'";
}

void write_zsh(std::ostream& out, std::string_view tool, const std::vector<OptionSpec>& specs) {
    const std::string function = function_name(tool);
    out << fmt::format("#compdef {0}\n# zsh completion for {0}; generated by {0} --generate complete-zsh\n", tool);
    out << fmt::format("{}_tags() {{\n    local -a index tags\n    local i=${{words[(I)--index]}}\n", function)
        << "    (( i )) && index=(--index ${words[i+1]})\n"
        << "    tags=(${(z)\"$(plenary-index $index --status 2>/dev/null | sed -n 's/^tags  *//p')\"})\n"
        << "    compadd -a tags\n}\n";
    std::vector<std::string> arguments;
    for (const auto& spec : specs) arguments.push_back(zsh_spec(spec, tool));
    if (operands_of(tool) == Operands::query_words) arguments.emplace_back("'*:query word: '");
    if (operands_of(tool) == Operands::files) arguments.emplace_back("'*:file:_files'");
    out << "_arguments -s -S \\\n    " << fmt::format("{}", fmt::join(arguments, " \\\n    ")) << '\n';
}

std::string fish_quoted(const std::string& text) {
    return fmt::format("'{}'", replace_all(replace_all(text, "\\", "\\\\"), "'", "\\'"));
}

void write_fish(std::ostream& out, std::string_view tool, const std::vector<OptionSpec>& specs) {
    const std::string function = replace_all(function_name(tool), "_plenary", "__plenary");
    out << fmt::format("# fish completion for {0}; generated by {0} --generate complete-fish\n", tool);
    out << fmt::format("function {}_tags\n    set -l words (commandline -opc)\n    set -l index\n", function)
        << "    if set -l i (contains -i -- --index $words)\n        set index --index $words[(math $i + 1)]\n    end\n"
        << "    plenary-index $index --status 2>/dev/null | string replace -rf '^tags +' '' | string split ' '\nend\n";
    if (operands_of(tool) != Operands::files) out << fmt::format("complete -c {} -f\n", tool);
    for (const auto& spec : specs) {
        std::string line = fmt::format("complete -c {}", tool);
        if (!spec.short_name.empty()) line += " -s " + spec.short_name.substr(1);
        line += " -l " + spec.long_name.substr(2);
        if (spec.kind == ValueKind::file) line += " -r -F";
        else if (spec.kind == ValueKind::folder) line += " -x -a '(__fish_complete_directories)'";
        else if (spec.kind == ValueKind::tag) line += fmt::format(" -x -a '({}_tags)'", function);
        else if (spec.kind == ValueKind::choice) line += fmt::format(" -x -a '{}'", fmt::join(spec.choices, " "));
        else if (spec.kind == ValueKind::other) line += " -x";
        out << line << " -d " << fish_quoted(short_description(spec.description)) << '\n';
    }
}

} // namespace

void generate(std::ostream& out, std::string_view kind, std::string_view tool, const po::options_description& options) {
    const auto specs = specs_of(options);
    if (kind == "man-options") write_man_options(out, specs);
    else if (kind == "complete-bash") write_bash(out, tool, specs);
    else if (kind == "complete-zsh") write_zsh(out, tool, specs);
    else if (kind == "complete-fish") write_fish(out, tool, specs);
    else throw std::invalid_argument(fmt::format("--generate takes one of: {} (not '{}')", generated_kinds, kind));
}

} // namespace plenary::cli
