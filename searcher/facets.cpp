#include "plenary/facets.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "plenary/index_schema.h"

namespace plenary {

namespace {

std::vector<FacetCount> sorted(std::vector<FacetCount> counts) {
    std::sort(counts.begin(), counts.end(), [](const FacetCount& a, const FacetCount& b) {
        return a.count != b.count ? a.count > b.count : a.value < b.value;
    });
    return counts;
}

std::vector<FacetCount> counts_of(const Xapian::ValueCountMatchSpy& spy) {
    std::vector<FacetCount> counts;
    for (auto value = spy.values_begin(); value != spy.values_end(); ++value) {
        if (!(*value).empty()) counts.push_back({*value, value.get_termfreq()});
    }
    return sorted(std::move(counts));
}

nlohmann::ordered_json counts_json(const std::vector<FacetCount>& counts) {
    auto json = nlohmann::ordered_json::object();
    for (const auto& [value, count] : counts) json[value] = count;
    return json;
}

// Xapian's own spies, which a remote shard runs and whose counts it sends back (a spy of our own it
// would not know). The tags are counted as each passage's whole set of tags, split afterwards.
struct Spies {
    Xapian::ValueCountMatchSpy year{schema::year_slot};
    Xapian::ValueCountMatchSpy city{schema::city_slot};
    Xapian::ValueCountMatchSpy tag{schema::tags_slot};
};

std::vector<FacetCount> tag_counts(const Xapian::ValueCountMatchSpy& spy) {
    std::map<std::string, Xapian::doccount> tags;
    for (auto value = spy.values_begin(); value != spy.values_end(); ++value) {
        for (const auto& tag : schema::tags_from_value(*value)) tags[tag] += value.get_termfreq();
    }
    std::vector<FacetCount> counts;
    for (const auto& [tag, count] : tags) counts.push_back({tag, count});
    return sorted(std::move(counts));
}

} // namespace

Facets count_facets(const Xapian::Database& db, const Xapian::Query& query) {
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    Spies spies;
    for (Xapian::MatchSpy* spy : std::initializer_list<Xapian::MatchSpy*>{&spies.tag, &spies.year, &spies.city}) {
        enquire.add_matchspy(spy);
    }
    Xapian::MSet all = enquire.get_mset(0, 0, db.get_doccount());
    return {all.get_matches_estimated(), tag_counts(spies.tag), counts_of(spies.year), counts_of(spies.city)};
}

nlohmann::ordered_json facets_json(const Facets& facets) {
    return {{"type", "summary"},
            {"matches", facets.matches},
            {"facets", {{"tag", counts_json(facets.tag)}, {"year", counts_json(facets.year)}, {"city", counts_json(facets.city)}}}};
}

void print_facets(std::ostream& out, const Facets& facets, std::size_t width) {
    out << fmt::format("Facets of {} matching passage{}:\n", facets.matches, facets.matches == 1 ? "" : "s");
    constexpr std::string_view indent = "        ";
    auto line = [&](std::string_view name, const std::vector<FacetCount>& counts) {
        std::string text = fmt::format("  {:<6}", name);
        if (counts.empty()) text += "-";
        for (std::size_t i = 0; i < counts.size(); ++i) {
            std::string item = fmt::format("{} {}{}", counts[i].value, counts[i].count, i + 1 < counts.size() ? "," : "");
            if (text.size() > indent.size() && text.size() + 1 + item.size() > width) {
                out << text << '\n';
                text = indent;
            } else if (text.size() > indent.size()) {
                text += ' ';
            }
            text += item;
        }
        out << text << '\n';
    };
    line("tag", facets.tag);
    line("year", facets.year);
    line("city", facets.city);
}

void print_year_bars(std::ostream& out, const Facets& facets, std::size_t width) {
    std::vector<FacetCount> years = facets.year;
    std::sort(years.begin(), years.end(), [](const FacetCount& a, const FacetCount& b) { return a.value < b.value; });
    Xapian::doccount highest = 0;
    std::size_t label_width = 0;
    for (const auto& [year, count] : years) {
        highest = std::max(highest, count);
        label_width = std::max(label_width, year.size());
    }
    const std::size_t count_width = std::to_string(highest).size();
    const std::size_t room = width > label_width + count_width + 6 ? width - label_width - count_width - 6 : 1;
    for (const auto& [year, count] : years) {
        const std::size_t length = std::max<std::size_t>(1, count * room / highest);
        std::string bar;
        for (std::size_t i = 0; i < length; ++i) bar += "\u2588";
        out << fmt::format("  {:<{}} {} {}\n", year, label_width, bar, count);
    }
}

} // namespace plenary
