// The charset an HTML page declares for itself, read from its first bytes before decoding.
#pragma once

#include <string>
#include <string_view>

namespace plenary::loader {

// The label of <meta charset="...">, of <meta http-equiv="Content-Type" content="...; charset=...">
// or of an XML declaration's encoding="...", as written; empty when the page declares none.
// Like a browser's prescan, only the first 1024 bytes are read.
std::string declared_html_charset(std::string_view bytes);

} // namespace plenary::loader
