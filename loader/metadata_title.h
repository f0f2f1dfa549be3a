// A statement's title: a heading of the document, never a sentence of its body.
#pragma once

#include "metadata_lead.h"
#include "plenary/communique_metadata.h"

#include <filesystem>
#include <string>

namespace plenary::loader {

struct TitleSources {
    const Lead& lead;
    const std::string& document_title;   // HTML <title>, PDF info; may be empty
    const std::filesystem::path& file;
    std::string organisation_full_name;  // of the organisation that met, if known
};

// The first heading line that is more than a dateline; else the title the document states; else,
// for a meeting, one made from its metadata ("33rd Plenary Meeting of the Missile Technology
// Control Regime, Sochi, October 2021"); else the file's name ("1790 george washington n").
std::string choose_title(const TitleSources& sources, const CommuniqueMetadata& metadata);

} // namespace plenary::loader
