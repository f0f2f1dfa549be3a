#include "query_filters.h"

#include <fmt/format.h>

#include "plenary/index_schema.h"
#include "plenary/strings.h"

namespace plenary {

std::string folded_id(std::string_view id) { return lowercase_ascii(id); }

Xapian::Query year_filter(const YearRange& range) {
    if (range.from && range.to && *range.from == *range.to) {
        return Xapian::Query(fmt::format("{}{}", schema::year_prefix, *range.from));
    }
    if (range.from && range.to) {
        return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::year_slot, schema::year_value(*range.from),
                             schema::year_value(*range.to));
    }
    if (range.from) return Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::year_slot, schema::year_value(*range.from));
    return Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::year_slot, schema::year_value(*range.to));
}

namespace {

Xapian::Query id_term(std::string_view prefix, std::string_view id) {
    std::string term(prefix);
    term += folded_id(id);
    return Xapian::Query(term);
}

} // namespace

Xapian::Query tag_filter(std::string_view tag) { return id_term(schema::tag_prefix, tag); }

Xapian::Query doc_filter(std::string_view communique_id) { return id_term(schema::doc_prefix, communique_id); }

Xapian::Query passage_filter(std::string_view passage_id) { return id_term(schema::passage_prefix, passage_id); }

Xapian::Query weighed_only_where(const Xapian::Query& query, const Xapian::Query& where) {
    Xapian::Query matching(Xapian::Query::OP_FILTER, Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, where, 0), query);
    return Xapian::Query(Xapian::Query::OP_AND_MAYBE, matching, query);
}

} // namespace plenary
