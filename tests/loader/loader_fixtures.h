// What the loader's tests share: writing a file, a paragraph that states a meeting, a passage made
// by hand, and the reason a file fails to load.
#pragma once

#include <plenary/communique.h>

#include <string>

#include "test_support.h"

namespace plenary::testing {

// Writes bytes to the file name in dir and returns its path.
inline fs::path write_in(const TempDir& dir, const std::string& name, const std::string& bytes) {
    write_file(dir / name, bytes);
    return dir / name;
}

inline const std::string plenary_paragraph =
    "The Missile Technology Control Regime (MTCR) held its 30th Plenary Meeting in Oslo from "
    "3 to 5 May 2017. The Plenary was chaired by Ambassador Kari Nordmann, who will remain Chair.";

// A passage of that text, as a reader would give it (no source position).
inline Passage passage_of(std::uint32_t ordinal, std::string text) {
    Passage passage;
    passage.ordinal = ordinal;
    passage.text = std::move(text);
    return passage;
}

inline std::string load_error_of(const fs::path& file) {
    try {
        load_communique(file);
    } catch (const LoadError& error) {
        return error.what();
    }
    return "no error";
}

} // namespace plenary::testing
