#include "wordnet_synonyms.h"

#include <wn.h>

#include <algorithm>
#include <mutex>
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

std::vector<std::string> base_forms(const std::string& word, int part_of_speech) {
    std::vector<std::string> forms{word};
    std::string scratch = word;
    for (char* form = morphstr(scratch.data(), part_of_speech); form; form = morphstr(nullptr, part_of_speech)) {
        if (std::find(forms.begin(), forms.end(), form) == forms.end()) forms.emplace_back(form);
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
