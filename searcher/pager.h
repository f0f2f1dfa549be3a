// Output longer than the screen goes through a pager, as git does.
#pragma once

#include <string>

namespace plenary::cli {

// The pager command: $PLENARY_PAGER, else $PAGER, else "less"; empty when it is empty or "cat",
// or when its program cannot be found on PATH (the output is then written as it is).
std::string pager_command();

// Writes text to stdout, through the pager when it has more lines than the terminal on stdout
// has rows (with LESS=FRX unless LESS is set: colours kept, and less quits at the end of a
// short text). Returns once the pager has exited; a pager quit before the end is no error.
void write_paged(const std::string& text, const std::string& pager);

} // namespace plenary::cli
