// Markdown and HTML are read by their own parsers (cmark, gumbo) once those readers land; until
// then such a file is refused with a reason rather than indexed as plain text, markup and all.
#include "readers.h"

#include <plenary/communique.h>

namespace plenary::loader {

Document read_markdown(const DecodedText&) { throw LoadError("Markdown support is not built yet"); }

Document read_html(const DecodedText&) { throw LoadError("HTML support is not built yet"); }

} // namespace plenary::loader
