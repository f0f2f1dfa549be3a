#include "metadata_extraction.h"

#include "meeting_dates.h"
#include "meeting_mentions.h"
#include "meeting_place.h"
#include "metadata_title.h"
#include "proper_names.h"

#include <algorithm>

namespace plenary::loader {
namespace {

constexpr std::size_t lead_passages = 2;
// The meeting is stated at the start; a bound keeps regex searches cheap on huge passages.
constexpr std::size_t lead_text_max_bytes = 4096;

std::string lead_text(std::string_view text) {
    if (text.size() <= lead_text_max_bytes) return std::string(text);
    return std::string(text.substr(0, text.rfind(' ', lead_text_max_bytes)));
}

// A heading without its markdown marks ("## Title" -> "Title").
std::string heading_text(std::string_view line) {
    const std::size_t text_start = line.find_first_not_of("# ");
    return text_start == std::string_view::npos ? std::string() : std::string(line.substr(text_start));
}

Lead lead_of(const std::vector<std::string>& headings, const std::vector<Passage>& passages) {
    Lead lead;
    for (const std::string& line : headings) lead.texts.push_back(lead_text(heading_text(line)));
    lead.headings = lead.texts.size();
    for (std::size_t i = 0; i < std::min(lead_passages, passages.size()); ++i)
        lead.texts.push_back(lead_text(passages[i].text));
    return lead;
}

// "chaired by Ambassador Carlo Trezza, who ..." -> "Ambassador Carlo Trezza".
std::string find_chair(const Lead& lead) {
    static constexpr std::string_view marker = "chaired by ";
    for (const std::string_view text : lead.texts) {
        const std::size_t at = text.find(marker);
        if (at == std::string_view::npos) continue;
        const std::string chair = proper_name_at(
            text.substr(at + marker.size()),
            {"de", "da", "di", "del", "della", "van", "von", "der", "den", "du", "dos", "das", "la", "le", "bin", "al"});
        if (!chair.empty()) return chair;
    }
    return {};
}

// The first dates after a mention of the meeting in its text, else before it.
std::string dates_near(const Lead& lead, const Mention& mention) {
    const std::string& text = lead.texts[mention.text];
    std::smatch match;
    const std::string after = text.substr(mention.end);
    if (std::regex_search(after, match, dates_regex())) return dates_as_written(match.str());
    std::string last_before;
    const std::string before = text.substr(0, mention.begin);
    for (auto it = std::sregex_iterator(before.begin(), before.end(), dates_regex()); it != std::sregex_iterator(); ++it)
        last_before = dates_as_written(it->str());
    return last_before;
}

struct Meeting {
    std::optional<OrganisationMention> organisation;
    std::optional<Ordinal> ordinal;
    std::optional<City> city;
    std::optional<Dateline> dateline;
};

void read_place_and_dates(const Lead& lead, const Meeting& meeting, CommuniqueMetadata& metadata) {
    std::vector<Mention> mentions;
    if (meeting.city) mentions.push_back(meeting.city->mention);
    if (meeting.ordinal) mentions.push_back(meeting.ordinal->mention);
    std::sort(mentions.begin(), mentions.end(), earlier);
    for (const Mention& mention : mentions)
        if (metadata.dates.empty()) metadata.dates = dates_near(lead, mention);
    if (metadata.dates.empty() && meeting.dateline) metadata.dates = meeting.dateline->dates;
    if (meeting.city) {
        metadata.city = meeting.city->name;
    } else if (meeting.dateline) {
        metadata.city = meeting.dateline->city;
    }
    if (meeting.dateline && equals_ignoring_ascii_case(meeting.dateline->city, metadata.city))
        metadata.country = meeting.dateline->country;
    if (metadata.country.empty() && !metadata.city.empty()) metadata.country = find_country(lead, metadata.city);
}

} // namespace

CommuniqueMetadata extract_metadata(const std::vector<std::string>& headings, const std::vector<Passage>& passages,
                                    const std::filesystem::path& file, const std::string& document_title) {
    const Lead lead = lead_of(headings, passages);
    CommuniqueMetadata metadata;
    Meeting meeting{find_organisation(lead), find_plenary_ordinal(lead), std::nullopt, std::nullopt};
    if (meeting.organisation || meeting.ordinal || names_a_meeting(lead)) {
        meeting.city = find_city_after_cue(lead);
        meeting.dateline = find_dateline(lead);
        if (meeting.organisation) metadata.org = meeting.organisation->organisation->stored_name;
        if (meeting.ordinal) metadata.plenary = meeting.ordinal->number;
        read_place_and_dates(lead, meeting, metadata);
        metadata.chair = find_chair(lead);
    }
    metadata.year = year_in(metadata.dates);
    if (!metadata.year) metadata.year = year_of_file_name(file);
    TitleSources titles{lead, document_title, file, {}};
    if (meeting.organisation) titles.organisation_full_name = meeting.organisation->organisation->full_name;
    metadata.title = choose_title(titles, metadata);
    return metadata;
}

} // namespace plenary::loader

namespace plenary {

const std::string& metadata_rules_fingerprint() { return loader::metadata_rules().fingerprint; }

std::string organisation_full_name(std::string_view org) {
    for (const loader::Organisation& organisation : loader::metadata_rules().organisations)
        if (organisation.stored_name == org) return organisation.full_name;
    return {};
}

} // namespace plenary
