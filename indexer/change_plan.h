// What a run does with each source file, decided before it reads any: a file the index does not
// know is new, a known file whose size or modification time (its own or its sidecar's) differs is
// changed, any other known file is unchanged and skipped, unless the run re-reads every file: then
// every file the index knows is re-read, named in the run or not, so that changed tag rules reach
// every passage.
#pragma once

#include <xapian.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "plenary/index_schema.h"

namespace plenary {

// What an index records of its source files, by path.
using KnownSources = std::map<std::string, schema::SourceRecord>;

KnownSources known_sources(const Xapian::Database& db);

// A file's state now, as the index records it (without a communiqué id); size and times 0 when
// the file cannot be examined.
schema::SourceRecord source_state(const std::filesystem::path& file);

struct FileChange {
    // reread: a known file the run does not name, read again because the rules changed
    enum class Kind { added, changed, unchanged, reread };
    Kind kind;
    schema::SourceRecord source;  // the file's state now and the id of its communiqué
};

// One change per file, in order; with reread_all, then one (reread) per known file that the run
// does not name and that is still there. A known file keeps its communiqué's id; a new one gets
// the id of its name, made unique among the known ids and those given before it ("rome",
// "rome-2", ...).
std::vector<FileChange> plan_changes(const std::vector<std::filesystem::path>& files, const KnownSources& known,
                                     bool reread_all);

// The known sources whose files are gone.
std::vector<schema::SourceRecord> gone_sources(const KnownSources& known);

// The known sources whose files are under one of folders (absolute and normal) and not among the
// files found there: deleted, renamed, hidden or ignored (a file of an unsupported type, indexed
// by naming it on its own, stays while it exists). Files under a folder the walk could not read
// are out of reach, not missing.
std::vector<schema::SourceRecord> missing_from_folders(const KnownSources& known, const std::vector<std::filesystem::path>& files,
                                                       const std::vector<std::filesystem::path>& folders,
                                                       const std::vector<std::filesystem::path>& unreadable_folders);

} // namespace plenary
