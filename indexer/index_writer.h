// Writes a run's changes into an index, or a shard of one, inside the caller's transaction:
// communiqués (their passage documents, their record, their source file's record, the terms their
// text defines), removals, and at the end the run-wide data.
#pragma once

#include <xapian.h>

#include "change_plan.h"
#include "document_builder.h"
#include "indexing_rules.h"

namespace plenary {

class IndexWriter {
public:
    IndexWriter(Xapian::WritableDatabase& db, const IndexingRules& rules)
        : db_(db), rules_(rules), documents_(rules.tagger) {}

    // Writes the communiqué of a new, changed or re-read file, under the id the plan gave it
    // (communique.id); a known file's communiqué replaces the one it had.
    void write(const Communique& communique, const FileChange& change);

    // Removes a source file's communiqué.
    void remove(const schema::SourceRecord& source);

    // Removes every document and every metadata entry.
    void remove_all();

    // Writes what the whole run determines: the synonyms (the run's vocabulary and the terms every
    // communiqué of the index defines), the spelling of the words written, the format, the analysis
    // fingerprint and the tag names.
    void finish();

private:
    void write_definitions(const Communique& communique);

    Xapian::WritableDatabase& db_;
    const IndexingRules& rules_;
    DocumentBuilder documents_;
};

} // namespace plenary
