#include "field_values.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "known_tags.h"
#include "plenary/index_schema.h"
#include "plenary/query_error.h"
#include "plenary/strings.h"
#include "query_filters.h"

namespace plenary {

namespace {

bool matches_any(const Xapian::Database& db, const Xapian::Query& filter) {
    Xapian::Enquire enquire(db);
    enquire.set_query(filter);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    return !enquire.get_mset(0, 1).empty();
}

// The values of the filter terms under prefix, with '-' read as a space when dashes_are_spaces.
std::set<std::string> values_under(const Xapian::Database& db, std::string_view prefix, bool dashes_are_spaces = false) {
    std::set<std::string> values;
    std::string start(prefix);
    for (auto term = db.allterms_begin(start); term != db.allterms_end(start); ++term) {
        std::string value = (*term).substr(prefix.size());
        if (dashes_are_spaces) std::replace(value.begin(), value.end(), '-', ' ');
        values.insert(std::move(value));
    }
    return values;
}

// The organisations of the communiqués as their records name them, lowercased as org: takes them
// ("nsg", "australia group").
std::set<std::string> organisations(const Xapian::Database& db) {
    std::set<std::string> orgs;
    std::string prefix(schema::communique_key_prefix);
    for (auto key = db.metadata_keys_begin(prefix); key != db.metadata_keys_end(prefix); ++key) {
        std::string org = schema::decode_communique(db.get_metadata(*key)).metadata.org;
        if (!org.empty()) orgs.insert(lowercase_ascii(org));
    }
    return orgs;
}

std::string listed(const std::set<std::string>& values) {
    std::string list;
    for (const auto& value : values) list += (list.empty() ? "" : ", ") + value;
    return list;
}

// "; the cities are a, b" or ": did you mean a?", whichever helps; communiqué ids are too many to list.
std::string hint(const std::string& value, const std::set<std::string>& known, std::string_view plural, bool list = true) {
    if (known.empty()) return fmt::format("; the index records no {}", plural);
    std::string suggestion = closest_known(lowercase_ascii(value), known);
    std::string did_you_mean = suggestion.empty() ? "" : fmt::format(": did you mean {}?", suggestion);
    if (!list) return suggestion.empty() ? fmt::format("; plenary-index --list names the {}", plural) : did_you_mean;
    return did_you_mean.empty() ? fmt::format("; the {} are {}", plural, listed(known))
                                : fmt::format("{} The {} are {}", did_you_mean, plural, listed(known));
}

std::string years_text(const YearRange& years) {
    if (years.from && years.to && *years.from == *years.to) return fmt::format("from {}", *years.from);
    if (years.from && years.to) return fmt::format("from {} to {}", *years.from, *years.to);
    if (years.from) return fmt::format("from {} on", *years.from);
    return fmt::format("up to {}", *years.to);
}

// The years as runs: "1790..1932, 1934..2021" for the speeches, "2001, 2004, 2011" where no three follow.
std::string years_listed(const std::set<std::string>& values) {
    std::vector<int> years;
    for (const auto& value : values) years.push_back(std::stoi(value));
    std::sort(years.begin(), years.end());
    std::string list;
    for (std::size_t first = 0, last = 0; first < years.size(); first = last + 1) {
        last = first;
        while (last + 1 < years.size() && years[last + 1] == years[last] + 1) ++last;
        const std::string run = last - first >= 2 ? fmt::format("{}..{}", years[first], years[last])
                                                  : last > first ? fmt::format("{}, {}", years[first], years[last])
                                                                 : std::to_string(years[first]);
        list += (list.empty() ? "" : ", ") + run;
    }
    return list;
}

std::string no_year_error(const Xapian::Database& db, const YearRange& range) {
    auto years = values_under(db, schema::year_prefix);
    return fmt::format("no communiqué {}{}", years_text(range), years.empty() ? "; the index records no years" : "; the years are " + years_listed(years));
}

std::string no_match_error(const Xapian::Database& db, const QueryNode& field) {
    const std::string value = printable(field.text);
    switch (field.field) {
    case QueryField::tag: return unknown_tag_error(db, folded_id(field.text));
    case QueryField::doc:
        return fmt::format("no communiqué with id \"{}\"{}", value, hint(folded_id(field.text), values_under(db, schema::doc_prefix), "communiqués", false));
    case QueryField::passage: break;
    case QueryField::city:
        return fmt::format("no communiqué from a meeting in \"{}\"{}", value, hint(field.text, values_under(db, schema::city_prefix, true), "cities"));
    case QueryField::org:
        return fmt::format("no communiqué of the organisation \"{}\"{}", value, hint(field.text, organisations(db), "organisations"));
    case QueryField::year: return no_year_error(db, field.years);
    }
    return {};
}

} // namespace

void check_years_held(const Xapian::Database& db, const YearRange& years) {
    if (!matches_any(db, year_filter(years))) throw std::runtime_error(no_year_error(db, years));
}

void check_field_value(const Xapian::Database& db, const QueryNode& field, const Xapian::Query& filter) {
    if (matches_any(db, filter)) return;
    std::string error = no_match_error(db, field);
    if (!error.empty()) throw QueryError(field.span.column(), error);
}

} // namespace plenary
