// Opening an index for writing, with one clear line for every way it can go wrong:
// a folder that holds something else, a foreign or newer Xapian database, a damaged
// one, another writer.
#pragma once

#include <xapian.h>

#include <filesystem>
#include <string>

namespace plenary {

// Creates dir, unless it already holds files that are not an index: then throws.
void prepare_index_folder(const std::filesystem::path& dir);

// Creates the index in dir (prepared as above) or opens it for an update. With rebuild, a damaged index
// is replaced by an empty one (its content is lost anyway; the caller rewrites all).
// Throws a runtime_error whose message says what is wrong and what to do.
Xapian::WritableDatabase open_writable_index(const std::filesystem::path& dir, bool rebuild);

// Throws, saying what to do, when db is not a plenary index of this plenary's format.
void check_index_format(const Xapian::Database& db, const std::filesystem::path& dir);

// Ends db's transaction without its changes, if anything is left to end (a failed commit ended it).
void cancel_transaction(Xapian::WritableDatabase& db);

// A Xapian error met while reading or writing the index at dir, as one line that
// says what to do.
std::string index_error_message(const std::filesystem::path& dir, const Xapian::Error& error);

} // namespace plenary
