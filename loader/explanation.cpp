// plenary-index --explain: how a file is read, from the format down to each passage and each
// block that did not become one.
#include <plenary/communique.h>

#include "document_reading.h"
#include "plenary/files.h"

#include <fmt/format.h>

#include <algorithm>

namespace plenary {
namespace {

constexpr std::size_t shown_text_max_bytes = 160;

std::string shortened(std::string_view text) {
    if (text.size() <= shown_text_max_bytes) return std::string(text);
    std::size_t cut = shown_text_max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
    return std::string(text.substr(0, cut)) + " …";
}

std::string encoding_line(const Communique& communique) {
    if (communique.format == "pdf") return "encoding: (PDF)\n";
    std::string line = "encoding: " + communique.encoding;
    if (communique.encoding_guessed) line += " (guessed)";
    if (communique.encoding_declared) line += " (declared)";
    if (communique.invalid_bytes > 0) line += fmt::format(", {} undecodable bytes replaced by spaces", communique.invalid_bytes);
    if (communique.first_invalid) line += ", the first at " + describe(*communique.first_invalid);
    return line + "\n";
}

std::string metadata_lines(const CommuniqueMetadata& metadata) {
    std::string lines = "metadata:\n";
    const auto shown = [](const auto& value) {
        if constexpr (std::is_same_v<std::decay_t<decltype(value)>, std::string>) return value.empty() ? "-" : value;
        else return value ? std::to_string(*value) : std::string("-");
    };
    for_each_field(metadata, [&](const char* key, const auto& value) { lines += fmt::format("  {}: {}\n", key, shown(value)); });
    return lines;
}

// The last line a passage's bytes reach, counting line breaks in the decoded text.
std::uint32_t last_line_of(const Passage& passage, const loader::DecodedText& decoded) {
    const auto decoded_at = [&](std::uint64_t source) -> std::size_t {
        if (decoded.source_offsets.empty()) return static_cast<std::size_t>(source);
        return static_cast<std::size_t>(std::lower_bound(decoded.source_offsets.begin(), decoded.source_offsets.end(), source) -
                                        decoded.source_offsets.begin());
    };
    const std::size_t start = decoded_at(*passage.start), end = std::min(decoded_at(*passage.end), decoded.text.size());
    return passage.line + static_cast<std::uint32_t>(std::count(decoded.text.begin() + static_cast<std::ptrdiff_t>(start),
                                                                decoded.text.begin() + static_cast<std::ptrdiff_t>(end), '\n'));
}

std::string passage_lines(const Communique& communique, const loader::ReadDocument& read) {
    std::string lines = fmt::format("passages: {}\n", communique.passages.size());
    for (const Passage& passage : communique.passages) {
        std::string where = fmt::format("page {}", passage.page);
        if (read.decoded && passage.start) {
            const std::uint32_t last = last_line_of(passage, *read.decoded);
            where = last == passage.line ? fmt::format("line {}", passage.line) : fmt::format("lines {}-{}", passage.line, last);
        }
        lines += fmt::format("  #{} {}: {}\n", passage.ordinal, where, shortened(passage.text));
    }
    return lines;
}

std::string dropped_lines(const loader::Document& document) {
    std::string lines = "headings and dropped blocks:\n";
    for (const loader::DocumentBlock& block : document.blocks) {
        if (block.role == loader::BlockRole::body) continue;
        const std::string where = block.position.page ? fmt::format("page {}", block.position.page)
                                                      : fmt::format("line {}", block.position.line);
        const char* role = block.role == loader::BlockRole::heading ? "heading" : "dropped";
        lines += fmt::format("  {} {} ({}): {}\n", where, role, block.reason, shortened(block.text));
    }
    return lines;
}

} // namespace

std::string explain_communique(const std::filesystem::path& file) {
    const Communique communique = load_communique(file);
    const loader::ReadDocument read = loader::read_document(read_file(communique.file), communique.file);
    return fmt::format("file: {}\nformat: {}\n", communique.file.string(), communique.format) + encoding_line(communique) +
           metadata_lines(communique.metadata) + passage_lines(communique, read) + dropped_lines(read.document);
}

} // namespace plenary
