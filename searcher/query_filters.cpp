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

namespace {

bool holds_positions(const Xapian::Query& query) {
    const auto type = query.get_type();
    if (type == Xapian::Query::OP_PHRASE || type == Xapian::Query::OP_NEAR) return true;
    for (std::size_t i = 0; i < query.get_num_subqueries(); ++i)
        if (holds_positions(query.get_subquery(i))) return true;
    return false;
}

} // namespace

Xapian::Query weighed_only_where(const Xapian::Query& query, const Xapian::Query& where) {
    if (!holds_positions(query)) return Xapian::Query(Xapian::Query::OP_FILTER, query, where);
    Xapian::Query matching(Xapian::Query::OP_FILTER, Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, where, 0), query);
    return Xapian::Query(Xapian::Query::OP_AND_MAYBE, matching, query);
}

} // namespace plenary
