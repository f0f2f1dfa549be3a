#include "plenary/eval/topic_groups.h"

#include "plenary/files.h"

#include <fmt/format.h>

#include <sstream>

namespace plenary::eval {

namespace fs = std::filesystem;

TopicGroups parse_topic_groups(std::string_view text, const fs::path& file) {
    TopicGroups groups;
    std::map<std::string, std::size_t> first_line;
    std::istringstream in{std::string(text)};
    std::size_t number = 0;
    for (std::string line; std::getline(in, line);) {
        ++number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos || line.front() == '#') continue;
        auto tab = line.find('\t');
        auto end = tab == std::string::npos ? std::string::npos : line.find('\t', tab + 1);
        std::string qid = line.substr(0, tab);
        std::string group = tab == std::string::npos ? "" : line.substr(tab + 1, end - tab - 1);
        if (qid.empty() || group.empty()) {
            throw InputError(fmt::format("{}:{}: expected qid<TAB>group", file.string(), number));
        }
        auto [seen, inserted] = first_line.emplace(qid, number);
        if (!inserted) {
            throw InputError(fmt::format("{}:{}: topic {} grouped twice (first on line {})", file.string(), number, qid,
                                         seen->second));
        }
        groups[group].insert(qid);
    }
    return groups;
}

TopicGroups read_topic_groups(const fs::path& file) {
    try {
        return parse_topic_groups(read_text_file(file), file);
    } catch (const FileReadError& error) {
        throw InputError(error.what());
    }
}

Evaluation restrict_to(const Evaluation& evaluation, const std::set<std::string>& topics) {
    Evaluation restricted;
    for (const auto& [qid, scores] : evaluation.topics) {
        if (topics.count(qid)) restricted.topics[qid] = scores;
    }
    for (const auto& [qid, scores] : restricted.topics) {
        for (std::size_t m = 0; m < measure_count; ++m) restricted.mean[m] += scores[m];
    }
    if (!restricted.topics.empty()) {
        for (auto& mean : restricted.mean) mean /= static_cast<double>(restricted.topics.size());
    }
    return restricted;
}

} // namespace plenary::eval
