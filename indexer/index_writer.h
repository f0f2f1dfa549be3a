// Writes a run's changes into an index, or a part of one, inside the caller's transactions:
// communiqués (their passage documents, their record, their source file's record, the terms their
// text defines), removals, and at the end the run-wide data. In a sharded index (see
// plenary/index_layout.h) the passage documents go to the shard of their communiqué and everything
// else to the catalog.
#pragma once

#include <xapian.h>

#include <vector>

#include "change_plan.h"
#include "document_builder.h"
#include "indexing_rules.h"

namespace plenary {

class IndexWriter {
public:
    // Documents and records in one database.
    IndexWriter(Xapian::WritableDatabase& db, const IndexingRules& rules)
        : catalog_(db), shards_{&db}, rules_(rules), documents_(rules.tagger) {}

    // Records in catalog, each communiqué's documents in shards[shard_of(its id, shards.size())].
    IndexWriter(Xapian::WritableDatabase& catalog, std::vector<Xapian::WritableDatabase*> shards, const IndexingRules& rules)
        : catalog_(catalog), shards_(std::move(shards)), rules_(rules), documents_(rules.tagger) {}

    // Writes the communiqué of a new, changed or re-read file, under the id the plan gave it
    // (communique.id); a known file's communiqué replaces the one it had.
    void write(const Communique& communique, const FileChange& change);

    // Removes a source file's communiqué.
    void remove(const schema::SourceRecord& source);

    // Removes every document of every shard and every metadata entry of the catalog.
    void remove_all();

    // Writes what the whole run determines: the synonyms (the run's vocabulary and the terms every
    // communiqué of the index defines), the spelling of the words written, the format, the analysis
    // fingerprint and the tag names. Given spelling, the words' counts are added to it instead of
    // written: a bulk build writes them once for all its shards.
    void finish(SpellingRecorder* spelling = nullptr);

private:
    void write_definitions(const Communique& communique);
    Xapian::WritableDatabase& shard(const std::string& communique_id) const;

    Xapian::WritableDatabase& catalog_;  // the records: the index's one database, or its catalog
    std::vector<Xapian::WritableDatabase*> shards_;
    const IndexingRules& rules_;
    DocumentBuilder documents_;
};

} // namespace plenary
