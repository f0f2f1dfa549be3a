#include "datelines.h"

#include "block_text.h"
#include "utf8_text.h"

#include <regex>
#include <string>

namespace plenary::loader {

bool is_dateline(std::string_view text) {
    constexpr std::size_t most_words = 12;
    const std::string_view line = trim_whitespace(text);
    if (line.empty() || line.size() > 200 || count_text_words(line) > most_words) return false;
    if (std::string_view(".!?:;").find(line.back()) != std::string_view::npos) return false;
    static const std::regex month(
        R"(\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b)",
        std::regex::icase);
    static const std::regex number(R"(\b\d{1,4}\b)");
    static const std::regex numeric_date(R"(\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b)");
    const std::string copy(line);
    return (std::regex_search(copy, month) && std::regex_search(copy, number)) ||
           std::regex_search(copy, numeric_date);
}

void mark_datelines(std::vector<DocumentBlock>::iterator begin, std::vector<DocumentBlock>::iterator end) {
    for (auto block = begin; block != end; ++block) {
        if (block->role != BlockRole::body) continue;
        if (!is_dateline(block->text)) return;
        block->role = BlockRole::heading;
        block->reason = "dateline";
    }
}

} // namespace plenary::loader
