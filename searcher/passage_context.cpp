// Searcher::context, passage, passages_of and communiques: passages found by their ids
// (communiqué#ordinal), and the communiqués' records.
#include <algorithm>
#include <charconv>

#include "plenary/database.h"
#include "plenary/searcher.h"

namespace plenary {

namespace {

std::optional<schema::PassageRecord> passage_by_id(const Xapian::Database& db, const std::string& id) {
    std::string term = std::string(schema::passage_prefix) + id;
    auto posting = db.postlist_begin(term);
    if (posting == db.postlist_end(term)) return std::nullopt;
    return schema::decode_passage(db.get_document(*posting).get_data());
}

// 7 for "2013-rome-27th-plenary#7"; 0 for an id without an ordinal.
std::uint32_t ordinal_of(const std::string& passage_id) {
    auto hash = passage_id.rfind('#');
    std::uint32_t ordinal = 0;
    if (hash != std::string::npos) std::from_chars(passage_id.data() + hash + 1, passage_id.data() + passage_id.size(), ordinal);
    return ordinal;
}

// Time order: year (none first), plenary number, id.
bool earlier(const schema::CommuniqueRecord& a, const schema::CommuniqueRecord& b) {
    return std::tie(a.metadata.year, a.metadata.plenary, a.id) < std::tie(b.metadata.year, b.metadata.plenary, b.id);
}

} // namespace

std::optional<schema::PassageRecord> Searcher::passage(const std::string& id) {
    return read_latest(db_, [&] { return passage_by_id(db_, id); });
}

std::vector<schema::PassageRecord> Searcher::passages_of(const schema::CommuniqueRecord& communique) {
    return read_latest(db_, [&] {
        std::vector<schema::PassageRecord> passages;
        for (std::uint32_t n = 1; n <= communique.passages; ++n) {
            if (auto found = passage_by_id(db_, communique.id + "#" + std::to_string(n))) passages.push_back(std::move(*found));
        }
        return passages;
    });
}

std::vector<std::shared_ptr<const schema::CommuniqueRecord>> Searcher::communiques() {
    const std::string prefix(schema::communique_key_prefix);
    std::vector<std::string> ids = read_latest(db_, [&] {
        std::vector<std::string> found;
        for (auto key = db_.metadata_keys_begin(prefix); key != db_.metadata_keys_end(prefix); ++key) {
            found.push_back((*key).substr(prefix.size()));
        }
        return found;
    });
    std::vector<std::shared_ptr<const schema::CommuniqueRecord>> records;
    for (const auto& id : ids) records.push_back(communique(id));
    std::sort(records.begin(), records.end(), [](const auto& a, const auto& b) { return earlier(*a, *b); });
    return records;
}

PassageContext Searcher::context(const schema::PassageRecord& passage, std::size_t count) {
    const std::uint32_t ordinal = ordinal_of(passage.passage_id);
    if (ordinal == 0 || count == 0) return {};
    auto id = [&](std::size_t n) { return passage.communique_id + "#" + std::to_string(n); };
    return read_latest(db_, [&] {
        PassageContext context;
        for (std::size_t n = ordinal > count ? ordinal - count : 1; n < ordinal; ++n) {
            if (auto found = passage_by_id(db_, id(n))) context.before.push_back(std::move(*found));
        }
        for (std::size_t n = ordinal + 1; n <= ordinal + count; ++n) {
            auto found = passage_by_id(db_, id(n));
            if (!found) break;
            context.after.push_back(std::move(*found));
        }
        return context;
    });
}

} // namespace plenary
