#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "defined_terms.h"
#include "plenary/database.h"
#include "plenary/files.h"
#include "plenary/index_layout.h"
#include "plenary/index_schema.h"
#include "plenary/indexer.h"
#include "plenary/strings.h"
#include "plenary/vocabulary.h"

namespace plenary {

namespace fs = std::filesystem;

namespace {

// A vocabulary file's groups as written: its lines without comments and blank lines.
VocabularySource file_source(std::string name, std::string_view text) {
    VocabularySource source{std::move(name), {}};
    for (auto line : split_lines(text)) {
        line = trim(line);
        if (!line.empty() && line.front() != '#') source.lines.emplace_back(line);
    }
    return source;
}

std::vector<VocabularySource> file_sources(const fs::path& vocabulary_dir) {
    std::vector<VocabularySource> sources;
    if (vocabulary_dir.empty()) {
        for (const auto& file : builtin_vocabulary_files()) {
            sources.push_back(file_source(fmt::format("analyzers/vocabulary/{} (built in)", file.name), file.text));
        }
        return sources;
    }
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(vocabulary_dir)) {
        if (entry.path().extension() == ".txt") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) sources.push_back(file_source(file.string(), read_text_file(file)));
    return sources;
}

// The terms each communiqué of the index defines in its text, which a sharded index keeps in its
// catalog with the other records.
std::vector<VocabularySource> defined_sources(const fs::path& index_dir) {
    std::vector<VocabularySource> sources;
    const fs::path records = index_layout(index_dir).database;
    if (!holds_xapian_database(records)) return sources;
    Xapian::Database db(records.string());
    std::string prefix(schema::definitions_key_prefix);
    for (auto key = db.metadata_keys_begin(prefix); key != db.metadata_keys_end(prefix); ++key) {
        std::string lines = db.get_metadata(*key);
        if (!lines.empty()) sources.push_back(file_source(fmt::format("defined in the text of {}", (*key).substr(prefix.size())), lines));
    }
    return sources;
}

} // namespace

std::vector<VocabularySource> vocabulary_sources(const IndexOptions& options) {
    auto sources = file_sources(options.vocabulary_dir);
    for (auto& source : defined_sources(options.index_dir)) sources.push_back(std::move(source));
    return sources;
}

} // namespace plenary
