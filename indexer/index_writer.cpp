#include "index_writer.h"

#include <fmt/chrono.h>

#include <algorithm>
#include <ctime>
#include <string>
#include <vector>

#include "defined_terms.h"
#include "plenary/index_schema.h"
#include "vocabulary_writer.h"

namespace plenary {

namespace {

std::string doc_term(const std::string& communique_id) { return std::string(schema::doc_prefix) + communique_id; }

std::string communique_key(const std::string& communique_id) {
    return std::string(schema::communique_key_prefix) + communique_id;
}

} // namespace

void IndexWriter::write(const Communique& communique, const FileChange& change) {
    if (change.kind != FileChange::Kind::added) db_.delete_document(doc_term(communique.id));
    documents_.build(communique, [&](const Xapian::Document& document) { db_.add_document(document); });
    schema::CommuniqueRecord record{communique.id, communique.file.string(), communique.format, communique.metadata,
                                    static_cast<std::uint32_t>(communique.passages.size())};
    db_.set_metadata(communique_key(communique.id), schema::encode(record));
    db_.set_metadata(schema::source_key(change.source.file), schema::encode(change.source));
    write_definitions(communique);
}

// The terms the communiqué's text defines, for the synonym table that finish() writes.
void IndexWriter::write_definitions(const Communique& communique) {
    std::vector<Definition> definitions;
    for (const auto& passage : communique.passages) {
        for (auto& definition : find_definitions(passage.text)) {
            if (std::find(definitions.begin(), definitions.end(), definition) == definitions.end()) {
                definitions.push_back(std::move(definition));
            }
        }
    }
    db_.set_metadata(definitions_key(communique.id), vocabulary_lines(definitions));
}

void IndexWriter::remove(const schema::SourceRecord& source) {
    db_.delete_document(doc_term(source.communique_id));
    db_.set_metadata(communique_key(source.communique_id), "");
    db_.set_metadata(schema::source_key(source.file), "");
    db_.set_metadata(definitions_key(source.communique_id), "");
}

void IndexWriter::remove_all() {
    std::vector<Xapian::docid> ids(db_.postlist_begin(""), db_.postlist_end(""));
    for (auto id : ids) db_.delete_document(id);
    std::vector<std::string> keys(db_.metadata_keys_begin(), db_.metadata_keys_end());
    for (const auto& key : keys) db_.set_metadata(key, "");
}

void IndexWriter::finish() {
    Analyzer analyzer;
    Vocabulary vocabulary = rules_.vocabulary;
    append(vocabulary, defined_vocabulary(db_, analyzer));
    write_synonyms(db_, vocabulary);
    documents_.spelling().write(db_);
    db_.set_metadata(std::string(schema::format_key), std::string(schema::format_version));
    db_.set_metadata(std::string(schema::analysis_key), analysis_fingerprint(rules_.tagger));
    db_.set_metadata(std::string(schema::tag_names_key), schema::tags_value(rules_.tagger.tag_names()));
    db_.set_metadata(std::string(schema::vocabulary_source_key), rules_.vocabulary_source);
    db_.set_metadata(std::string(schema::tag_rules_source_key), rules_.tag_rules_source);
    db_.set_metadata(std::string(schema::updated_key), fmt::format("{:%Y-%m-%d %H:%M:%S} UTC", fmt::gmtime(std::time(nullptr))));
}

} // namespace plenary
