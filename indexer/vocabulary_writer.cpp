#include "vocabulary_writer.h"

#include <algorithm>
#include <vector>

#include "plenary/index_schema.h"

namespace plenary {

namespace {

// Numbers and one- or two-letter words make poor corrections.
bool worth_suggesting(const std::string& term) {
    return term.size() > 2 && std::none_of(term.begin(), term.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string synonym_entry(VocabularyGroup::Kind kind, const std::string& form) {
    switch (kind) {
    case VocabularyGroup::Kind::related: return schema::related_synonym_mark + form;
    case VocabularyGroup::Kind::defined: return schema::defined_synonym_mark + form;
    case VocabularyGroup::Kind::equivalent: break;
    }
    return form;
}

} // namespace

void write_synonyms(Xapian::WritableDatabase& db, const Vocabulary& vocabulary) {
    std::vector<std::string> keys(db.synonym_keys_begin(), db.synonym_keys_end());
    for (const auto& key : keys) db.clear_synonyms(key);
    for (const auto& group : vocabulary.groups) {
        for (const auto& key : group.keys) {
            for (const auto& other : group.keys) {
                if (other != key) db.add_synonym(key, synonym_entry(group.kind, key_form(other)));
            }
        }
    }
}

void SpellingRecorder::add(const Token& token) {
    auto found = counts_.find(token.term);
    if (found != counts_.end()) {
        ++found->second;
    } else if (worth_suggesting(token.term)) {
        counts_.emplace(token.term, 1);
    }
}

void SpellingRecorder::add(const SpellingRecorder& other) {
    for (const auto& [word, count] : other.counts_) counts_[word] += count;
}

void SpellingRecorder::write(Xapian::WritableDatabase& db) const {
    for (const auto& [word, count] : counts_) db.add_spelling(word, count);
}

} // namespace plenary
