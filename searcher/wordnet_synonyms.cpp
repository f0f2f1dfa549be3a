#include "wordnet_synonyms.h"

#include <wn.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <mutex>
#include <optional>
#include <span>
#include <sstream>
#include <string_view>
#include <unordered_map>

namespace plenary {

namespace {

std::mutex wordnet_mutex;

// libwordnet copies a word into buffers of 256 bytes; no word of WordNet is this long.
constexpr std::size_t longest_word = 100;

int silent(char*) { return 0; }

// Opens the database once; false when it cannot (no wordnet-base): then nothing expands.
bool wordnet_open() {
    static const bool open = [] {
        display_message = silent;  // libwordnet prints its errors to stdout otherwise
        return wninit() == 0;
    }();
    return open;
}

// "front_man" -> "front man"; an adjective's position marker goes: "front(a)" -> "front".
std::string readable(const char* lemma) {
    std::string word(lemma);
    word.erase(std::find(word.begin(), word.end(), '('), word.end());
    std::replace(word.begin(), word.end(), '_', ' ');
    std::transform(word.begin(), word.end(), word.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return word;
}

bool wordnet_holds(std::string form, int part_of_speech) {
    IndexPtr index = index_lookup(form.data(), part_of_speech);
    if (index) free_index(index);
    return index != nullptr;
}

// The part of speech's exception list ("women woman", "ran run"), the file morphy(7WN) reads.
FILE* exceptions_file(int part_of_speech) {
    static const std::array<FILE*, ADV + 1> files = [] {
        const char* names[ADV + 1] = {nullptr, "noun.exc", "verb.exc", "adj.exc", "adv.exc"};
        std::array<FILE*, ADV + 1> opened{};
        for (int part = NOUN; part <= ADV; ++part)
            opened[part] = std::fopen((std::string(SetSearchdir()) + "/" + names[part]).c_str(), "r");
        return opened;
    }();
    return files[part_of_speech];
}

// The word's base forms in its exception list: the words after it on its line.
std::vector<std::string> exceptions_of(const std::string& word, int part_of_speech) {
    FILE* file = exceptions_file(part_of_speech);
    std::string key = word;
    const char* line = file ? bin_search(key.data(), file) : nullptr;
    std::vector<std::string> bases;
    if (!line) return bases;
    std::istringstream words(line);
    std::string base;
    words >> base;  // the word itself
    while (words >> base) bases.push_back(base);
    return bases;
}

// morphy(7WN)'s detachment rules: an ending and what replaces it.
struct Detachment {
    std::string_view ending, replacement;
};
constexpr Detachment noun_rules[] = {{"s", ""},     {"ses", "s"},   {"xes", "x"}, {"zes", "z"},
                                     {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Detachment verb_rules[] = {{"s", ""},  {"ies", "y"}, {"es", "e"},  {"es", ""},
                                     {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
constexpr Detachment adjective_rules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

std::span<const Detachment> detachments(int part_of_speech) {
    switch (part_of_speech) {
    case NOUN: return noun_rules;
    case VERB: return verb_rules;
    case ADJ: return adjective_rules;
    default: return {};
    }
}

// The first detachment whose result WordNet holds ("controls" -> "control"), or nothing (adverbs have
// no rules). A noun in "ful" has its stem detached ("handsful" -> "handful"); other nouns in "ss" and
// short words, none.
std::optional<std::string> detached_base(const std::string& word, int part_of_speech) {
    std::string stem = word, suffix;
    if (part_of_speech == NOUN) {
        if (word.ends_with("ful")) {
            stem = word.substr(0, word.size() - 3);
            suffix = "ful";
        } else if (word.ends_with("ss") || word.size() <= 2) {
            return std::nullopt;
        }
    }
    for (const auto& rule : detachments(part_of_speech)) {
        if (!stem.ends_with(rule.ending)) continue;
        std::string base = stem.substr(0, stem.size() - rule.ending.size()) + std::string(rule.replacement);
        if (base != stem && wordnet_holds(base, part_of_speech)) return base + suffix;
    }
    return std::nullopt;
}

// The word and its base forms as morphy(7WN) finds them: those of its exception list if it has one
// (none if the list names the word itself first: "feed feed fee"), else the first detachment WordNet
// holds. libwordnet's morphstr finds the same, but tests each detachment with is_defined, which
// works out every search WordNet could make on the word (for a noun, hundreds of synsets read for
// its holonyms and meronyms): most of a cold search's time.
std::vector<std::string> base_forms(const std::string& word, int part_of_speech) {
    std::vector<std::string> forms{word};
    std::vector<std::string> found = exceptions_of(word, part_of_speech);
    if (!found.empty() && found.front() == word) return forms;
    if (found.empty()) {
        if (auto base = detached_base(word, part_of_speech)) found.push_back(*base);
    }
    for (auto& form : found) {
        if (std::find(forms.begin(), forms.end(), form) == forms.end()) forms.push_back(std::move(form));
    }
    return forms;
}

// The synsets of the form's senses that WordNet's tagged corpus saw (at least the first: it
// orders a word's senses by how often that corpus saw them), read one by one, not every sense.
void add_synonyms(std::string form, int part_of_speech, const std::string& word, std::vector<std::string>& into) {
    IndexPtr index = index_lookup(form.data(), part_of_speech);
    if (!index) return;
    const int senses = std::min(std::max(index->tagged_cnt, 1), index->off_cnt);
    for (int sense = 0; sense < senses; ++sense) {
        SynsetPtr synset = read_synset(part_of_speech, static_cast<long>(index->offset[sense]), form.data());
        if (!synset) continue;
        for (int i = 0; i < synset->wcount; ++i) {
            std::string synonym = readable(synset->words[i]);
            if (synonym == word || synonym == form) continue;
            if (std::find(into.begin(), into.end(), synonym) == into.end()) into.push_back(std::move(synonym));
        }
        free_synset(synset);
    }
    free_index(index);
}

} // namespace

std::vector<std::string> wordnet_synonyms(const std::string& word) {
    // Remembered: a batch run asks for the same words again, and a lookup reads several
    // synsets from disk (about a millisecond a word).
    static std::unordered_map<std::string, std::vector<std::string>> looked_up;
    std::lock_guard lock(wordnet_mutex);
    if (word.empty() || word.size() > longest_word || !wordnet_open()) return {};
    if (auto known = looked_up.find(word); known != looked_up.end()) return known->second;
    std::vector<std::string> synonyms;
    for (int part_of_speech = NOUN; part_of_speech <= ADV; ++part_of_speech) {
        for (const auto& form : base_forms(word, part_of_speech)) add_synonyms(form, part_of_speech, word, synonyms);
    }
    return looked_up.emplace(word, std::move(synonyms)).first->second;
}

} // namespace plenary
