// Topic groups (e.g. the kind of a topic: keyword, phrase, acronym...) so that
// results can be reported per group.
#pragma once

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "plenary/eval/measures.h"

namespace plenary::eval {

using TopicGroups = std::map<std::string, std::set<std::string>>;  // group → qids

// Lines "qid<TAB>group[<TAB>anything]"; blank lines and lines starting with '#'
// are skipped. Throws InputError "FILE:LINE: reason" for a line without a group
// and for a topic given twice.
TopicGroups parse_topic_groups(std::string_view text, const std::filesystem::path& file);
TopicGroups read_topic_groups(const std::filesystem::path& file);

// The evaluation of the given topics only, with their mean.
Evaluation restrict_to(const Evaluation& evaluation, const std::set<std::string>& topics);

} // namespace plenary::eval
