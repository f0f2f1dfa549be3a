#include "html_charset.h"

#include <regex>

namespace plenary::loader {

std::string declared_html_charset(std::string_view bytes) {
    constexpr std::size_t prescan_bytes = 1024;
    const std::string start(bytes.substr(0, prescan_bytes));
    static const std::regex xml_declaration(R"(^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+))");
    static const std::regex meta_charset(R"(<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+))", std::regex::icase);
    std::smatch match;
    if (std::regex_search(start, match, xml_declaration)) return match[1].str();
    if (std::regex_search(start, match, meta_charset)) return match[1].str();
    return {};
}

} // namespace plenary::loader
