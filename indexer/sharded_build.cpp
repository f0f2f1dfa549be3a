#include <fmt/format.h>

#include "change_plan.h"
#include "first_build.h"
#include "index_writer.h"
#include "parallel_tasks.h"
#include "plenary/database.h"
#include "plenary/index_schema.h"
#include "shard_routing.h"
#include "sharded_index.h"
#include "work_folder.h"
#include "write_changes.h"

namespace plenary {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view work_prefix = ".shards-";

std::string catalog_part_name(std::size_t shard) { return fmt::format("catalog-{}", shard); }

// What a killed first build may have left: its work folder, shards and catalog moved in before the stub.
void remove_leftovers(const fs::path& index_dir) {
    WorkFolder::remove_leftovers(index_dir, work_prefix);
    WorkFolder::remove_leftovers(index_dir, shard_folder_name(0).substr(0, 6));  // "shard-"
    fs::remove_all(index_dir / catalog_folder_name);
}

// The plan's files by the shard of their communiqué.
std::vector<std::vector<FileChange>> route(std::vector<FileChange> plan, std::size_t shards) {
    std::vector<std::vector<FileChange>> parts(shards);
    for (auto& change : plan) parts[shard_of(change.source.communique_id, shards)].push_back(std::move(change));
    return parts;
}

// One shard's passages, and its share of the catalog in a database of its own. Both are scratch
// until compacted (no fsync); the shard is compacted as the one database of a bulk build is, into
// full blocks that take less room and fewer reads.
IndexReport fill_shard(const WorkFolder& work, std::size_t shard, std::size_t shards, const std::vector<FileChange>& part,
                       const IndexingRules& rules, RunProgress& progress) {
    const std::string filled = (work / ("filled-" + shard_folder_name(shard))).string();
    Xapian::WritableDatabase documents(filled, Xapian::DB_CREATE | Xapian::DB_NO_SYNC);
    Xapian::WritableDatabase records((work / catalog_part_name(shard)).string(), Xapian::DB_CREATE | Xapian::DB_NO_SYNC);
    IndexWriter writer(records, {&documents}, rules);
    IndexReport report = write_changes(part, writer, progress);
    writer.finish();
    records.set_metadata(std::string(shard_count_key), std::to_string(shards));
    mark_shard(documents, shard, shards);
    documents.commit();
    records.commit();
    documents.close();
    Xapian::Database(filled).compact((work / shard_folder_name(shard)).string(), Xapian::Compactor::FULL);
    fs::remove_all(filled);
    return report;
}

// The shards' parts of the catalog merged by Xapian's compactor, which adds up the spelling
// frequencies and joins the synonyms and records.
void merge_catalog(const WorkFolder& work, std::size_t shards) {
    Xapian::Database parts;
    for (std::size_t shard = 0; shard < shards; ++shard) parts.add_database(Xapian::Database((work / catalog_part_name(shard)).string()));
    parts.compact((work / std::string(catalog_folder_name)).string(), Xapian::Compactor::FULL);
}

// The shards and the catalog first, the stub that makes them an index last.
void move_into_place(const WorkFolder& work, const fs::path& index_dir, std::size_t shards) {
    std::vector<std::string> shard_names;
    for (std::size_t shard = 0; shard < shards; ++shard) shard_names.push_back(shard_folder_name(shard));
    auto folders = shard_names;
    folders.emplace_back(catalog_folder_name);
    for (const auto& name : folders) {
        sync_folder(work / name);  // written without fsync, as scratch
        fs::rename(work / name, index_dir / name);
    }
    sync_path(index_dir);
    write_stub(index_dir / stub_file_name, shard_names);
    sync_path(index_dir);
}

} // namespace

void mark_shard(Xapian::WritableDatabase& shard, std::size_t number, std::size_t count) {
    shard.set_metadata(std::string(schema::format_key), std::string(schema::format_version));
    shard.set_metadata(std::string(shard_number_key), std::to_string(number));
    shard.set_metadata(std::string(shard_count_key), std::to_string(count));
}

IndexReport build_sharded(const std::vector<fs::path>& files, const IndexOptions& options, const IndexingRules& rules) {
    const std::size_t shards = options.shards;
    remove_leftovers(options.index_dir);
    WorkFolder work(options.index_dir, work_prefix);
    auto parts = route(plan_changes(files, {}, false), shards);
    std::vector<IndexReport> reports(shards);
    RunProgress progress(options.progress, files.size(), options.interrupted);
    run_in_parallel(shards, build_threads(options), [&](std::size_t shard) {
        reports[shard] = fill_shard(work, shard, shards, parts[shard], rules, progress);
    });
    merge_catalog(work, shards);
    move_into_place(work, options.index_dir, shards);
    IndexReport report;
    for (auto& part : reports) add_up(report, std::move(part));
    return report;
}

} // namespace plenary
