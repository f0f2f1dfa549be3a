#include "index_writer.h"

#include <fmt/chrono.h>

#include <algorithm>
#include <ctime>
#include <string>
#include <vector>

#include "defined_terms.h"
#include "plenary/index_schema.h"
#include "shard_routing.h"
#include "vocabulary_writer.h"

namespace plenary {

namespace {

std::string doc_term(const std::string& communique_id) { return std::string(schema::doc_prefix) + communique_id; }

std::string communique_key(const std::string& communique_id) {
    return std::string(schema::communique_key_prefix) + communique_id;
}

} // namespace

Xapian::WritableDatabase& IndexWriter::shard(const std::string& communique_id) const {
    return *shards_[shard_of(communique_id, shards_.size())];
}

void IndexWriter::write(const Communique& communique, const FileChange& change) {
    Xapian::WritableDatabase& documents = shard(communique.id);
    if (change.kind != FileChange::Kind::added) documents.delete_document(doc_term(communique.id));
    documents_.build(communique, [&](const Xapian::Document& document) { documents.add_document(document); });
    schema::CommuniqueRecord record{communique.id, communique.file.string(), communique.format, communique.metadata,
                                    static_cast<std::uint32_t>(communique.passages.size())};
    catalog_.set_metadata(communique_key(communique.id), schema::encode(record));
    catalog_.set_metadata(schema::source_key(change.source.file), schema::encode(change.source));
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
    catalog_.set_metadata(definitions_key(communique.id), vocabulary_lines(definitions));
}

void IndexWriter::remove(const schema::SourceRecord& source) {
    shard(source.communique_id).delete_document(doc_term(source.communique_id));
    catalog_.set_metadata(communique_key(source.communique_id), "");
    catalog_.set_metadata(schema::source_key(source.file), "");
    catalog_.set_metadata(definitions_key(source.communique_id), "");
}

void IndexWriter::remove_all() {
    for (auto* shard : shards_) {
        std::vector<Xapian::docid> ids(shard->postlist_begin(""), shard->postlist_end(""));
        for (auto id : ids) shard->delete_document(id);
    }
    std::vector<std::string> keys(catalog_.metadata_keys_begin(), catalog_.metadata_keys_end());
    for (const auto& key : keys) catalog_.set_metadata(key, "");
}

void IndexWriter::finish(SpellingRecorder* spelling) {
    Analyzer analyzer;
    Vocabulary vocabulary = rules_.vocabulary;
    append(vocabulary, defined_vocabulary(catalog_, analyzer));
    write_synonyms(catalog_, vocabulary);
    if (spelling) spelling->add(documents_.spelling());
    else documents_.spelling().write(catalog_);
    catalog_.set_metadata(std::string(schema::format_key), std::string(schema::format_version));
    catalog_.set_metadata(std::string(schema::analysis_key), analysis_fingerprint(rules_.tagger));
    catalog_.set_metadata(std::string(schema::tag_names_key), schema::tags_value(rules_.tagger.tag_names()));
    catalog_.set_metadata(std::string(schema::vocabulary_source_key), rules_.vocabulary_source);
    catalog_.set_metadata(std::string(schema::tag_rules_source_key), rules_.tag_rules_source);
    catalog_.set_metadata(std::string(schema::updated_key), fmt::format("{:%Y-%m-%d %H:%M:%S} UTC", fmt::gmtime(std::time(nullptr))));
}

} // namespace plenary
