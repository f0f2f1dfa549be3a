#include "metadata_title.h"

#include "meeting_dates.h"
#include "meeting_mentions.h"
#include "meeting_place.h"
#include "proper_names.h"

namespace plenary::loader {
namespace {

std::string heading_title(const Lead& lead) {
    for (std::size_t i = 0; i < lead.headings; ++i)
        if (!lead.texts[i].empty() && !is_only_a_dateline(lead.texts[i])) return lead.texts[i];
    return {};
}

std::string meeting_title(const CommuniqueMetadata& metadata, const std::string& organisation) {
    if (!metadata.plenary && organisation.empty() && metadata.city.empty()) return {};
    std::string title = metadata.plenary ? ordinal_in_digits(*metadata.plenary) + " Plenary Meeting" : "Plenary Meeting";
    if (!organisation.empty()) title += " of the " + organisation;
    if (!metadata.city.empty()) title += ", " + metadata.city;
    const std::string when = month_and_year(metadata.dates, metadata.year);
    if (!when.empty()) title += ", " + when;
    return title;
}

// "1790_george_washington_n.txt" -> "1790 george washington n".
std::string file_name_title(const std::filesystem::path& file) {
    std::string stem = file.stem().string();
    for (char& c : stem)
        if (c == '_' || c == '-') c = ' ';
    return join(split_words(stem), " ");
}

} // namespace

std::string choose_title(const TitleSources& sources, const CommuniqueMetadata& metadata) {
    for (const std::string& title : {heading_title(sources.lead), sources.document_title,
                                     meeting_title(metadata, sources.organisation_full_name),
                                     file_name_title(sources.file)})
        if (!title.empty()) return title;
    return {};
}

} // namespace plenary::loader
