#include "plenary/facets.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "plenary/index_schema.h"

namespace plenary {

namespace {

// Counts the tags of a multi-valued slot; ValueCountMatchSpy counts a slot's whole value.
class TagCountSpy : public Xapian::MatchSpy {
public:
    void operator()(const Xapian::Document& document, double) override {
        for (auto& tag : schema::tags_from_value(document.get_value(schema::tags_slot))) ++counts_[tag];
    }
    const std::map<std::string, Xapian::doccount>& counts() const { return counts_; }

private:
    std::map<std::string, Xapian::doccount> counts_;
};

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

} // namespace

struct FacetSpies::Spies {
    Xapian::ValueCountMatchSpy year{schema::year_slot};
    Xapian::ValueCountMatchSpy city{schema::city_slot};
    TagCountSpy tag;
};

FacetSpies::FacetSpies(Xapian::Enquire& enquire) : spies_(std::make_unique<Spies>()) {
    enquire.add_matchspy(&spies_->tag);
    enquire.add_matchspy(&spies_->year);
    enquire.add_matchspy(&spies_->city);
}

FacetSpies::~FacetSpies() = default;

Facets FacetSpies::facets(Xapian::doccount matches) const {
    Facets facets;
    facets.matches = matches;
    for (const auto& [tag, count] : spies_->tag.counts()) facets.tag.push_back({tag, count});
    facets.tag = sorted(std::move(facets.tag));
    facets.year = counts_of(spies_->year);
    facets.city = counts_of(spies_->city);
    return facets;
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

} // namespace plenary
