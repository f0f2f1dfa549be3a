// Reads the tag rules language (see indexer/tag_rules.conf) into a tagger's rules, line by line,
// stopping at the first malformed line.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "plenary/analyzer.h"
#include "plenary/passage_tagger.h"

namespace plenary {

// A cue word "#" stands for any number.
inline constexpr std::string_view any_number = "#";

class PassageTagger::RulesParser {
public:
    // origin names the rules in errors; cues are analyzed by analyzer.
    RulesParser(std::string_view origin, Analyzer& analyzer) : origin_(origin), analyzer_(analyzer) {}

    // The rules of text, in order. Throws TagRulesError "origin:line: reason".
    std::vector<Rule> parse(std::string_view text);

private:
    [[noreturn]] void fail(std::size_t line, const std::string& reason) const;
    void start_section(std::string_view line);
    void check_section() const;
    void read_rule(std::string_view line);
    void add_cue(double weight, std::string_view text);
    Phrase analyzed(std::string_view text);

    std::string_view origin_;
    Analyzer& analyzer_;
    std::vector<Rule> rules_;
    std::map<std::string, std::size_t> tag_lines_;
    std::map<Phrase, std::size_t> cue_lines_;  // of the current section, by each alternative
    std::size_t section_line_ = 0;
    std::size_t line_ = 0;
};

} // namespace plenary
