#include "document_reading.h"

#include <plenary/communique.h>

#include "formats/html_charset.h"
#include "formats/readers.h"
#include "utf8_text.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace plenary::loader {
namespace {

enum class SourceFormat { text, markdown, html, pdf, other };

std::string lowercase_extension(const std::filesystem::path& file) {
    std::string extension = file.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

SourceFormat format_of(const std::filesystem::path& file) {
    const std::string extension = lowercase_extension(file);
    if (extension == ".txt") return SourceFormat::text;
    if (extension == ".md") return SourceFormat::markdown;
    if (extension == ".html" || extension == ".htm" || extension == ".xhtml") return SourceFormat::html;
    if (extension == ".pdf") return SourceFormat::pdf;
    return SourceFormat::other;
}

Document read_text_format(SourceFormat format, const DecodedText& decoded) {
    switch (format) {
    case SourceFormat::markdown: return read_markdown(decoded);
    case SourceFormat::html: return read_html(decoded);
    default: return read_plain_text(decoded);
    }
}

} // namespace

ReadDocument read_document(std::string_view bytes, const std::filesystem::path& file) {
    const SourceFormat format = format_of(file);
    if (format == SourceFormat::pdf) return ReadDocument{read_pdf(bytes), std::nullopt};
    const std::string declared_charset = format == SourceFormat::html ? declared_html_charset(bytes) : std::string();
    ReadDocument read{Document{}, decode_text(bytes, declared_charset)};
    const DecodedText& decoded = *read.decoded;
    if (trim_whitespace(decoded.text).empty()) throw LoadError("empty file");
    read.document = read_text_format(format, decoded);
    read.document.encoding = decoded.encoding;
    read.document.invalid_bytes = decoded.invalid_bytes;
    return read;
}

} // namespace plenary::loader

namespace plenary {

bool has_supported_extension(const std::filesystem::path& file) {
    return loader::format_of(file) != loader::SourceFormat::other;
}

} // namespace plenary
