// How plenary lays passages out in a Xapian database: term prefixes, value slots,
// metadata keys and the record stored as each document's data. The indexer writes
// this layout and the searcher reads it.
#pragma once

#include <xapian.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "plenary/communique_metadata.h"

namespace plenary::schema {

// Bumped whenever an existing index can no longer be read as it is.
inline constexpr std::string_view format_version = "2";
inline constexpr std::string_view format_key = "plenary:format";
// What the passages' derived fields (tags, field terms, value slots) were computed with, and with
// which metadata rules; when it differs from the running indexer's, plenary-index re-reads every
// file the index knows instead of skipping unchanged ones.
inline constexpr std::string_view analysis_key = "plenary:analysis";
// The tag names of the rules the index was built with, space-separated.
inline constexpr std::string_view tag_names_key = "plenary:tags";
// Where the last run's vocabulary and tag rules came from ("built-in", a path, or "none"), and
// when it committed (UTC, "2024-05-01 12:00:00"): what plenary-index --status shows.
inline constexpr std::string_view vocabulary_source_key = "plenary:vocabulary-source";
inline constexpr std::string_view tag_rules_source_key = "plenary:tag-rules-source";
inline constexpr std::string_view updated_key = "plenary:updated";

// Term prefixes, after Omega's conventions. Body words are unprefixed stems, with positions.
inline constexpr std::string_view passage_prefix = "Q";   // unique passage id
inline constexpr std::string_view doc_prefix = "XD";      // communiqué id
inline constexpr std::string_view year_prefix = "Y";      // boolean: the year, for year: filters
inline constexpr std::string_view city_prefix = "XC";     // boolean: folded city name, words joined by '-'
inline constexpr std::string_view tag_prefix = "K";

// The communiqué's fields as words of every passage (stems, no positions), each field under its
// own prefix so that they weigh apart from the body: a query word may be satisfied by them, but
// only body words make a passage a hit.
inline constexpr std::string_view title_word_prefix = "S";    // Omega's title prefix
inline constexpr std::string_view city_word_prefix = "XP";    // place
inline constexpr std::string_view country_word_prefix = "XN"; // nation
inline constexpr std::string_view org_word_prefix = "XO";     // organisation and its full name, also for org:
inline constexpr std::string_view year_word_prefix = "XY";
inline constexpr std::array<std::string_view, 5> field_word_prefixes{
    title_word_prefix, city_word_prefix, country_word_prefix, org_word_prefix, year_word_prefix};

inline constexpr Xapian::valueno year_slot = 0;           // four-digit year, for ranges
inline constexpr Xapian::valueno sort_slot = 1;           // passage order: ties in score rank by it
inline constexpr Xapian::valueno city_slot = 2;           // the communiqué's city as written, for facets
inline constexpr Xapian::valueno tags_slot = 3;           // the passage's tags (tags_value), for facets

// The tags of a passage as one value (space-separated: tag names are [a-z0-9-]), and back.
std::string tags_value(const std::vector<std::string>& tags);
std::vector<std::string> tags_from_value(std::string_view value);

// Metadata keys.
inline constexpr std::string_view communique_key_prefix = "communique:"; // + id: CommuniqueRecord JSON
inline constexpr std::string_view source_key_prefix = "source:";         // + path hash: SourceRecord JSON
// + communiqué id: the terms its text defines, one vocabulary line each ("TEM = Technical Experts Meeting").
inline constexpr std::string_view definitions_key_prefix = "definitions:";

// The synonym table: each key (the stems of an alternative, or an acronym in capitals that is
// also a function word: "US") lists the other alternatives of its groups, each the stems it
// searches for, after a mark for a related concept or a term the indexed text defines.
inline constexpr char related_synonym_mark = '~';
inline constexpr char defined_synonym_mark = '+';

// The stored data of one passage document: enough to print a hit.
struct PassageRecord {
    std::string passage_id;
    std::string communique_id;
    std::optional<std::uint64_t> start;  // source bytes; none for PDF
    std::optional<std::uint64_t> end;
    std::uint32_t line = 0;              // 1-based line and column of the start (0: none, PDF)
    std::uint32_t column = 0;
    std::uint32_t page = 0;              // 1-based first page (0: none, text formats)
    std::vector<std::string> tags;
    std::string text;
};
std::string encode(const PassageRecord& record);
PassageRecord decode_passage(std::string_view data);

// What a hit shows of its communiqué, stored once per communiqué.
struct CommuniqueRecord {
    std::string id;
    std::string file;
    std::string format;  // "text", "markdown", "html" or "pdf"
    CommuniqueMetadata metadata;
    std::uint32_t passages = 0;
};
std::string encode(const CommuniqueRecord& record);
CommuniqueRecord decode_communique(std::string_view json);

// What the indexer remembers of a source file to skip it when unchanged.
struct SourceRecord {
    std::string file;
    std::string communique_id;
    std::uint64_t size = 0;
    std::int64_t mtime_ns = 0;
    std::int64_t sidecar_mtime_ns = 0;  // 0: no sidecar
};
std::string encode(const SourceRecord& record);
SourceRecord decode_source(std::string_view json);
std::string source_key(std::string_view file);

// The normalized forms used in boolean terms.
std::string city_term(std::string_view folded_city_words);
std::string year_value(int year);
std::string sort_value(std::string_view communique_id, std::uint32_t ordinal);
// The passage id ("communiqué-id#7") of a passage's sort value ("communiqué-id#00000007").
std::string passage_id_of_sort_value(std::string_view value);

} // namespace plenary::schema
